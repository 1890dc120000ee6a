package id.aparatur.seleksi.domain;

import java.util.List;
import java.util.Optional;

/** Storage of {@link SeleksiTerbuka} aggregates. Nothing is ever deleted; the submission and the decision never change. */
public interface SeleksiRepository {

    /**
     * Loads a selection with all its parts and locks it for the rest of the transaction: changes to one selection
     * happen one at a time, each on the state the one before left.
     */
    Optional<SeleksiTerbuka> muatUntukDiubah(long id);

    /** The running (not decided, not cancelled) selection of a position, if any. */
    Optional<Long> berjalanUntuk(long jabatanId);

    /**
     * Stores a new selection with its stages.
     *
     * @return the new id
     */
    long tambah(SeleksiTerbuka baru);

    /**
     * Writes the changes of {@code seleksi} ({@link SeleksiTerbuka#perubahan()}) if the stored version is still
     * {@link SeleksiTerbuka#versi()}, and increments it — the one guarded update of the aggregate.
     *
     * @return the ids the database gave to the members and applicants added, in the order of the changes
     * @throws id.aparatur.shared.KonflikException when someone else changed it meanwhile
     */
    List<Long> simpan(SeleksiTerbuka seleksi);
}
