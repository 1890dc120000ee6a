package id.aparatur.petajabatan.domain;

/**
 * B, K, kurang and lebih of one position or of a group of positions (unit, OPD, jenis jabatan, Pemda).
 *
 * <p>Kurang (vacancies) and lebih (surplus) are summed <em>per position</em>: a surplus in one position does not cancel
 * a shortage in another, because an employee cannot simply fill a different position (PermenPANRB 1/2020, peta
 * jabatan; the same rule as SIMONKEB's usulan kebutuhan). So for a group, {@code b − k = lebih − kurang} but kurang and
 * lebih are each larger than the net selisih whenever the group mixes shortages and surpluses.
 *
 * @param b bezetting: holders, never negative
 * @param k kebutuhan: the kuota of the positions, never negative
 * @param kurang Σ max(0, K − B) per position
 * @param lebih Σ max(0, B − K) per position
 * @param jumlahJabatan number of positions summed
 */
public record RekapKebutuhan(long b, long k, long kurang, long lebih, int jumlahJabatan) {

    /** Nothing summed yet. */
    public static final RekapKebutuhan KOSONG = new RekapKebutuhan(0, 0, 0, 0, 0);

    public RekapKebutuhan {
        if (b < 0 || k < 0 || kurang < 0 || lebih < 0 || jumlahJabatan < 0) {
            throw new IllegalArgumentException("Rekap kebutuhan tidak boleh negatif");
        }
        if (b - k != lebih - kurang) {
            throw new IllegalArgumentException("B − K harus sama dengan lebih − kurang");
        }
    }

    /** One position with {@code b} holders and kuota {@code k}. */
    public static RekapKebutuhan jabatan(int b, int k) {
        return new RekapKebutuhan(b, k, Math.max(0, k - b), Math.max(0, b - k), 1);
    }

    /** This group plus another (positions are disjoint). */
    public RekapKebutuhan tambah(RekapKebutuhan lain) {
        return new RekapKebutuhan(
                b + lain.b, k + lain.k, kurang + lain.kurang, lebih + lain.lebih, jumlahJabatan + lain.jumlahJabatan);
    }

    /** B − K: negative when the group as a whole lacks people. */
    public long selisih() {
        return b - k;
    }
}
