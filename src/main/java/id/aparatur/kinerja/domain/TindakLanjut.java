package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.PredikatKinerja;
import java.util.Optional;

/**
 * Follow-up of a final predikat (PermenPANRB 6/2022): Butuh Perbaikan opens coaching (pembinaan), Kurang and Sangat
 * Kurang open development (pengembangan), with the atasan (the penilai) responsible. Its status only moves forward.
 */
public final class TindakLanjut {

    /** Coaching or development. */
    public enum Jenis {
        PEMBINAAN, PENGEMBANGAN
    }

    /** Opened, under way, done; only forward. */
    public enum Status {
        TERBUKA, BERJALAN, SELESAI
    }

    private TindakLanjut() {}

    /** The follow-up a final predikat opens, if any. */
    public static Optional<Jenis> untuk(PredikatKinerja p) {
        return switch (p) {
            case BUTUH_PERBAIKAN -> Optional.of(Jenis.PEMBINAAN);
            case KURANG, SANGAT_KURANG -> Optional.of(Jenis.PENGEMBANGAN);
            case SANGAT_BAIK, BAIK -> Optional.empty();
        };
    }

    /** Whether the status may move from {@code dari} to {@code ke} (strictly forward, skipping allowed). */
    public static boolean bolehPindah(Status dari, Status ke) {
        return ke.ordinal() > dari.ordinal();
    }

    /** Only a final Sangat Baik makes the employee eligible for awards. */
    public static boolean layakPenghargaan(StatusSkp status, PredikatKinerja p) {
        return status == StatusSkp.FINAL && p == PredikatKinerja.SANGAT_BAIK;
    }
}
