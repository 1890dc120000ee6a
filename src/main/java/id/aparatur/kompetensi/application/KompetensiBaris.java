package id.aparatur.kompetensi.application;

import id.aparatur.kompetensi.JenisKompetensi;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the dictionary list. */
public record KompetensiBaris(
        String kode,
        String nama,
        JenisKompetensi jenis,
        @Nullable String rumpunKode,
        @Nullable String rumpunNama,
        LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        boolean aktif) {}
