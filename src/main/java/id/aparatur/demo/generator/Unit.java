package id.aparatur.demo.generator;

import org.jspecify.annotations.Nullable;

/** Unit organisasi; the root of each OPD has jenis {@code PIMPINAN} and no induk. */
public record Unit(
        long id,
        long opdId,
        @Nullable Long indukId,
        String kode,
        String nama,
        String jenis,
        long jabatanKepalaId,
        int urutan) {}
