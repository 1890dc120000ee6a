package id.aparatur.perencanaan.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One step of the workflow of an {@link UsulanFormasi}, as the append-only trail records it.
 *
 * @param dari the state before (null for the creation)
 * @param ke the state after
 * @param catatan the PPK's note (mandatory when returning)
 */
public record LangkahUsulanFormasi(
        @Nullable StatusUsulanFormasi dari,
        StatusUsulanFormasi ke,
        String oleh,
        OffsetDateTime pada,
        @Nullable String catatan) {}
