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
     * The follow-up this predikat opens once final (PermenPANRB 6/2022): Butuh Perbaikan opens coaching (pembinaan),
     * Kurang and Sangat Kurang open development (pengembangan), Baik and Sangat Baik none. The only home of this rule.
     */
    public Optional<JenisTindakLanjut> tindakLanjut() {
        return switch (this) {
            case BUTUH_PERBAIKAN -> Optional.of(JenisTindakLanjut.PEMBINAAN);
            case KURANG, SANGAT_KURANG -> Optional.of(JenisTindakLanjut.PENGEMBANGAN);
            case SANGAT_BAIK, BAIK -> Optional.empty();
        };
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
