package id.aparatur.benchmark.penempatan;

import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.PemeriksaSertifikat;

/**
 * Checks an engine answer outside the timed region of a benchmark: the per-employee costs and the claimed total and dual
 * value as reported, then the certificate with the independent {@link PemeriksaSertifikat} (feasibility, every allowed
 * pair, dual value = total). Throws {@link IllegalStateException} when anything is wrong.
 */
final class PemeriksaanJawaban {

    private PemeriksaanJawaban() {}

    /** Returns the number of employee × position pairs the certificate checker tested. */
    static long periksa(HasilOptimasi h) {
        Instans in = h.instans();
        long total = 0;
        for (int e = 0; e < in.jumlahPegawai(); e++) {
            int j = h.penempatan()[e];
            long c = j >= 0
                    ? in.biaya(e, j)
                    : j == HasilOptimasi.TIDAK_DITEMPATKAN ? in.bobot().tidakDitempatkan() : 0;
            if (h.biaya()[e] != c) {
                throw new IllegalStateException("biaya pegawai " + in.nip(e) + ": " + h.biaya()[e] + " ≠ " + c);
            }
            total += c;
        }
        if (total != h.totalBiaya() || h.nilaiDual() != h.totalBiaya()) {
            throw new IllegalStateException(
                    "totalBiaya " + h.totalBiaya() + ", dihitung ulang " + total + ", nilaiDual " + h.nilaiDual());
        }
        PemeriksaSertifikat.Putusan p = PemeriksaSertifikat.periksa(h);
        if (!p.sah() || p.totalBiaya() != h.totalBiaya() || p.nilaiDual() != h.totalBiaya()) {
            throw new IllegalStateException("sertifikat ditolak: " + p.pelanggaran());
        }
        return p.pasanganDiperiksa();
    }
}
