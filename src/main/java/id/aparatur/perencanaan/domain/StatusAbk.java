package id.aparatur.perencanaan.domain;

import id.aparatur.shared.KonflikException;

/**
 * Lifecycle of an ABK version (one per jabatan and year): {@code DRAF} (the OPD fills it; BKD may too) →
 * {@code DIAJUKAN} (the OPD head confirms it) → {@code FINAL} (BKD verifies; the kebutuhan becomes the jabatan's kuota)
 * or {@code DIKEMBALIKAN} (BKD returns it with a note; the OPD edits and submits again). Only DRAF and DIKEMBALIKAN
 * can be edited. PermenPANRB 1/2020 (verifikasi oleh instansi pembina kepegawaian).
 */
public enum StatusAbk {
    DRAF,
    DIAJUKAN,
    FINAL,
    DIKEMBALIKAN;

    public boolean dapatDiubah() {
        return this == DRAF || this == DIKEMBALIKAN;
    }

    /** Editing the tasks; refused with 409 once submitted. */
    public void pastikanDapatDiubah() {
        if (!dapatDiubah()) {
            throw new KonflikException(
                    "abk.status.tidak-dapat-diubah", "ABK berstatus " + this + " tidak dapat diubah");
        }
    }

    /** DRAF or DIKEMBALIKAN → DIAJUKAN. */
    public StatusAbk ajukan() {
        if (!dapatDiubah()) {
            throw new KonflikException(
                    "abk.status.tidak-dapat-diajukan", "ABK berstatus " + this + " tidak dapat diajukan");
        }
        return DIAJUKAN;
    }

    /** DIAJUKAN → FINAL; a draft that was not submitted cannot be finalised. */
    public StatusAbk finalkan() {
        if (this != DIAJUKAN) {
            throw new KonflikException(
                    "abk.status.finalkan-belum-diajukan",
                    "ABK berstatus " + this + " belum diajukan sehingga tidak dapat difinalkan");
        }
        return FINAL;
    }

    /** DIAJUKAN → DIKEMBALIKAN (the note is checked by the caller's rules). */
    public StatusAbk kembalikan() {
        if (this != DIAJUKAN) {
            throw new KonflikException(
                    "abk.status.kembalikan-belum-diajukan", "ABK berstatus " + this + " tidak dapat dikembalikan");
        }
        return DIKEMBALIKAN;
    }
}
