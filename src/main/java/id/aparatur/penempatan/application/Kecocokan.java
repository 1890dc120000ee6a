package id.aparatur.penempatan.application;

import id.aparatur.penempatan.application.Cuplikan.SyaratSkj;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Fit of one employee's levels to one SKJ, as the profile shows it: JPM % = Σ min(level, standar) ÷ Σ standar × 100
 * (two decimals, half-up; 100 for an empty SKJ), the unweighted gap Σ max(0, standar − level) and the engine's
 * weighted gap Σ bobotMesin × max(0, standar − level). A competency never measured counts as level 0.
 */
record Kecocokan(BigDecimal jpm, int gapLevel, long kesenjangan) {

    static Kecocokan hitung(List<SyaratSkj> skj, Map<String, Integer> level) {
        long standar = 0;
        long capaian = 0;
        int gap = 0;
        long tertimbang = 0;
        for (SyaratSkj s : skj) {
            int lv = level.getOrDefault(s.kode(), 0);
            standar += s.level();
            capaian += Math.min(lv, s.level());
            int d = Math.max(0, s.level() - lv);
            gap += d;
            tertimbang += s.bobotMesin() * d;
        }
        BigDecimal jpm = standar == 0
                ? new BigDecimal("100.00")
                : BigDecimal.valueOf(capaian * 100).divide(BigDecimal.valueOf(standar), 2, RoundingMode.HALF_UP);
        return new Kecocokan(jpm, gap, tertimbang);
    }

    /** Index of the 10-point JPM band (0: below 10 %, …, 9: 90 to below 100 %, 10: exactly 100 %). */
    static int pita(BigDecimal jpm) {
        return Math.min(10, Math.max(0, jpm.intValue() / 10));
    }
}
