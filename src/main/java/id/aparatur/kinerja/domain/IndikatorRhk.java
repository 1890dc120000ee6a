package id.aparatur.kinerja.domain;

import org.jspecify.annotations.Nullable;

/**
 * An indicator of an RHK: the aspect it measures, what and the target.
 *
 * @param id null for an indicator not stored yet
 */
public record IndikatorRhk(@Nullable Long id, AspekIndikator aspek, String uraian, String target) {

    public IndikatorRhk {
        uraian = uraian.strip();
        target = target.strip();
        if (uraian.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("Indikator tanpa uraian atau target");
        }
    }
}
