package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.PredikatKinerja;

/**
 * Follow-up of a final predikat (PermenPANRB 6/2022; which predikat opens which kind is
 * {@link PredikatKinerja#tindakLanjut()}): its status only moves forward; award eligibility.
 */
public final class TindakLanjut {

    /** Opened, under way, done; only forward. */
    public enum Status {
        TERBUKA,
        BERJALAN,
        SELESAI
    }

    private TindakLanjut() {}

    /** Whether the status may move from {@code dari} to {@code ke} (strictly forward, skipping allowed). */
    public static boolean bolehPindah(Status dari, Status ke) {
        return ke.ordinal() > dari.ordinal();
    }

    /**
     * Evaluate the cause, then act (PermenPANRB 6/2022): a follow-up leaves TERBUKA only once the atasan has recorded
     * the cause of the low predikat.
     */
    public static boolean bolehBertindak(Status ke, boolean penyebabTercatat) {
        return ke == Status.TERBUKA || penyebabTercatat;
    }

    /** The cause may be recorded (or corrected) only while nothing has been done yet: TERBUKA. */
    public static boolean bolehCatatPenyebab(Status status) {
        return status == Status.TERBUKA;
    }

    /** Only a final Sangat Baik makes the employee eligible for awards. */
    public static boolean layakPenghargaan(StatusSkp status, PredikatKinerja p) {
        return status == StatusSkp.FINAL && p == PredikatKinerja.SANGAT_BAIK;
    }
}
