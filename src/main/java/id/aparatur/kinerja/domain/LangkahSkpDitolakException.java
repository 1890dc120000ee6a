package id.aparatur.kinerja.domain;

/** The step applies to the SKP in its state, but the acting user may not take it ({@link AlurSkp#berhak}). */
public class LangkahSkpDitolakException extends RuntimeException {

    private final AlurSkp.Aksi aksi;

    public LangkahSkpDitolakException(AlurSkp.Aksi aksi) {
        super("Langkah " + aksi + " bukan hak pengguna");
        this.aksi = aksi;
    }

    public AlurSkp.Aksi aksi() {
        return aksi;
    }
}
