package id.aparatur.asesmen.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gap analysis of one employee against one jabatan's SKJ (pure Java, no Spring). Per competency:
 * {@code selisih = levelSaatIni − levelStandar} (negative: below standard), {@code kesenjangan = max(0, −selisih)} and
 * {@code kesenjanganTertimbang = bobot × kesenjangan}. A competency never measured counts as level 0.
 * {@code JPM % = Σ min(levelSaatIni, levelStandar) ÷ Σ levelStandar × 100}, rounded half-up to two decimals.
 *
 * @param baris one row per SKJ line, in SKJ order
 * @param jpm Job Person Match in percent (100 for an empty SKJ)
 * @param kategori the JPM band
 * @param totalKesenjangan Σ kesenjangan
 * @param totalKesenjanganTertimbang Σ bobot × kesenjangan
 */
public record Kesenjangan(
        List<Baris> baris,
        BigDecimal jpm,
        KategoriJpm kategori,
        int totalKesenjangan,
        BigDecimal totalKesenjanganTertimbang) {

    /** A required competency line: code, required level, weight. */
    public record Standar(String kode, int level, BigDecimal bobot) {}

    public record Baris(
            String kode,
            int levelStandar,
            @Nullable Integer levelSaatIni,
            int selisih,
            int kesenjangan,
            BigDecimal bobot,
            BigDecimal kesenjanganTertimbang) {

        public boolean memenuhi() {
            return kesenjangan == 0;
        }
    }

    public Kesenjangan {
        baris = List.copyOf(baris);
    }

    /** Number of SKJ competencies whose standard is met. */
    public long jumlahMemenuhi() {
        return baris.stream().filter(Baris::memenuhi).count();
    }

    /**
     * @param skj the jabatan's standard
     * @param levelSaatIni the employee's current level per competency code (absent: never measured)
     * @param batas the JPM bands
     */
    public static Kesenjangan hitung(List<Standar> skj, Map<String, Integer> levelSaatIni, BatasJpm batas) {
        List<Baris> baris = new ArrayList<>(skj.size());
        long jumlahStandar = 0;
        long jumlahCapaian = 0;
        int total = 0;
        BigDecimal totalTertimbang = BigDecimal.ZERO;
        for (Standar s : skj) {
            Integer saatIni = levelSaatIni.get(s.kode());
            int nilai = saatIni == null ? 0 : saatIni;
            int selisih = nilai - s.level();
            int gap = Math.max(0, -selisih);
            BigDecimal tertimbang = s.bobot().multiply(BigDecimal.valueOf(gap));
            baris.add(new Baris(s.kode(), s.level(), saatIni, selisih, gap, s.bobot(), tertimbang));
            jumlahStandar += s.level();
            jumlahCapaian += Math.min(nilai, s.level());
            total += gap;
            totalTertimbang = totalTertimbang.add(tertimbang);
        }
        BigDecimal jpm = jumlahStandar == 0
                ? new BigDecimal("100.00")
                : BigDecimal.valueOf(jumlahCapaian * 100)
                        .divide(BigDecimal.valueOf(jumlahStandar), 2, RoundingMode.HALF_UP);
        return new Kesenjangan(
                baris,
                jpm,
                batas.kategori(jpm),
                total,
                totalTertimbang.stripTrailingZeros().scale() < 0
                        ? totalTertimbang.setScale(0)
                        : totalTertimbang.stripTrailingZeros());
    }
}
