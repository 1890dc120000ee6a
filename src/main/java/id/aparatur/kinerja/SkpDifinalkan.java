package id.aparatur.kinerja;

/**
 * Event: an SKP became final (locked) with its predikat. Published inside the finalising transaction.
 *
 * @param skpId the SKP
 * @param nip the employee
 * @param tahun the SKP's year
 * @param opdId the OPD the SKP belongs to (where the employee sat when it was made), may be null
 * @param predikat the final predikat, never null
 */
public record SkpDifinalkan(
        long skpId,
        String nip,
        int tahun,
        @org.jspecify.annotations.Nullable Long opdId,
        PredikatKinerja predikat) {}
