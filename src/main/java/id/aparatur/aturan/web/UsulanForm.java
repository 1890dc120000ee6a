package id.aparatur.aturan.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The proposal form as typed: date (yyyy-MM-dd), legal basis, note, the value as JSON, the [U] flag. */
record UsulanForm(
        @Nullable String berlakuMulai,
        @Nullable String dasarHukum,
        @Nullable String catatan,
        @Nullable String nilai,
        @Nullable Boolean belumDikonfirmasi) {

    /** What was typed, to show again next to the messages. */
    Map<String, String> isian() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("berlakuMulai", berlakuMulai == null ? "" : berlakuMulai);
        m.put("dasarHukum", dasarHukum == null ? "" : dasarHukum);
        m.put("catatan", catatan == null ? "" : catatan);
        m.put("nilai", nilai == null ? "" : nilai);
        m.put("belumDikonfirmasi", Boolean.TRUE.equals(belumDikonfirmasi) ? "true" : "");
        return m;
    }
}
