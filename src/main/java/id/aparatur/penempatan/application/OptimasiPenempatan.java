package id.aparatur.penempatan.application;

import id.aparatur.penempatan.mesin.GarisDasar;
import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.MesinPenempatan;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The stateless optimisation behind {@code POST /api/v1/penempatan/optimasi}: solves a problem handed in whole (no
 * database) and prices the two baselines on it. Only BKD may run it: the check comes before the problem is even read,
 * so a 30 MB body of someone without the right is never parsed.
 */
@Service
public class OptimasiPenempatan {

    /** Reads and compiles the problem; called only after authorisation. */
    @FunctionalInterface
    public interface SumberInstans {
        Instans baca();
    }

    /**
     * The optimum with its baselines.
     *
     * @param milidetikBaca parsing and compiling the problem
     * @param milidetikGarisDasar both baselines together
     */
    public record Hasil(
            HasilOptimasi optimum,
            GarisDasar.Ringkasan statusQuo,
            GarisDasar.Ringkasan serakah,
            long milidetikBaca,
            long milidetikGarisDasar) {}

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Hasil optimasi(SumberInstans sumber) {
        long t0 = System.nanoTime();
        Instans in = sumber.baca();
        long t1 = System.nanoTime();
        HasilOptimasi optimum = MesinPenempatan.selesaikan(in);
        long t2 = System.nanoTime();
        GarisDasar.Ringkasan statusQuo = GarisDasar.statusQuo(in);
        GarisDasar.Ringkasan serakah = GarisDasar.serakah(in);
        long t3 = System.nanoTime();
        return new Hasil(optimum, statusQuo, serakah, (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000);
    }
}
