package id.aparatur.perencanaan.domain;

import java.time.Instant;
import java.util.Optional;

/** Storage of {@link Abk} versions (the row and its tasks). Nothing is ever deleted; an ABK only changes status. */
public interface AbkRepository {

    Optional<Abk> cari(long id);

    /** The version of {@code jabatanId} for {@code tahun}, if any (one per jabatan and year). */
    Optional<Long> idUntuk(long jabatanId, int tahun);

    /** Whether a later year of the same jabatan is already final (then that one keeps deciding the kuota). */
    boolean adaFinalSesudah(long jabatanId, int tahun);

    /**
     * Stores a new version with its tasks and totals.
     *
     * @return the new id
     */
    long tambah(Abk baru, String oleh, Instant pada);

    /**
     * Writes {@code abk} — its status step with the actor, the calculation basis, totals and tasks when they changed
     * — if the stored version is still {@link Abk#versi()}, and increments it: the one guarded update of the aggregate.
     *
     * @throws id.aparatur.shared.KonflikException when someone else changed it meanwhile
     */
    void simpan(Abk abk, String oleh, Instant pada);
}
