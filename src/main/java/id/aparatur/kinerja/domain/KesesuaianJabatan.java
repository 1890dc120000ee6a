package id.aparatur.kinerja.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Kesesuaian jabatan: how much of an employee's logged work (in minutes) is on the uraian tugas of the jabatan they
 * held when logging, versus the uraian tugas of other jabatan. Activities linked to no uraian tugas (only to an RHK,
 * or to nothing) are counted apart and do not enter the share. Among the other jabatan, the one with the most minutes
 * is named as a signal for re-placement when its share of all task-linked minutes strictly exceeds the threshold
 * (default 30 %); ties go to the lower jabatan id so the answer is reproducible.
 */
public final class KesesuaianJabatan {

    /** The default threshold in percent. */
    public static final BigDecimal AMBANG_BAKU = BigDecimal.valueOf(30);

    private KesesuaianJabatan() {}

    /**
     * One activity.
     *
     * @param jabatanPegawaiId the employee's jabatan when logging (null: none)
     * @param jabatanTugasId the jabatan whose uraian tugas the work belongs to (null: not linked to a task)
     * @param menit its length
     */
    public record Butir(
            @Nullable Long jabatanPegawaiId, @Nullable Long jabatanTugasId, int menit) {}

    /**
     * @param menitSendiri minutes on the own jabatan's tasks
     * @param menitJabatanLain minutes on other jabatan's tasks
     * @param menitTanpaTugas minutes not linked to any uraian tugas
     * @param persenSesuai own share of task-linked minutes (one decimal), null when no minute is task-linked
     * @param jabatanLainId the other jabatan with the most minutes (null when none)
     * @param persenJabatanLain its share of task-linked minutes (one decimal), null when none
     * @param sinyalPenempatan whether that share exceeds the threshold
     */
    public record Hasil(
            int menitSendiri,
            int menitJabatanLain,
            int menitTanpaTugas,
            @Nullable BigDecimal persenSesuai,
            @Nullable Long jabatanLainId,
            @Nullable BigDecimal persenJabatanLain,
            boolean sinyalPenempatan) {}

    /**
     * @param aktivitas the (not rejected) activities of the period
     * @param ambangPersen the threshold in percent, 0–100
     */
    public static Hasil hitung(Collection<Butir> aktivitas, BigDecimal ambangPersen) {
        if (ambangPersen.signum() < 0 || ambangPersen.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("ambang harus 0–100");
        }
        int sendiri = 0;
        int tanpa = 0;
        Map<Long, Integer> lain = new TreeMap<>();
        for (Butir b : aktivitas) {
            if (b.jabatanTugasId() == null) {
                tanpa += b.menit();
            } else if (Objects.equals(b.jabatanTugasId(), b.jabatanPegawaiId())) {
                sendiri += b.menit();
            } else {
                lain.merge(b.jabatanTugasId(), b.menit(), Integer::sum);
            }
        }
        int menitLain = lain.values().stream().mapToInt(Integer::intValue).sum();
        int terkait = sendiri + menitLain;
        Long terbesar = null;
        int menitTerbesar = 0;
        for (Map.Entry<Long, Integer> e : lain.entrySet()) {
            if (e.getValue() > menitTerbesar) {
                terbesar = e.getKey();
                menitTerbesar = e.getValue();
            }
        }
        if (terkait == 0) {
            return new Hasil(0, 0, tanpa, null, null, null, false);
        }
        // exact comparison: menit * 100 > ambang * terkait
        boolean sinyal = terbesar != null
                && BigDecimal.valueOf(menitTerbesar * 100L)
                                .compareTo(ambangPersen.multiply(BigDecimal.valueOf(terkait)))
                        > 0;
        return new Hasil(
                sendiri,
                menitLain,
                tanpa,
                persen(sendiri, terkait),
                terbesar,
                terbesar == null ? null : persen(menitTerbesar, terkait),
                sinyal);
    }

    private static BigDecimal persen(int bagian, int keseluruhan) {
        return BigDecimal.valueOf(bagian * 100L).divide(BigDecimal.valueOf(keseluruhan), 1, RoundingMode.HALF_UP);
    }
}
