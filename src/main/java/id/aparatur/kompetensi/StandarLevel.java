package id.aparatur.kompetensi;

import java.time.LocalDate;

/** Default required levels for a jenis/jenjang jabatan, as in force from {@code berlakuMulai}. */
public record StandarLevel(
        String jenisJabatan,
        String jenjang,
        int levelManajerial,
        int levelSosialKultural,
        LocalDate berlakuMulai,
        String dasarHukum) {}
