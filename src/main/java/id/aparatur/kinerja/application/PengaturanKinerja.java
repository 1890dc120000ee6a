package id.aparatur.kinerja.application;

import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import java.math.BigDecimal;

/**
 * The Pemda's kinerja settings, read once ({@link KonfigurasiKinerja}).
 *
 * @param periodeEvaluasiBaku the evaluation period of a new SKP when the employee does not choose
 * @param ambangKesesuaian the re-placement threshold in percent (the activity summary and the dashboard)
 * @param kebijakanDistribusi what finalising does when the distribution rules are broken
 */
record PengaturanKinerja(
        PeriodeEvaluasi periodeEvaluasiBaku, BigDecimal ambangKesesuaian, KebijakanDistribusi kebijakanDistribusi) {

    PengaturanKinerja {
        if (ambangKesesuaian.signum() < 0 || ambangKesesuaian.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("aparatur.kinerja.aktivitas.ambang-kesesuaian harus 0–100");
        }
    }
}
