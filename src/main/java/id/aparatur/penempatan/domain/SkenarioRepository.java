package id.aparatur.penempatan.domain;

import id.aparatur.penempatan.StatusSkenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Storage of {@link SkenarioPenempatan} aggregates (the scenario row with its pins and exclusions). Scenarios are never
 * deleted. The result of a run (proposals, positions, summary) is written beside the aggregate, in the transaction that
 * marks it {@link StatusSkenario#SELESAI}.
 */
public interface SkenarioRepository {

    Optional<SkenarioPenempatan> findById(long id);

    /**
     * The scenario, locked until the transaction ends: two use cases on one scenario at once run one after the other,
     * and the second sees what the first left (two pins set at once both survive; of two runs started at once the second
     * finds the scenario already running).
     */
    Optional<SkenarioPenempatan> findByIdForUpdate(long id);

    /** As {@link #findByIdForUpdate}, but empty at once when another transaction holds the scenario. */
    Optional<SkenarioPenempatan> findByIdForUpdateSkipLocked(long id);

    /** The newest draft copied from {@code asalId} that is not archived (where pins chosen on a result are collected). */
    Optional<Long> drafTurunanTerbaru(long asalId);

    /** Scenarios marked {@link StatusSkenario#BERJALAN}. */
    List<Long> idBerjalan();

    /** Decided scenarios whose TMT is on or before {@code hariIni} and that are not applied yet, oldest TMT first. */
    List<Long> idJatuhTempo(LocalDate hariIni);

    /** Stores a new scenario ({@code id} null) and returns it with its id at versi 0. */
    SkenarioPenempatan insert(SkenarioPenempatan skenario);

    /**
     * Writes {@code skenario} if the stored versi still equals {@code skenario.versi()}, and increments it.
     *
     * @return the scenario at its new versi
     * @throws org.springframework.dao.OptimisticLockingFailureException when the stored versi differs
     */
    SkenarioPenempatan update(SkenarioPenempatan skenario);

    /** How far a run has got (shown while it runs); not a transition, so not versioned. */
    void catatProgres(long id, int persen, String tahap);
}
