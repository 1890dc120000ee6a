package id.aparatur.organisasi;

import org.jspecify.annotations.Nullable;

/** An OPD as other modules see it. */
public record OpdRingkas(
        long id, String kode, String nama, @Nullable String singkatan, JenisOpd jenis, boolean aktif) {}
