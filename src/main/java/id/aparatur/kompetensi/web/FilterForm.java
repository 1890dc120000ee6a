package id.aparatur.kompetensi.web;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.application.FilterKompetensi;
import id.aparatur.kompetensi.application.StatusKompetensi;
import id.aparatur.shared.Permintaan;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The list filter as query parameters: {@code q}, {@code jenis}, {@code rumpun}, {@code status}
 * ({@code aktif|nonaktif|semua}, default {@code aktif}), {@code page}, {@code size}.
 */
public record FilterForm(
        @Nullable String q,
        @Nullable JenisKompetensi jenis,
        @Nullable String rumpun,
        @Nullable String status,
        @Nullable Integer page,
        @Nullable Integer size) {

    public FilterForm {
        String s = status == null ? "" : status.trim().toUpperCase(Locale.ROOT);
        status = Arrays.stream(StatusKompetensi.values()).anyMatch(v -> v.name().equals(s))
                ? s.toLowerCase(Locale.ROOT)
                : "aktif";
    }

    FilterKompetensi filter() {
        return new FilterKompetensi(q, jenis, rumpun, StatusKompetensi.valueOf(status.toUpperCase(Locale.ROOT)));
    }

    Permintaan permintaan() {
        return Permintaan.dari(page, size);
    }
}
