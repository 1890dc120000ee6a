package id.aparatur.perencanaan.web;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The WKE form: from when, minutes per year as typed, legal basis. */
record WkeForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate berlakuMulai,

        @Nullable String menitPerTahun,
        @Nullable String dasarHukum) {

    /** What was typed, to show again next to the messages. */
    Map<String, String> isian() {
        return Map.of(
                "berlakuMulai",
                berlakuMulai == null ? "" : berlakuMulai.toString(),
                "menitPerTahun",
                menitPerTahun == null ? "" : menitPerTahun,
                "dasarHukum",
                dasarHukum == null ? "" : dasarHukum);
    }
}
