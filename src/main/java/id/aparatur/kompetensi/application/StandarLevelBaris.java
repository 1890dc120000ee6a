package id.aparatur.kompetensi.application;

import java.time.LocalDate;

/** One row of the effective-dated default level table. */
public record StandarLevelBaris(
        long id,
        String jenisJabatan,
        String jenjang,
        int levelManajerial,
        int levelSosialKultural,
        LocalDate berlakuMulai,
        String dasarHukum) {}
