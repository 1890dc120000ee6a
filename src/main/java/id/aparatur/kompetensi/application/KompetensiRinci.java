package id.aparatur.kompetensi.application;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.domain.LevelKompetensi;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dictionary entry with its five levels, as the detail page, the API and the audit trail show it. */
public record KompetensiRinci(
        String kode,
        String nama,
        JenisKompetensi jenis,
        @Nullable String rumpunKode,
        @Nullable String rumpunNama,
        String definisi,
        String dasarHukum,
        LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        boolean aktif,
        int versi,
        List<LevelKompetensi> level) {}
