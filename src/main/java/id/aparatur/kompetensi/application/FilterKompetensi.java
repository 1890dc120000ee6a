package id.aparatur.kompetensi.application;

import id.aparatur.kompetensi.JenisKompetensi;
import org.jspecify.annotations.Nullable;

/**
 * Search criteria for the dictionary list.
 *
 * @param q text searched in kode and nama (case-insensitive), may be null
 * @param jenis only this jenis, may be null
 * @param rumpun only this rumpun kode, may be null
 * @param status active, retired or all; null means all
 */
public record FilterKompetensi(
        @Nullable String q,
        @Nullable JenisKompetensi jenis,
        @Nullable String rumpun,
        @Nullable StatusKompetensi status) {

    public FilterKompetensi {
        q = q == null || q.isBlank() ? null : q.trim();
        rumpun = rumpun == null || rumpun.isBlank() ? null : rumpun.trim();
        status = status == null ? StatusKompetensi.SEMUA : status;
    }
}
