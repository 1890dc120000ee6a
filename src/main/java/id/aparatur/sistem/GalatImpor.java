package id.aparatur.sistem;

/**
 * One reason a file was rejected.
 *
 * @param baris the row number as in Excel (header = 1); {@code 0} for a problem with the whole file
 * @param kolom the column header, or {@code ""} when the problem is not about one column
 * @param nilai the offending value as read, or {@code ""}
 * @param pesan the message, already resolved in Bahasa Indonesia
 */
public record GalatImpor(int baris, String kolom, String nilai, String pesan) {

    /** A problem with the whole file (row 0, no column, no value). */
    public static GalatImpor berkas(String pesan) {
        return new GalatImpor(0, "", "", pesan);
    }
}
