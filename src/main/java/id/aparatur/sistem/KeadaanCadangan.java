package id.aparatur.sistem;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the backup page and {@code GET /api/v1/sistem/cadangan} show.
 *
 * @param tertanam whether Aparatur runs on its embedded PostgreSQL (with an external one the operator backs the server
 *     up; Aparatur's own backup is off by default)
 * @param terjadwal whether the scheduled backup is on
 * @param jadwal the cron expression ({@code aparatur.cadangan.jadwal})
 * @param jadwalBerikutnya when the next scheduled backup runs; null when off
 * @param folder where the files are kept
 * @param terakhir the last backup attempt
 * @param berhasilTerakhir the last successful backup
 * @param terlambat whether a scheduled backup should have succeeded since {@code berhasilTerakhir} (or there was never
 *     one): the page warns
 * @param berkas the backup files kept, newest first
 * @param catatan the latest log entries, newest first
 */
public record KeadaanCadangan(
        boolean tertanam,
        boolean terjadwal,
        String jadwal,
        @Nullable OffsetDateTime jadwalBerikutnya,
        int simpanHari,
        String folder,
        @Nullable CatatanCadangan terakhir,
        @Nullable CatatanCadangan berhasilTerakhir,
        boolean terlambat,
        boolean berjalan,
        List<Berkas> berkas,
        List<CatatanCadangan> catatan) {

    /** A backup file in the folder. */
    public record Berkas(
            String nama, long ukuran, OffsetDateTime dibuat, CatatanCadangan.Jenis jenis, boolean adaChecksum) {}

    public KeadaanCadangan {
        berkas = List.copyOf(berkas);
        catatan = List.copyOf(catatan);
    }
}
