package id.aparatur.penempatan.mesin;

/**
 * The optimum and its certificate.
 *
 * @param instans the compiled problem
 * @param penempatan per employee index: position index, {@link #TIDAK_DITEMPATKAN} or {@link #DIKECUALIKAN}
 * @param biaya per employee: biaya(e,p), tidakDitempatkan when unplaced, 0 when excluded
 * @param totalBiaya Σ biaya over placed employees + tidakDitempatkan × unplaced
 * @param potensialPegawai u_e (0 for excluded employees)
 * @param potensialJabatan v_p (0 for excluded positions)
 * @param nilaiDual Σ u_e + Σ kuota_p × v_p, equal to totalBiaya
 * @param statistik how the solver got there
 */
public record HasilOptimasi(
        Instans instans,
        int[] penempatan,
        long[] biaya,
        long totalBiaya,
        long[] potensialPegawai,
        long[] potensialJabatan,
        long nilaiDual,
        Statistik statistik) {

    public static final int TIDAK_DITEMPATKAN = -1;
    public static final int DIKECUALIKAN = -2;

    /**
     * Solver statistics.
     *
     * @param komponen independent sub-problems (one per jenjang)
     * @param fase Dijkstra phases, summed over components
     * @param putaranHarga pricing rounds that added arcs, summed over components
     * @param busur candidate arcs in the final networks
     * @param pasanganDiharga employee × tipe pairs priced to prove optimality over all pairs
     * @param milidetik wall-clock time of the solve
     */
    public record Statistik(
            int komponen, long fase, int putaranHarga, long busur, long pasanganDiharga, long milidetik) {}
}
