package id.aparatur.kompetensi.web;

import id.aparatur.kompetensi.application.StandarLevelBaru;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new row of the default level table. */
public record StandarLevelForm(
        @NotBlank @Nullable String jenisJabatan,
        @Nullable String jenjang,
        @NotNull @Min(1) @Max(5) @Nullable Integer levelManajerial,
        @NotNull @Min(1) @Max(5) @Nullable Integer levelSosialKultural,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate berlakuMulai,

        @NotBlank @Size(max = 300) @Nullable String dasarHukum) {

    static StandarLevelForm kosong() {
        return new StandarLevelForm("", "", null, null, null, "");
    }

    StandarLevelBaru baru() {
        return new StandarLevelBaru(
                Objects.requireNonNull(jenisJabatan),
                jenjang,
                Objects.requireNonNull(levelManajerial),
                Objects.requireNonNull(levelSosialKultural),
                Objects.requireNonNull(berlakuMulai),
                Objects.requireNonNull(dasarHukum));
    }
}
