package id.aparatur.audit;

import org.jspecify.annotations.Nullable;

/**
 * Event: a record of master or personnel data was created, changed, deactivated or cancelled.
 *
 * @param entitas the kind of record, e.g. {@code JABATAN}, {@code PEGAWAI}
 * @param entitasId its identifier
 * @param aksi {@code BUAT}, {@code UBAH}, {@code NONAKTIFKAN}, {@code BATALKAN}
 * @param opdId the OPD the record belongs to, for filtering (may be null)
 * @param ringkasan a short human description
 * @param sebelum the state before (null on create); serialised to JSON
 * @param sesudah the state after; serialised to JSON
 */
public record DataDiubah(
        String entitas,
        String entitasId,
        String aksi,
        @Nullable Long opdId,
        String ringkasan,
        @Nullable Object sebelum,
        @Nullable Object sesudah) {}
