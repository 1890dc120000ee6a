package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.PredikatKinerja;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Angka kredit of a jabatan fungsional from the predikat (PermenPANRB 1/2023): the yearly coefficient of the jenjang
 * times 150 % (Sangat Baik), 100 % (Baik), 75 % (Butuh Perbaikan), 50 % (Kurang) or 25 % (Sangat Kurang), pro rata for
 * a period shorter than a year, rounded to two decimals half-up.
 */
public final class KonversiAngkaKredit {

    /** Yearly coefficients per jenjang (at predikat Baik). */
    public static final Map<String, BigDecimal> KOEFISIEN = Map.of(
            "PEMULA",
            new BigDecimal("3.75"),
            "TERAMPIL",
            new BigDecimal("5"),
            "MAHIR",
            new BigDecimal("12.5"),
            "PENYELIA",
            new BigDecimal("25"),
            "AHLI_PERTAMA",
            new BigDecimal("12.5"),
            "AHLI_MUDA",
            new BigDecimal("25"),
            "AHLI_MADYA",
            new BigDecimal("37.5"),
            "AHLI_UTAMA",
            new BigDecimal("50"));

    private KonversiAngkaKredit() {}

    public static int persen(PredikatKinerja p) {
        return switch (p) {
            case SANGAT_BAIK -> 150;
            case BAIK -> 100;
            case BUTUH_PERBAIKAN -> 75;
            case KURANG -> 50;
            case SANGAT_KURANG -> 25;
        };
    }

    /**
     * @param jenjang a JF jenjang, e.g. {@code AHLI_MUDA}
     * @param bulan months of the period (1–12)
     */
    public static BigDecimal angkaKredit(String jenjang, PredikatKinerja predikat, int bulan) {
        BigDecimal k = KOEFISIEN.get(jenjang);
        if (k == null) {
            throw new IllegalArgumentException("Bukan jenjang jabatan fungsional: " + jenjang);
        }
        if (bulan < 1 || bulan > 12) {
            throw new IllegalArgumentException("Bulan harus 1–12: " + bulan);
        }
        return k.multiply(BigDecimal.valueOf(persen(predikat)))
                .multiply(BigDecimal.valueOf(bulan))
                .divide(BigDecimal.valueOf(1200), 2, RoundingMode.HALF_UP);
    }
}
