package id.aparatur.kompetensi.domain;

import id.aparatur.kompetensi.JenisKompetensi;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a dictionary entry that an officer enters, apart from its kode. Values are checked by
 * {@link AturanKompetensi}, not here, so that every broken rule can be reported at once.
 */
public record RincianKompetensi(
        @Nullable String nama,
        @Nullable JenisKompetensi jenis,
        @Nullable String rumpunKode,
        @Nullable String definisi,
        @Nullable String dasarHukum,
        @Nullable LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        List<LevelKompetensi> level) {

    public RincianKompetensi {
        level = level == null ? List.of() : List.copyOf(level);
        rumpunKode = rumpunKode == null || rumpunKode.isBlank() ? null : rumpunKode.trim();
    }
}
