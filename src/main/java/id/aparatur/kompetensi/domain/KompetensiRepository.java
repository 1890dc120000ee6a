package id.aparatur.kompetensi.domain;

import java.util.Optional;

/** Storage of {@link Kompetensi} aggregates. Nothing is ever deleted. */
public interface KompetensiRepository {

    Optional<Kompetensi> findByKode(String kode);

    boolean existsByKode(String kode);

    boolean rumpunAda(String rumpunKode);

    void insert(Kompetensi kompetensi);

    /**
     * Writes {@code kompetensi} if the stored versi still equals {@code kompetensi.versi()}, and increments it.
     *
     * @return the new versi
     * @throws org.springframework.dao.OptimisticLockingFailureException when the stored versi differs
     */
    int update(Kompetensi kompetensi);
}
