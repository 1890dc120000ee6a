package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.PredikatKinerja;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * One version of the angka kredit table as the rule registry holds it ({@code ANGKA_KREDIT}, PermenPANRB 1/2023):
 * the yearly coefficient per JF jenjang (at predikat Baik) and the percentage per predikat; angka kredit = koefisien ×
 * persen × bulan ÷ 1200, rounded to two decimals half-up. Version 1 is {@link KonversiAngkaKredit}.
 *
 * @param koefisien yearly coefficient per jenjang, e.g. {@code AHLI_MUDA}
 * @param persen percentage per predikat; every predikat required
 */
public record TabelAngkaKredit(Map<String, BigDecimal> koefisien, Map<PredikatKinerja, Integer> persen) {

    /** The shipped table ({@link KonversiAngkaKredit}). */
    public static final TabelAngkaKredit STANDAR = standar();

    public TabelAngkaKredit {
        koefisien = Map.copyOf(koefisien);
        Map<PredikatKinerja, Integer> p = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja x : PredikatKinerja.values()) {
            Integer n = persen.get(x);
            if (n == null || n < 0) {
                throw new IllegalArgumentException("Persen angka kredit untuk " + x + " tidak sah");
            }
            p.put(x, n);
        }
        persen = Map.copyOf(p);
    }

    /** Whether {@code jenjang} has a coefficient. */
    public boolean punya(String jenjang) {
        return koefisien.containsKey(jenjang);
    }

    /**
     * @param jenjang a JF jenjang with a coefficient
     * @param bulan months of the period (1–12)
     */
    public BigDecimal angkaKredit(String jenjang, PredikatKinerja predikat, int bulan) {
        BigDecimal k = koefisien.get(jenjang);
        if (k == null) {
            throw new IllegalArgumentException("Bukan jenjang jabatan fungsional: " + jenjang);
        }
        if (bulan < 1 || bulan > 12) {
            throw new IllegalArgumentException("Bulan harus 1–12: " + bulan);
        }
        return k.multiply(BigDecimal.valueOf(persen.get(predikat)))
                .multiply(BigDecimal.valueOf(bulan))
                .divide(BigDecimal.valueOf(1200), 2, RoundingMode.HALF_UP);
    }

    private static TabelAngkaKredit standar() {
        Map<PredikatKinerja, Integer> p = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja x : PredikatKinerja.values()) {
            p.put(x, KonversiAngkaKredit.persen(x));
        }
        return new TabelAngkaKredit(KonversiAngkaKredit.KOEFISIEN, p);
    }
}
