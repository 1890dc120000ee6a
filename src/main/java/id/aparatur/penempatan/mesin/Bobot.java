package id.aparatur.penempatan.mesin;

/**
 * Weights of the placement cost. All are non-negative integers.
 *
 * @param selisihKelas per kelas of difference between the employee's kelas and the position's
 * @param diluarMinat when the employee has interests and the position's rumpun is not among them
 * @param pindah when the position is not the employee's current one
 * @param tidakDitempatkan per employee left unplaced
 */
public record Bobot(long selisihKelas, long diluarMinat, long pindah, long tidakDitempatkan) {

    public static final long SELISIH_KELAS_BAKU = 2;
    public static final long DILUAR_MINAT_BAKU = 1;
    public static final long PINDAH_BAKU = 1;
    public static final long TIDAK_DITEMPATKAN_BAKU = 1_000_000;

    /** The defaults of the API contract: 2, 1, 1, 1,000,000. */
    public static final Bobot BAKU =
            new Bobot(SELISIH_KELAS_BAKU, DILUAR_MINAT_BAKU, PINDAH_BAKU, TIDAK_DITEMPATKAN_BAKU);
}
