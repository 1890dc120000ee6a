package id.aparatur.aturan.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Persistence of {@link Aturan}: versions are only inserted, and a proposal only decided (guarded by its versi). */
public interface AturanRepository {

    /** The table and its stored versions; {@code kunci} locks the table's row until the transaction ends. */
    Optional<Aturan> muat(String kode, boolean kunci);

    /** Registers (or renames) a declared table. */
    void daftarkan(String kode, String nama, String modul, String deskripsi, OffsetDateTime pada);

    void tambahVersi(String kode, Versi v);

    /**
     * Writes the decision of a proposal with one guarded update ({@code WHERE status = 'DIUSULKAN' AND versi = ?}).
     *
     * @throws id.aparatur.shared.KonflikException when someone else decided it meanwhile
     */
    void putuskan(String kode, Versi diputus);
}
