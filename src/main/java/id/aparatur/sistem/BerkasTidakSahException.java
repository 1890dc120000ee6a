package id.aparatur.sistem;

/**
 * The uploaded file cannot be read as a table: not XLSX or CSV, damaged, not UTF-8, or without a header. Carries a
 * message key (bundle {@code impor}) and its arguments; {@link LayananImpor} turns it into an
 * {@link ImporDitolakException} with the Indonesian message, so callers see one kind of rejection.
 */
public class BerkasTidakSahException extends RuntimeException {

    private final String kodePesan;
    private final Object[] argumen;

    public BerkasTidakSahException(String kodePesan, Object... argumen) {
        super(kodePesan);
        this.kodePesan = kodePesan;
        this.argumen = argumen.clone();
    }

    public BerkasTidakSahException(String kodePesan, Throwable sebab, Object... argumen) {
        super(kodePesan, sebab);
        this.kodePesan = kodePesan;
        this.argumen = argumen.clone();
    }

    public String kodePesan() {
        return kodePesan;
    }

    public Object[] argumen() {
        return argumen.clone();
    }
}
