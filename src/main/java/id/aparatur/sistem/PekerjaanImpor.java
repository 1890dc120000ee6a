package id.aparatur.sistem;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of a background import started with {@link LayananImpor#imporLatar}. Kept in memory for
 * {@link LayananImpor#UMUR_PEKERJAAN} after it ends, visible to its owner only. A restart forgets running jobs; the
 * importer's transaction is then rolled back by the database, so nothing half-written remains.
 *
 * @param persen progress 0–100 (100 only when ended)
 * @param hasil the counts when {@link Status#SELESAI}
 * @param galat the errors (at most {@link ImporDitolakException#BATAS}) when {@link Status#DITOLAK}
 * @param jumlahGalat the total number of errors when {@link Status#DITOLAK}
 */
public record PekerjaanImpor(
        String id,
        String jenis,
        String namaBerkas,
        String pemilik,
        Status status,
        int persen,
        @Nullable HasilImpor hasil,
        List<GalatImpor> galat,
        int jumlahGalat,
        Instant dibuat,
        @Nullable Instant mulai,
        @Nullable Instant selesai) {

    /** The life of a job. */
    public enum Status {
        /** Queued behind another import. */
        MENUNGGU,
        /** Being validated or written. */
        BERJALAN,
        /** Accepted and written. */
        SELESAI,
        /** Rejected: invalid rows or an unreadable file; nothing written. */
        DITOLAK,
        /** Stopped by an unexpected error; nothing written (the transaction rolled back). */
        GAGAL;

        public boolean berakhir() {
            return this == SELESAI || this == DITOLAK || this == GAGAL;
        }
    }

    public PekerjaanImpor {
        galat = List.copyOf(galat);
    }

    static PekerjaanImpor baru(String id, String jenis, String namaBerkas, String pemilik, Instant dibuat) {
        return new PekerjaanImpor(
                id, jenis, namaBerkas, pemilik, Status.MENUNGGU, 0, null, List.of(), 0, dibuat, null, null);
    }

    public boolean berakhir() {
        return status.berakhir();
    }

    /** The first {@code n} errors, for the page. */
    public List<GalatImpor> galatPertama(int n) {
        return galat.size() <= n ? galat : galat.subList(0, n);
    }

    PekerjaanImpor berjalan(Instant waktu) {
        return new PekerjaanImpor(
                id, jenis, namaBerkas, pemilik, Status.BERJALAN, 0, null, List.of(), 0, dibuat, waktu, null);
    }

    PekerjaanImpor denganPersen(int p) {
        return new PekerjaanImpor(
                id, jenis, namaBerkas, pemilik, status, p, hasil, galat, jumlahGalat, dibuat, mulai, selesai);
    }

    PekerjaanImpor selesai(HasilImpor h, Instant waktu) {
        return new PekerjaanImpor(
                id, jenis, namaBerkas, pemilik, Status.SELESAI, 100, h, List.of(), 0, dibuat, mulai, waktu);
    }

    PekerjaanImpor ditolak(ImporDitolakException e, Instant waktu) {
        return new PekerjaanImpor(
                id,
                jenis,
                namaBerkas,
                pemilik,
                Status.DITOLAK,
                100,
                null,
                e.galat(),
                e.jumlahGalat(),
                dibuat,
                mulai,
                waktu);
    }

    PekerjaanImpor gagal(Instant waktu) {
        return new PekerjaanImpor(
                id, jenis, namaBerkas, pemilik, Status.GAGAL, 100, null, List.of(), 0, dibuat, mulai, waktu);
    }
}
