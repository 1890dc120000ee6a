package id.aparatur.pegawai.domain;

import id.aparatur.shared.Golongan;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Storage of employees ({@code pegawai.pegawai}): the one place that changes a stored employee's {@code versi}, so
 * optimistic locking has one home. Every write stamps {@code diperbarui_pada} from the application's clock. Nothing
 * is ever deleted (employees are deactivated with a reason).
 */
public interface PegawaiRepository {

    Optional<Pegawai> muat(String nip);

    /** The stored DRH fields, empty when there is no such employee. */
    Optional<DataProfil> profil(String nip);

    /** Registers a new employee (versi 0) with its status kepegawaian. */
    void tambah(Pegawai pegawai, id.aparatur.pegawai.StatusKepegawaian status);

    /**
     * Writes the core data if the stored versi still equals {@code pegawai.versi()}, and increments it.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the stored versi differs
     */
    void ubah(Pegawai pegawai);

    /**
     * Writes the DRH fields if the stored versi still equals {@code versi}, and increments it.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the stored versi differs
     */
    void ubahProfil(String nip, DataProfil profil, int versi);

    /**
     * A recorded kenaikan pangkat: the golongan becomes the current one unless a later TMT golongan is already stored.
     * A decision, not a form: no versi is expected, but it is incremented when the golongan changes.
     */
    void naikPangkat(String nip, Golongan golongan, LocalDate tmt);

    /**
     * The TMT of a mutation decision has arrived: jabatan, unit, OPD and TMT jabatan follow it (versi incremented).
     *
     * @return false when the employee is no longer active (nothing moves)
     */
    boolean pindah(String nip, long jabatanId, long unitId, long opdId, LocalDate tmt);
}
