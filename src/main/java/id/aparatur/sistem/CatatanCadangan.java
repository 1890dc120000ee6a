package id.aparatur.sistem;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One line of the backup log ({@code catatan-cadangan.jsonl} in the backup folder): a backup or a restore, successful
 * or not. Kept in the folder, not in the database, so that it survives a restore and records a backup that failed
 * because the database did.
 *
 * @param berkas the file name in the backup folder (for a restore: the file restored)
 * @param ukuran size of the file in bytes
 * @param jumlahBaris rows in all tables
 * @param sha256 checksum of the whole file
 * @param oleh the user who asked, or {@code sistem} for the schedule
 * @param pesan why it failed, when it did
 */
public record CatatanCadangan(
        OffsetDateTime mulai,
        long durasiMs,
        Jenis jenis,
        Status status,
        @Nullable String berkas,
        long ukuran,
        long jumlahBaris,
        @Nullable String sha256,
        String oleh,
        @Nullable String pesan) {

    /** What was done. */
    public enum Jenis {
        /** Backup by the schedule ({@code aparatur.cadangan.jadwal}). */
        TERJADWAL,
        /** Backup asked for on the page or through the API. */
        MANUAL,
        /** Backup of the database taken by a restore before it replaces the database. */
        PENGAMAN,
        /** A restore from a backup file ({@code --aparatur.pulihkan}). */
        PEMULIHAN;

        /** Whether this is a backup (a file was or should have been written). */
        public boolean cadangan() {
            return this != PEMULIHAN;
        }
    }

    /** Outcome. */
    public enum Status {
        BERHASIL,
        GAGAL
    }

    public boolean berhasil() {
        return status == Status.BERHASIL;
    }

    /** The same entry with {@link #mulai} in {@code zona} (JSON keeps the instant, not the server's offset). */
    CatatanCadangan diZona(java.time.ZoneId zona) {
        return new CatatanCadangan(
                mulai.atZoneSameInstant(zona).toOffsetDateTime(),
                durasiMs,
                jenis,
                status,
                berkas,
                ukuran,
                jumlahBaris,
                sha256,
                oleh,
                pesan);
    }
}
