package id.aparatur.perencanaan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ABK formulas of PermenPANRB 1/2020 (asn-reference §8.2), exact:
 * <ul>
 * <li>beban kerja per tugas = volume × norma waktu (minutes, {@code long}, overflow-checked);</li>
 * <li>kebutuhan (tepat) = Σ beban kerja ÷ WKE, four decimals half up, for display only;</li>
 * <li>kebutuhan pegawai = Σ beban kerja ÷ WKE rounded by the {@link AturanPembulatan} on the exact fraction;</li>
 * <li>efektivitas jabatan EJ = Σ beban kerja ÷ (pemangku × WKE), two decimals half up, graded by
 * {@link BatasGradeEj}; no EJ when the position has no holder.</li>
 * </ul>
 * Worked example: 120 × 180 = 21.600 plus 40.000 = 61.600 menit ÷ 75.000 = 0,82 → 1 pegawai (≥ 0,5 ke atas).
 */
public final class PerhitunganAbk {

    private PerhitunganAbk() {}

    /**
     * The result of one calculation.
     *
     * @param bebanPerTugas beban kerja of each task in input order
     * @param totalBebanMenit Σ beban kerja
     * @param kebutuhanTepat Σ beban ÷ WKE, scale 4
     * @param kebutuhan whole employees after rounding
     * @param ej efektivitas jabatan (scale 2), null when {@code pemangku} is 0
     * @param gradeEj its grade, null when {@code ej} is null
     */
    public record Hasil(
            List<Long> bebanPerTugas,
            long totalBebanMenit,
            BigDecimal kebutuhanTepat,
            int kebutuhan,
            int pemangku,
            @Nullable BigDecimal ej,
            @Nullable GradeEj gradeEj) {

        public Hasil {
            bebanPerTugas = List.copyOf(bebanPerTugas);
        }
    }

    /**
     * @param tugas the tasks, may be empty
     * @param wkeMenit WKE in minutes, &gt; 0
     * @param aturan rounding rule
     * @param pemangku current holders (bezetting), ≥ 0
     * @param batas EJ grade bands
     * @throws ArithmeticException when a sum overflows {@code long} or the need exceeds {@code int}
     */
    public static Hasil hitung(
            List<TugasAbk> tugas, int wkeMenit, AturanPembulatan aturan, int pemangku, BatasGradeEj batas) {
        if (wkeMenit <= 0 || pemangku < 0) {
            throw new IllegalArgumentException("WKE harus positif dan pemangku tidak negatif");
        }
        List<Long> beban = tugas.stream().map(TugasAbk::bebanMenit).toList();
        long total = 0;
        for (long b : beban) {
            total = Math.addExact(total, b);
        }
        BigDecimal tepat = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(wkeMenit), 4, RoundingMode.HALF_UP);
        int kebutuhan = Math.toIntExact(aturan.bulatkan(total, wkeMenit));
        BigDecimal ej = null;
        GradeEj grade = null;
        if (pemangku > 0) {
            ej = efektivitasJabatan(total, pemangku, wkeMenit);
            grade = batas.grade(ej);
        }
        return new Hasil(beban, total, tepat, kebutuhan, pemangku, ej, grade);
    }

    /** EJ = Σ beban ÷ (pemangku × WKE), two decimals half up; {@code pemangku} must be &gt; 0. */
    public static BigDecimal efektivitasJabatan(long totalBebanMenit, int pemangku, int wkeMenit) {
        long waktuTersedia = Math.multiplyExact((long) pemangku, (long) wkeMenit);
        return BigDecimal.valueOf(totalBebanMenit).divide(BigDecimal.valueOf(waktuTersedia), 2, RoundingMode.HALF_UP);
    }
}
