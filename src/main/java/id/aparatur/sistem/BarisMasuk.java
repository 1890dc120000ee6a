package id.aparatur.sistem;

import java.util.List;

/**
 * One data row of an imported table.
 *
 * @param nomorBaris the row number as the user sees it in Excel (the header row is 1), so that error messages point
 *     at the right row; for CSV the record number (a quoted value spanning two lines is still one row)
 * @param nilai the cell values as text, in header order, never null (an empty cell is {@code ""}); at least as many
 *     entries as the header has columns. XLSX dates are {@code yyyy-MM-dd}, whole numbers have no {@code .0}
 */
public record BarisMasuk(int nomorBaris, List<String> nilai) {

    public BarisMasuk {
        nilai = List.copyOf(nilai);
    }

    /** The value in column {@code indeks} (0-based), or {@code ""} if the row is shorter or the index is negative. */
    public String nilai(int indeks) {
        return indeks >= 0 && indeks < nilai.size() ? nilai.get(indeks) : "";
    }
}
