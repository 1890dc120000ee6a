package id.aparatur.kinerja.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Storage of {@link Skp} aggregates. An SKP is never deleted; the version lives here only: every write is one guarded
 * update of the stored version, and a caller that saw an older one gets a conflict (409).
 */
public interface SkpRepository {

    Optional<Skp> muat(long id);

    /**
     * Loads the SKP locked for a step until the transaction ends (concurrent steps on it wait, then see its new state).
     *
     * @param versiDilihat the version the user saw (null: whatever it is now)
     * @throws id.aparatur.shared.DataTidakDitemukanException when it does not exist
     * @throws id.aparatur.shared.KonflikException when its version is no longer {@code versiDilihat}
     */
    Skp muatUntukDiubah(long id, @Nullable Integer versiDilihat);

    /** Stores a new SKP; empty when the employee already has one for that year. */
    Optional<Skp> tambah(Skp skp);

    /**
     * Writes the SKP row and the changed parts if the stored version is still {@code skp.versi()}, incrementing it.
     *
     * @return the SKP as stored (new version; new RHK and indicators with their ids)
     * @throws id.aparatur.shared.KonflikException when the stored version differs
     */
    Skp simpan(Skp skp);

    /** Whose SKP, of which year, each of these RHK belongs to (absent: no such RHK). */
    Map<Long, KaskadeRhk.RhkAtasan> pemilikRhk(Set<Long> rhkId);

    /** Those of these RHK that an RHK of another SKP intervenes (they cannot be removed). */
    Set<Long> diintervensi(Set<Long> rhkId);

    /** The rated (DINILAI) SKP of an OPD and year, by id. */
    List<Long> dinilai(long opdId, int tahun);
}
