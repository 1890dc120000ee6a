package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.PredikatKinerja;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distribution of employee predikat a unit's organisational predikat allows (PermenPANRB 6/2022 and its
 * circular; the percentages are marked [U] in the reference, so they are data: an effective-dated table of rules).
 * Each rule bounds the share of a set of predikat: at most / at least a percentage, or at least one person.
 *
 * @param berlakuMulai the first day the table applies
 * @param aturan per organisational predikat, its rules
 */
public record AturanDistribusi(LocalDate berlakuMulai, Map<PredikatOrganisasi, List<Batas>> aturan) {

    /** Which way a rule bounds. */
    public enum Jenis {
        /** count × 100 ≤ persen × total */
        PALING_BANYAK,
        /** count × 100 ≥ persen × total */
        PALING_SEDIKIT,
        /** at least one person (when the unit has at least two people) */
        WAJIB_ADA
    }

    /** One rule: the predikat in {@code predikat} together, bounded by {@code persen} (unused for WAJIB_ADA). */
    public record Batas(Jenis jenis, Set<PredikatKinerja> predikat, int persen) {

        public Batas {
            predikat = Set.copyOf(predikat);
            if (persen < 0 || persen > 100) {
                throw new IllegalArgumentException("Persen harus 0–100: " + persen);
            }
        }
    }

    /** A broken rule with the share found. */
    public record Pelanggaran(Batas batas, int jumlah, int total) {}

    public AturanDistribusi {
        aturan = Map.copyOf(aturan);
    }

    /**
     * The rules of the circular accompanying PermenPANRB 6/2022 (reference §5.5): Istimewa — Sangat Baik at most 70 %;
     * Baik — Baik at most 70 % and someone Butuh Perbaikan or Kurang; Butuh Perbaikan — at least 60 % Butuh Perbaikan,
     * Sangat Baik at most 10 %; Kurang — at least 60 % Kurang, at least 10 % Butuh Perbaikan, Sangat Baik at most 10 %;
     * Sangat Kurang — at least 60 % Sangat Kurang, at least 10 % Kurang or Butuh Perbaikan, no Sangat Baik.
     */
    public static final AturanDistribusi STANDAR = new AturanDistribusi(
            LocalDate.of(2022, 1, 1),
            Map.of(
                    PredikatOrganisasi.ISTIMEWA, List.of(maks(70, PredikatKinerja.SANGAT_BAIK)),
                    PredikatOrganisasi.BAIK,
                            List.of(
                                    maks(70, PredikatKinerja.BAIK),
                                    new Batas(
                                            Jenis.WAJIB_ADA,
                                            EnumSet.of(PredikatKinerja.BUTUH_PERBAIKAN, PredikatKinerja.KURANG),
                                            0)),
                    PredikatOrganisasi.BUTUH_PERBAIKAN,
                            List.of(min(60, PredikatKinerja.BUTUH_PERBAIKAN), maks(10, PredikatKinerja.SANGAT_BAIK)),
                    PredikatOrganisasi.KURANG,
                            List.of(
                                    min(60, PredikatKinerja.KURANG),
                                    min(10, PredikatKinerja.BUTUH_PERBAIKAN),
                                    maks(10, PredikatKinerja.SANGAT_BAIK)),
                    PredikatOrganisasi.SANGAT_KURANG,
                            List.of(
                                    min(60, PredikatKinerja.SANGAT_KURANG),
                                    new Batas(
                                            Jenis.PALING_SEDIKIT,
                                            EnumSet.of(PredikatKinerja.KURANG, PredikatKinerja.BUTUH_PERBAIKAN),
                                            10),
                                    maks(0, PredikatKinerja.SANGAT_BAIK))));

    private static Batas maks(int persen, PredikatKinerja p) {
        return new Batas(Jenis.PALING_BANYAK, EnumSet.of(p), persen);
    }

    private static Batas min(int persen, PredikatKinerja p) {
        return new Batas(Jenis.PALING_SEDIKIT, EnumSet.of(p), persen);
    }

    /** The rules of {@code organisasi} broken by the employees' predikat (empty: the distribution is allowed). */
    public List<Pelanggaran> periksa(PredikatOrganisasi organisasi, List<PredikatKinerja> pegawai) {
        Map<PredikatKinerja, Integer> jumlah = new EnumMap<>(PredikatKinerja.class);
        pegawai.forEach(p -> jumlah.merge(p, 1, Integer::sum));
        return periksa(organisasi, jumlah);
    }

    /** The same from the number of employees per predikat (as a read model counts them in SQL). */
    public List<Pelanggaran> periksa(PredikatOrganisasi organisasi, Map<PredikatKinerja, Integer> jumlah) {
        int total = jumlah.values().stream().mapToInt(Integer::intValue).sum();
        List<Pelanggaran> hasil = new ArrayList<>();
        if (total == 0) {
            return hasil;
        }
        for (Batas b : aturan.getOrDefault(organisasi, List.of())) {
            int n = b.predikat().stream()
                    .mapToInt(p -> jumlah.getOrDefault(p, 0))
                    .sum();
            boolean sah = switch (b.jenis()) {
                case PALING_BANYAK -> n * 100L <= (long) b.persen() * total;
                case PALING_SEDIKIT -> n * 100L >= (long) b.persen() * total;
                case WAJIB_ADA -> total < 2 || n >= 1;
            };
            if (!sah) {
                hasil.add(new Pelanggaran(b, n, total));
            }
        }
        return hasil;
    }

    /**
     * The reference date of the SKP of {@code tahun} for the distribution rules: 31 December of that year. The
     * predikat of a year are judged by the rules in force when the year's performance is complete (the annual
     * evaluation of PermenPANRB 6/2022 closes the year), so a table that starts during the year already applies to
     * it, and one that starts after it does not.
     */
    public static LocalDate tanggalAcuan(int tahun) {
        return LocalDate.of(tahun, 12, 31);
    }

    /** The table in force on {@code tanggal}: the latest one that started on or before it. */
    public static AturanDistribusi berlaku(List<AturanDistribusi> tabel, LocalDate tanggal) {
        return tabel.stream()
                .filter(t -> !t.berlakuMulai().isAfter(tanggal))
                .max(Comparator.comparing(AturanDistribusi::berlakuMulai))
                .orElseThrow(
                        () -> new IllegalArgumentException("Tidak ada aturan distribusi yang berlaku pada " + tanggal));
    }
}
