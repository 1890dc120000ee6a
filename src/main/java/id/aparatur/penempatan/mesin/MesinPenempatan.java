package id.aparatur.penempatan.mesin;

/** The exact solver (work in progress in this commit: the algorithm lands next). */
public final class MesinPenempatan {

    private MesinPenempatan() {}

    public static HasilOptimasi selesaikan(Masalah m) {
        return selesaikan(Instans.kompilasi(m));
    }

    public static HasilOptimasi selesaikan(Instans in) {
        throw new UnsupportedOperationException("belum");
    }
}
