package id.aparatur.kompetensi.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Retire an entry: the last valid date (today when empty) and the reason. */
public record NonaktifkanForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate tanggal,

        @NotBlank @Size(max = 400) @Nullable String alasan) {}
