package id.aparatur.shared;

/**
 * Page request with sane bounds: page numbers start at 0, size is clamped to 1..200 (default 25).
 */
public record Permintaan(int nomor, int ukuran) {

    public static final int UKURAN_BAKU = 25;
    public static final int UKURAN_MAKS = 200;

    public Permintaan {
        nomor = Math.max(0, nomor);
        ukuran = ukuran <= 0 ? UKURAN_BAKU : Math.min(ukuran, UKURAN_MAKS);
    }

    public static Permintaan dari(Integer nomor, Integer ukuran) {
        return new Permintaan(nomor == null ? 0 : nomor, ukuran == null ? UKURAN_BAKU : ukuran);
    }

    public long offset() {
        return (long) nomor * ukuran;
    }
}
