package id.aparatur.perencanaan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The EJ grade bands, applied to EJ rounded to two decimals (half up): A when EJ &gt; {@code atasB}, B when EJ ≥
 * {@code bawahB}, C when ≥ {@code bawahC}, D when ≥ {@code bawahD}, otherwise E. Defaults ({@link #BAKU}): A &gt; 1,00;
 * B 0,90–1,00; C 0,70–0,89; D 0,50–0,69; E &lt; 0,50 — common practice of ABK applications, unconfirmed [U].
 */
public record BatasGradeEj(BigDecimal atasB, BigDecimal bawahB, BigDecimal bawahC, BigDecimal bawahD) {

    public static final BatasGradeEj BAKU = new BatasGradeEj(
            new BigDecimal("1.00"), new BigDecimal("0.90"), new BigDecimal("0.70"), new BigDecimal("0.50"));

    public BatasGradeEj {
        if (!(atasB.compareTo(bawahB) >= 0
                && bawahB.compareTo(bawahC) > 0
                && bawahC.compareTo(bawahD) > 0
                && bawahD.signum() > 0)) {
            throw new IllegalArgumentException("Batas grade EJ harus menurun: " + atasB + " ≥ " + bawahB + " > "
                    + bawahC + " > " + bawahD + " > 0");
        }
    }

    /** @param ej efektivitas jabatan, must be ≥ 0 */
    public GradeEj grade(BigDecimal ej) {
        BigDecimal e = ej.setScale(2, RoundingMode.HALF_UP);
        if (e.compareTo(atasB) > 0) {
            return GradeEj.A;
        }
        if (e.compareTo(bawahB) >= 0) {
            return GradeEj.B;
        }
        if (e.compareTo(bawahC) >= 0) {
            return GradeEj.C;
        }
        if (e.compareTo(bawahD) >= 0) {
            return GradeEj.D;
        }
        return GradeEj.E;
    }
}
