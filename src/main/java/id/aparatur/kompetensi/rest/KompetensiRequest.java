package id.aparatur.kompetensi.rest;

import id.aparatur.kompetensi.JenisKompetensi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A new dictionary entry. */
record KompetensiRequest(
        @NotBlank @Pattern(regexp = "^[A-Z]{1,3}(\\.[A-Z]{2,4})?\\.[0-9]{2}$")
        String kode,

        @NotBlank @Size(max = 200) String nama,
        @NotNull JenisKompetensi jenis,
        @Nullable String rumpunKode,
        @NotBlank String definisi,
        @NotBlank @Size(max = 300) String dasarHukum,
        @NotNull LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        @NotNull @Size(min = 5, max = 5) List<@Valid LevelPayload> level) {}
