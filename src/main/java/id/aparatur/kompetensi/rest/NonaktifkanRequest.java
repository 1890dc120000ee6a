package id.aparatur.kompetensi.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Retire an entry as of {@code tanggal} (today when omitted) for the given reason. */
record NonaktifkanRequest(
        @Nullable LocalDate tanggal,
        @NotBlank @Size(max = 400) String alasan) {}
