package id.aparatur.organisasi;

import org.jspecify.annotations.Nullable;

/** A unit as other modules see it. {@code kedalaman} is 0 for the root (pimpinan) unit. */
public record UnitRingkas(
        long id,
        long opdId,
        @Nullable Long indukId,
        String kode,
        String nama,
        JenisUnit jenis,
        @Nullable Long jabatanKepalaId,
        int urutan,
        boolean aktif) {}
