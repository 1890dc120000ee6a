package id.aparatur.benchmark.penempatan;

import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;

/** Checks an engine answer outside the timed region of a benchmark; throws {@link IllegalStateException} if wrong. */
final class PemeriksaanJawaban {

    private PemeriksaanJawaban() {}

    static void periksa(HasilOptimasi h) {
        Instans in = h.instans();
        int[] terisi = new int[in.jumlahJabatan()];
        long total = 0;
        for (int e = 0; e < in.jumlahPegawai(); e++) {
            int j = h.penempatan()[e];
            if (j >= 0) {
                if (!in.boleh(e, j)) {
                    throw new IllegalStateException("pegawai " + in.nip(e) + " ditempatkan pada jabatan terlarang");
                }
                terisi[j]++;
                total += in.biaya(e, j);
            } else if (j == HasilOptimasi.TIDAK_DITEMPATKAN) {
                total += in.bobot().tidakDitempatkan();
            }
        }
        for (int j = 0; j < terisi.length; j++) {
            if (terisi[j] > in.kuota(j)) {
                throw new IllegalStateException("kuota jabatan " + in.idJabatan(j) + " terlampaui");
            }
        }
        if (total != h.totalBiaya() || h.nilaiDual() != h.totalBiaya()) {
            throw new IllegalStateException("totalBiaya " + h.totalBiaya() + ", dihitung ulang " + total + ", nilaiDual "
                    + h.nilaiDual());
        }
    }
}
