package id.aparatur.perencanaan.domain;

import java.util.Optional;

/** Storage of {@link UsulanFormasi} aggregates. Nothing is ever deleted; the trail is append-only. */
public interface UsulanFormasiRepository {

    Optional<UsulanFormasi> cari(long id);

    /** How many positions of the formation of cascade run {@code kaskadeId} have a vacancy (0: none or no such run). */
    int jumlahBarisFormasi(long kaskadeId);

    /**
     * Stores a new proposal: its rows from the run's formation (one per jabatan, jumlah usulan = lowongan, with the
     * names of the position, unit and OPD of the moment) and the first trail step.
     *
     * @return the new id
     */
    long tambah(UsulanFormasi baru);

    /**
     * Writes the step and the changed rows of {@code usulan} if the stored version is still {@link UsulanFormasi#versi()},
     * and increments it — the one guarded update of the aggregate; the trail step is appended after it.
     *
     * @throws id.aparatur.shared.KonflikException when someone else changed it meanwhile
     */
    void simpan(UsulanFormasi usulan);
}
