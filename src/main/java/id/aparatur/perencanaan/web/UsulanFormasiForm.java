package id.aparatur.perencanaan.web;

import id.aparatur.shared.ValidasiException;
import org.jspecify.annotations.Nullable;

/**
 * The form that starts an usulan formasi: the cascade run (chosen from a list), the planning year and a title. The year
 * comes as text so that a wrong entry is answered with a clear message, not a binding error page.
 */
record UsulanFormasiForm(
        @Nullable Long kaskade,
        @Nullable String tahun,
        @Nullable String judul) {

    long kaskadeId() {
        if (kaskade == null) {
            throw new ValidasiException("kaskade", "formasi.galat.kaskade");
        }
        return kaskade;
    }

    int tahunAngka() {
        try {
            return Integer.parseInt(tahun == null ? "" : tahun.strip());
        } catch (NumberFormatException e) {
            throw new ValidasiException("tahun", "formasi.galat.tahun");
        }
    }
}
