package id.aparatur.kinerja.application;

import id.aparatur.kinerja.AturanTindakLanjut;
import id.aparatur.kinerja.domain.AturanPeriodeEvaluasi;
import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.PenilaiNonPns;
import java.math.BigDecimal;

/**
 * The Pemda's kinerja settings, read once ({@link KonfigurasiKinerja}).
 *
 * @param periodeEvaluasi the evaluation periods offered for a new SKP and the default one
 * @param ambangKesesuaian the re-placement threshold in percent (the activity summary and the dashboard)
 * @param kebijakanDistribusi what finalising does when the distribution rules are broken
 * @param tindakLanjut which follow-up each final predikat opens
 * @param kepalaDaerah the non-PNS penilai of an employee without a PNS atasan (the Sekda)
 */
record PengaturanKinerja(
        AturanPeriodeEvaluasi periodeEvaluasi,
        BigDecimal ambangKesesuaian,
        KebijakanDistribusi kebijakanDistribusi,
        AturanTindakLanjut tindakLanjut,
        PenilaiNonPns kepalaDaerah) {

    PengaturanKinerja {
        if (ambangKesesuaian.signum() < 0 || ambangKesesuaian.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("aparatur.kinerja.aktivitas.ambang-kesesuaian harus 0–100");
        }
    }
}
