package id.aparatur.seleksi.domain;

import org.jspecify.annotations.Nullable;

/**
 * Lifecycle of an open selection. {@code DRAF} (BKD prepares weights, pansel and schedule) → {@code DIUMUMKAN}
 * (lowongan announced, peserta register) → {@code ADMINISTRASI} → {@code KOMPETENSI} → {@code MAKALAH} →
 * {@code WAWANCARA} → {@code REKAM_JEJAK} (each a stage in which its score is taken) → {@code TIGA_NAMA_DIAJUKAN} (the
 * pansel's three names are with the PPK) → {@code DITETAPKAN} (the PPK has chosen). Any state before DITETAPKAN may end
 * in {@code DIBATALKAN} with a reason. The two end states are final.
 */
public enum StatusSeleksi {
    DRAF(null),
    DIUMUMKAN(TahapSeleksi.PENGUMUMAN),
    ADMINISTRASI(TahapSeleksi.ADMINISTRASI),
    KOMPETENSI(TahapSeleksi.KOMPETENSI),
    MAKALAH(TahapSeleksi.MAKALAH),
    WAWANCARA(TahapSeleksi.WAWANCARA),
    REKAM_JEJAK(TahapSeleksi.REKAM_JEJAK),
    TIGA_NAMA_DIAJUKAN(TahapSeleksi.PENETAPAN),
    DITETAPKAN(null),
    DIBATALKAN(null);

    private final @Nullable TahapSeleksi tahap;

    StatusSeleksi(@Nullable TahapSeleksi tahap) {
        this.tahap = tahap;
    }

    /** The stage running in this state (null in DRAF and in the end states). */
    public @Nullable TahapSeleksi tahap() {
        return tahap;
    }

    public boolean selesai() {
        return this == DITETAPKAN || this == DIBATALKAN;
    }

    /**
     * The next state when BKD closes the current stage: DRAF → DIUMUMKAN → … → REKAM_JEJAK. Leaving REKAM_JEJAK happens
     * only by submitting the three names, and leaving TIGA_NAMA_DIAJUKAN only by the PPK's choice, so both answer null.
     */
    public @Nullable StatusSeleksi berikutnya() {
        return switch (this) {
            case DRAF -> DIUMUMKAN;
            case DIUMUMKAN -> ADMINISTRASI;
            case ADMINISTRASI -> KOMPETENSI;
            case KOMPETENSI -> MAKALAH;
            case MAKALAH -> WAWANCARA;
            case WAWANCARA -> REKAM_JEJAK;
            default -> null;
        };
    }

    /** Weights are fixed once scoring starts, i.e. from the KOMPETENSI stage on. */
    public boolean bobotDapatDiubah() {
        return this == DRAF || this == DIUMUMKAN || this == ADMINISTRASI;
    }

    /** Applicants register while the vacancy is announced (and while BKD still prepares it). */
    public boolean pesertaDapatDidaftarkan() {
        return this == DRAF || this == DIUMUMKAN;
    }

    public boolean administrasiDapatDicatat() {
        return this == ADMINISTRASI;
    }

    /** A score is taken from its own stage on and can be corrected until the three names are submitted. */
    public boolean nilaiDapatDicatat(KomponenNilai komponen) {
        return tahap != null
                && ordinal() <= REKAM_JEJAK.ordinal()
                && tahap.ordinal() >= komponen.tahap().ordinal();
    }

    /** Pansel membership and the schedule may change until the three names are submitted. */
    public boolean persiapanDapatDiubah() {
        return ordinal() <= REKAM_JEJAK.ordinal();
    }
}
