package id.aparatur.penempatan;

/**
 * Lifecycle of a placement scenario: {@code DRAF} (settings can still change) → {@code BERJALAN} (the optimisation runs
 * in the background) → {@code SELESAI} (result stored) or {@code GAGAL} (may be run again) → {@code DISETUJUI} (by
 * ADMIN_BKD; the draft mutation list can be downloaded) → {@code DITETAPKAN} (nomor SK, tanggal SK and TMT entered;
 * the moves are in the riwayat jabatan).
 */
public enum StatusSkenario {
    DRAF,
    BERJALAN,
    SELESAI,
    GAGAL,
    DISETUJUI,
    DITETAPKAN;

    /** Settings (scope, weights, rules, pins, exclusions) may change only before the first run. */
    public boolean pengaturanDapatDiubah() {
        return this == DRAF;
    }

    public boolean dapatDijalankan() {
        return this == DRAF || this == GAGAL;
    }

    /** Approved (and possibly decided since): the draft mutation list exists, other modules may plan on it. */
    public boolean sudahDisetujui() {
        return this == DISETUJUI || this == DITETAPKAN;
    }

    public boolean adaHasil() {
        return this == SELESAI || this == DISETUJUI || this == DITETAPKAN;
    }
}
