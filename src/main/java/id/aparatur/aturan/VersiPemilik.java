package id.aparatur.aturan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One dated version of a table the owner keeps in its own schema (see {@link DefinisiAturan#versiPemilik()}).
 *
 * @param berlakuMulai from when it is in force
 * @param dasarHukum regulation and article as the owner recorded it
 * @param catatan a note, or null
 * @param nilai the rows of that version as JSON
 * @param dicatatOleh who recorded it
 */
public record VersiPemilik(
        LocalDate berlakuMulai, String dasarHukum, @Nullable String catatan, JsonNode nilai, String dicatatOleh) {}
