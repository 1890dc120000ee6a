package id.aparatur.kinerja.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rencana hasil kerja of an SKP (PermenPANRB 6/2022) with its indicators, in the SKP's order.
 *
 * @param id null for an RHK not stored yet
 * @param rhkAtasanId the RHK of the atasan chain it intervenes (cascading, {@link KaskadeRhk}), null: none
 */
public record Rhk(
        @Nullable Long id,
        String uraian,
        JenisRhk jenis,
        @Nullable Long rhkAtasanId,
        List<IndikatorRhk> indikator) {

    public Rhk {
        uraian = uraian.strip();
        if (uraian.isEmpty()) {
            throw new IllegalArgumentException("RHK tanpa uraian");
        }
        indikator = List.copyOf(indikator);
    }
}
