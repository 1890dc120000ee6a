package id.aparatur.kompetensi.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** One level row of the entry form. */
public record LevelForm(
        @Nullable Integer level,
        @NotBlank @Nullable String deskripsi,
        @NotBlank @Nullable String indikator) {}
