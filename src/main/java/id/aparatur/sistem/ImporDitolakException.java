package id.aparatur.sistem;

import java.util.List;

/**
 * The file was rejected as a whole and nothing was written. Thrown by a {@link Pengimpor} after validating every row
 * (and by {@link LayananImpor} for unreadable, empty or badly headed files). The API answers 422 with the errors; the
 * import page shows them and offers the full list as a download ({@link LaporanGalat}).
 *
 * <p>At most {@link #BATAS} errors are kept (so a 600,000-row file with one wrong column does not fill the memory);
 * {@link #jumlahGalat()} still tells how many there were.
 */
public class ImporDitolakException extends RuntimeException {

    /** How many errors are kept at most. */
    public static final int BATAS = 100_000;

    private final List<GalatImpor> galat;
    private final int jumlahGalat;

    public ImporDitolakException(List<GalatImpor> galat) {
        this(galat, galat.size());
    }

    /**
     * @param galat the errors (only the first {@link #BATAS} are kept)
     * @param jumlahGalat how many errors were found in total, at least {@code galat.size()}
     */
    public ImporDitolakException(List<GalatImpor> galat, int jumlahGalat) {
        super("Berkas ditolak: " + Math.max(jumlahGalat, galat.size()) + " galat");
        this.galat = List.copyOf(galat.size() > BATAS ? galat.subList(0, BATAS) : galat);
        this.jumlahGalat = Math.max(jumlahGalat, galat.size());
    }

    /** The errors in the order found, never empty when thrown by Aparatur. */
    public List<GalatImpor> galat() {
        return galat;
    }

    /** The total number of errors found, which may exceed {@code galat().size()}. */
    public int jumlahGalat() {
        return jumlahGalat;
    }
}
