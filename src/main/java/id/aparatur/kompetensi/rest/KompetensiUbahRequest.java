package id.aparatur.kompetensi.rest;

import id.aparatur.kompetensi.JenisKompetensi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** New content for an entry; {@code versi} is the version the client read (optimistic locking). */
record KompetensiUbahRequest(
        @NotNull Integer versi,
        @NotBlank @Size(max = 200) String nama,
        @NotNull JenisKompetensi jenis,
        @Nullable String rumpunKode,
        @NotBlank String definisi,
        @NotBlank @Size(max = 300) String dasarHukum,
        @NotNull LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        @NotNull @Size(min = 5, max = 5) List<@Valid LevelPayload> level) {}
