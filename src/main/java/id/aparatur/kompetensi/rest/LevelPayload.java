package id.aparatur.kompetensi.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** One level of a competency in requests and responses. */
record LevelPayload(
        @Min(1) @Max(5) int level,
        @NotBlank String deskripsi,
        @NotBlank String indikator) {}
