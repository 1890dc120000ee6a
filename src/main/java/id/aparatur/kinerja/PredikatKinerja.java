package id.aparatur.kinerja;

import java.util.Locale;
import java.util.Optional;

/** The five predikat kinerja of an employee (PermenPANRB 6/2022). */
public enum PredikatKinerja {
    SANGAT_BAIK("Sangat Baik"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang/Misconduct"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    PredikatKinerja(String label) {
        this.label = label;
    }

    /** The official label, e.g. {@code Kurang/Misconduct}. */
    public String label() {
        return label;
    }

    /**
     * The follow-up this predikat opens once final by the shipped default ({@link AturanTindakLanjut#STANDAR}, the
     * rule's only home; a Pemda may configure another mapping): Butuh Perbaikan development, Kurang and Sangat Kurang
     * coaching with a discipline check, Baik and Sangat Baik none.
     */
    public Optional<JenisTindakLanjut> tindakLanjut() {
        return AturanTindakLanjut.STANDAR.untuk(this).map(AturanTindakLanjut.TindakLanjutBaku::jenis);
    }

    /**
     * Parses a label as written by e-Kinerja exports and other systems, case and spacing ignored: {@code Sangat
     * Baik}, {@code Butuh perbaikan}, {@code Kurang/misconduct}, {@code Kurang}, {@code SANGAT_KURANG}, ….
     */
    public static Optional<PredikatKinerja> dari(String teks) {
        String t = teks.strip().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        if (t.equals("KURANG/MISCONDUCT") || t.equals("MISCONDUCT")) {
            return Optional.of(KURANG);
        }
        for (PredikatKinerja p : values()) {
            if (p.name().replace('_', ' ').equals(t)
                    || p.label.toUpperCase(Locale.ROOT).equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
