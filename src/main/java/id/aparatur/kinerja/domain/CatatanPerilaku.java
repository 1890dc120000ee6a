package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.Ekspektasi;
import org.jspecify.annotations.Nullable;

/**
 * The penilai's feedback on one BerAKHLAK value of the perilaku kerja, and its rating against the expectation.
 *
 * @param ekspektasi null when rated without per-value expectation (the API rates perilaku as a whole)
 */
public record CatatanPerilaku(
        NilaiBerakhlak nilai, String catatan, @Nullable Ekspektasi ekspektasi) {

    public CatatanPerilaku {
        catatan = catatan.strip();
        if (catatan.isEmpty()) {
            throw new IllegalArgumentException("Catatan perilaku kosong: " + nilai);
        }
    }
}
