package id.aparatur.penempatan.mesin;

/** The four terms of biaya(e,p); {@link #total()} is their sum. */
public record Rincian(long kesenjangan, long selisihKelas, long diluarMinat, long pindah) {

    public long total() {
        return kesenjangan + selisihKelas + diluarMinat + pindah;
    }
}
