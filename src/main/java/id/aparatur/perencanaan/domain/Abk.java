package id.aparatur.perencanaan.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One ABK version: the analisis beban kerja of a jabatan for a year, with the WKE and rounding rule it is computed
 * with (copied when created, refreshed while it can be edited, frozen from submission on) and its tasks. Other
 * aggregates (jabatan, OPD) are referenced by id.
 */
public record Abk(@Nullable Long id, long jabatanId, long opdId, int tahun, StatusAbk status, int wkeMenit,
        LocalDate wkeBerlakuMulai, AturanPembulatan aturanPembulatan, List<TugasAbk> tugas,
        @Nullable String catatanPengembalian, int versi) {

    public Abk {
        tugas = List.copyOf(tugas);
    }

    /** The calculation with the current number of holders. */
    public PerhitunganAbk.Hasil hitung(int pemangku, BatasGradeEj batas) {
        return PerhitunganAbk.hitung(tugas, wkeMenit, aturanPembulatan, pemangku, batas);
    }
}
