package id.aparatur.aturan.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What BKD proposes: a value from a date with its legal basis. Fields are null when the user left them out. */
public record UsulanVersi(
        @Nullable LocalDate berlakuMulai,
        @Nullable String dasarHukum,
        @Nullable String catatan,
        @Nullable JsonNode nilai,
        boolean belumDikonfirmasi) {}
