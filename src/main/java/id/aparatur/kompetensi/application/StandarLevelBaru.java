package id.aparatur.kompetensi.application;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new row for the default level table; {@code jenjang} only for jabatan fungsional. */
public record StandarLevelBaru(
        String jenisJabatan,
        @Nullable String jenjang,
        int levelManajerial,
        int levelSosialKultural,
        LocalDate berlakuMulai,
        String dasarHukum) {}
