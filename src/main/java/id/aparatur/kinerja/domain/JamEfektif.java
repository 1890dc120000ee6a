package id.aparatur.kinerja.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Jam kerja efektif from the laporan aktivitas harian: per day the length of the union of the logged (not rejected)
 * activities, and their sum over a period. Overlaps cannot be stored (exclusion constraint), but the rule takes the
 * union anyway so that no minute is ever counted twice.
 */
public final class JamEfektif {

    private JamEfektif() {}

    /** One activity's time on one day; {@code selesai} after {@code mulai}. */
    public record Selang(LocalDate tanggal, LocalTime mulai, LocalTime selesai) {
        public Selang {
            if (!selesai.isAfter(mulai)) {
                throw new IllegalArgumentException("selesai harus sesudah mulai");
            }
        }
    }

    /**
     * @param menitPerHari effective minutes per day that has at least one activity, by date
     * @param totalMenit their sum
     */
    public record Hasil(SortedMap<LocalDate, Integer> menitPerHari, int totalMenit) {
        public Hasil {
            menitPerHari = Collections.unmodifiableSortedMap(new TreeMap<>(menitPerHari));
        }
    }

    public static Hasil hitung(Collection<Selang> aktivitas) {
        Map<LocalDate, List<Selang>> perHari = new TreeMap<>();
        for (Selang s : aktivitas) {
            perHari.computeIfAbsent(s.tanggal(), t -> new ArrayList<>()).add(s);
        }
        SortedMap<LocalDate, Integer> menit = new TreeMap<>();
        int total = 0;
        for (Map.Entry<LocalDate, List<Selang>> e : perHari.entrySet()) {
            int m = menitGabungan(e.getValue());
            menit.put(e.getKey(), m);
            total += m;
        }
        return new Hasil(menit, total);
    }

    private static int menitGabungan(List<Selang> hari) {
        List<Selang> urut = new ArrayList<>(hari);
        urut.sort(Comparator.comparing(Selang::mulai));
        long detik = 0;
        LocalTime awal = null;
        LocalTime akhir = null;
        for (Selang s : urut) {
            if (akhir == null || s.mulai().isAfter(akhir)) {
                if (akhir != null) {
                    detik += Duration.between(awal, akhir).toSeconds();
                }
                awal = s.mulai();
                akhir = s.selesai();
            } else if (s.selesai().isAfter(akhir)) {
                akhir = s.selesai();
            }
        }
        if (akhir != null) {
            detik += Duration.between(awal, akhir).toSeconds();
        }
        return (int) (detik / 60);
    }
}
