package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.PredikatKinerja;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of the performance dashboard of an OPD (or of a unit subtree) for a year: the distribution of the
 * employees' predikat against what the OPD's organisational predikat allows, predikat counts per unit, average
 * effective hours per employee per unit and month, fit to the own jabatan per unit (share of task-linked minutes), and
 * the employees whose work on another jabatan's uraian tugas exceeds the threshold (the same rule as
 * {@link KesesuaianJabatan}). Pure: the inputs are the rows a read model loads.
 */
public final class RekapKinerja {

    private RekapKinerja() {}

    /** A unit of the OPD, in display order. */
    public record Unit(long id, String nama) {}

    /** An active employee and where they sit now. */
    public record Pegawai(String nip, String nama, long unitId) {}

    /** An SKP of the year that has a predikat, with the unit it was made in. */
    public record Penilaian(String nip, @Nullable Long unitId, PredikatKinerja predikat) {}

    /** A month's activity summary of one employee (kinerja.rekap_aktivitas_bulan); {@code bulan} is 1–12. */
    public record RekapBulan(
            String nip,
            int bulan,
            int menitEfektif,
            int menitSendiri,
            int menitJabatanLain,
            int menitTanpaTugas,
            int jumlah,
            int menitTerverifikasi) {}

    /**
     * The activity summaries of a unit's current employees added up for one month (the read model sums
     * kinerja.rekap_aktivitas_bulan per unit and month in SQL: a year of the biggest OPD is ~576,000 employee-months).
     */
    public record RekapUnitBulan(
            long unitId,
            int bulan,
            long menitEfektif,
            long menitSendiri,
            long menitJabatanLain,
            long menitTanpaTugas) {}

    /** Minutes one employee spent in a month on one other jabatan's uraian tugas. */
    public record MenitJabatanLain(String nip, int bulan, long jabatanId, int menit) {}

    /**
     * @param jumlah employees per predikat (every predikat present, zero included)
     * @param total employees with a predikat
     * @param predikatOrganisasi the OPD's organisational predikat of the year (null: not set)
     * @param batas the rules that predikat allows (empty when not set)
     * @param pelanggaran the rules the distribution breaks
     */
    public record Distribusi(
            Map<PredikatKinerja, Integer> jumlah,
            int total,
            @Nullable PredikatOrganisasi predikatOrganisasi,
            List<AturanDistribusi.Batas> batas,
            List<AturanDistribusi.Pelanggaran> pelanggaran) {}

    /** Predikat counts of a unit; {@code belumDinilai}: its current employees without a predikat of the year. */
    public record KinerjaUnit(
            long unitId, String nama, int pegawai, Map<PredikatKinerja, Integer> jumlah, int belumDinilai) {}

    /** Average effective hours per employee of the unit, month 1–12 at index 0–11 (one decimal). */
    public record JamUnit(long unitId, String nama, int pegawai, List<BigDecimal> jamPerPegawai, BigDecimal jamTotal) {}

    /**
     * Fit of a unit in the period: minutes on own / other jabatan's tasks / no task, and the own and other shares of
     * task-linked minutes (one decimal, null when none is task-linked).
     */
    public record KesesuaianUnit(
            long unitId,
            String nama,
            long menitSendiri,
            long menitJabatanLain,
            long menitTanpaTugas,
            @Nullable BigDecimal persenSesuai,
            @Nullable BigDecimal persenJabatanLain) {}

    /** An employee whose largest other jabatan's share exceeds the threshold. */
    public record Sinyal(String nip, String nama, long unitId, long jabatanLainId, BigDecimal persen) {}

    public record Hasil(
            Distribusi distribusi,
            List<KinerjaUnit> unit,
            List<JamUnit> jam,
            List<KesesuaianUnit> kesesuaian,
            List<Sinyal> sinyal) {}

    /** Rated SKP of one group (null: made in no unit) with one predikat. */
    public record PredikatKelompok(@Nullable Long kelompok, PredikatKinerja predikat, int jumlah) {}

    /**
     * What a read model counts per group in SQL (a group is a unit of the OPD, or for the whole Pemda an OPD).
     *
     * @param pegawai current active employees per group
     * @param predikat rated SKP of the year per group they were made in, and predikat
     * @param dinilaiSekarang rated SKP of current employees, per the group the employee sits in now
     */
    public record Jumlah(
            Map<Long, Integer> pegawai, Collection<PredikatKelompok> predikat, Map<Long, Integer> dinilaiSekarang) {}

    /**
     * From rows: counts them per unit, then as {@link #hitung(List, Jumlah, Collection, Collection, Collection,
     * Collection, Integer, PredikatOrganisasi, AturanDistribusi, BigDecimal)}.
     *
     * @param rekapUnit per unit and month, the summed activity minutes of its current employees
     * @param rekapPegawai per employee and month, the summaries of (at least) the employees with minutes on another
     *     jabatan (for the signals)
     * @param bulan the month (1–12) the fit and the signals cover; null: the whole year
     * @param aturan the distribution rules in force (null: none)
     * @param ambangPersen the re-placement threshold in percent
     */
    public static Hasil hitung(
            List<Unit> unit,
            Collection<Pegawai> pegawai,
            Collection<Penilaian> penilaian,
            Collection<RekapUnitBulan> rekapUnit,
            Collection<RekapBulan> rekapPegawai,
            Collection<MenitJabatanLain> jabatanLain,
            @Nullable Integer bulan,
            @Nullable PredikatOrganisasi predikatOrganisasi,
            @Nullable AturanDistribusi aturan,
            BigDecimal ambangPersen) {
        Map<String, Pegawai> perNip = new HashMap<>();
        Map<Long, Integer> pegawaiUnit = new HashMap<>();
        for (Pegawai p : pegawai) {
            perNip.put(p.nip(), p);
            pegawaiUnit.merge(p.unitId(), 1, Integer::sum);
        }
        Map<List<Object>, Integer> predikat = new LinkedHashMap<>();
        Map<Long, Integer> dinilaiSekarang = new HashMap<>();
        for (Penilaian n : penilaian) {
            predikat.merge(java.util.Arrays.asList(n.unitId(), n.predikat()), 1, Integer::sum);
            Pegawai p = perNip.get(n.nip());
            if (p != null) {
                dinilaiSekarang.merge(p.unitId(), 1, Integer::sum);
            }
        }
        List<PredikatKelompok> baris = new ArrayList<>();
        predikat.forEach((k, n) -> baris.add(new PredikatKelompok((Long) k.get(0), (PredikatKinerja) k.get(1), n)));
        return hitung(
                unit,
                new Jumlah(pegawaiUnit, baris, dinilaiSekarang),
                rekapUnit,
                pegawai,
                rekapPegawai,
                jabatanLain,
                bulan,
                predikatOrganisasi,
                aturan,
                ambangPersen);
    }

    /**
     * From counts: the per-group figures never touch one row per employee (the whole Pemda is 60,000), only the
     * signals read the employees who logged minutes on another jabatan.
     *
     * @param kelompok the groups in display order (units, or OPD)
     * @param calonSinyal the current employees who may be a signal (those with minutes on another jabatan; more do no
     *     harm), {@code unitId} being their group
     */
    public static Hasil hitung(
            List<Unit> kelompok,
            Jumlah jumlah,
            Collection<RekapUnitBulan> rekapUnit,
            Collection<Pegawai> calonSinyal,
            Collection<RekapBulan> rekapPegawai,
            Collection<MenitJabatanLain> jabatanLain,
            @Nullable Integer bulan,
            @Nullable PredikatOrganisasi predikatOrganisasi,
            @Nullable AturanDistribusi aturan,
            BigDecimal ambangPersen) {
        if (bulan != null && (bulan < 1 || bulan > 12)) {
            throw new IllegalArgumentException("bulan harus 1–12");
        }
        Map<String, Pegawai> perNip = new HashMap<>();
        calonSinyal.forEach(p -> perNip.put(p.nip(), p));
        Map<Long, Map<PredikatKinerja, Integer>> predikatUnit = new HashMap<>();
        Map<PredikatKinerja, Integer> semua = kosong();
        for (PredikatKelompok n : jumlah.predikat()) {
            semua.merge(n.predikat(), n.jumlah(), Integer::sum);
            if (n.kelompok() != null) {
                predikatUnit.computeIfAbsent(n.kelompok(), k -> kosong()).merge(n.predikat(), n.jumlah(), Integer::sum);
            }
        }
        Distribusi distribusi = distribusi(semua, predikatOrganisasi, aturan);
        Map<Long, long[]> menitUnitBulan = new HashMap<>();
        Map<Long, long[]> sesuaiUnit = new HashMap<>();
        for (RekapUnitBulan r : rekapUnit) {
            if (r.bulan() < 1 || r.bulan() > 12) {
                continue;
            }
            menitUnitBulan.computeIfAbsent(r.unitId(), k -> new long[12])[r.bulan() - 1] += r.menitEfektif();
            if (bulan == null || bulan == r.bulan()) {
                long[] s = sesuaiUnit.computeIfAbsent(r.unitId(), k -> new long[3]);
                s[0] += r.menitSendiri();
                s[1] += r.menitJabatanLain();
                s[2] += r.menitTanpaTugas();
            }
        }
        List<KinerjaUnit> kinerja = new ArrayList<>();
        List<JamUnit> jam = new ArrayList<>();
        List<KesesuaianUnit> kesesuaian = new ArrayList<>();
        for (Unit u : kelompok) {
            int n = jumlah.pegawai().getOrDefault(u.id(), 0);
            Map<PredikatKinerja, Integer> j = predikatUnit.getOrDefault(u.id(), kosong());
            if (n == 0 && j.values().stream().allMatch(v -> v == 0)) {
                continue;
            }
            kinerja.add(new KinerjaUnit(
                    u.id(),
                    u.nama(),
                    n,
                    Collections.unmodifiableMap(j),
                    Math.max(0, n - jumlah.dinilaiSekarang().getOrDefault(u.id(), 0))));
            if (n == 0) {
                continue;
            }
            long[] m = menitUnitBulan.getOrDefault(u.id(), new long[12]);
            List<BigDecimal> perBulan = new ArrayList<>();
            long total = 0;
            for (long menit : m) {
                perBulan.add(bagi(menit, 60L * n));
                total += menit;
            }
            jam.add(new JamUnit(u.id(), u.nama(), n, List.copyOf(perBulan), bagi(total, 60)));
            long[] s = sesuaiUnit.getOrDefault(u.id(), new long[3]);
            long terkait = s[0] + s[1];
            kesesuaian.add(new KesesuaianUnit(
                    u.id(),
                    u.nama(),
                    s[0],
                    s[1],
                    s[2],
                    terkait == 0 ? null : bagi(s[0] * 100L, terkait),
                    terkait == 0 ? null : bagi(s[1] * 100L, terkait)));
        }
        return new Hasil(
                distribusi,
                List.copyOf(kinerja),
                List.copyOf(jam),
                List.copyOf(kesesuaian),
                sinyal(perNip, rekapPegawai, jabatanLain, bulan, ambangPersen));
    }

    private static Distribusi distribusi(
            Map<PredikatKinerja, Integer> jumlah,
            @Nullable PredikatOrganisasi predikatOrganisasi,
            @Nullable AturanDistribusi aturan) {
        int total = jumlah.values().stream().mapToInt(Integer::intValue).sum();
        List<AturanDistribusi.Batas> batas = predikatOrganisasi == null || aturan == null
                ? List.of()
                : aturan.aturan().getOrDefault(predikatOrganisasi, List.of());
        List<AturanDistribusi.Pelanggaran> pelanggaran =
                predikatOrganisasi == null || aturan == null ? List.of() : aturan.periksa(predikatOrganisasi, jumlah);
        return new Distribusi(Collections.unmodifiableMap(jumlah), total, predikatOrganisasi, batas, pelanggaran);
    }

    /** Per employee, the period's own and other-jabatan minutes through {@link KesesuaianJabatan}. */
    private static List<Sinyal> sinyal(
            Map<String, Pegawai> perNip,
            Collection<RekapBulan> rekap,
            Collection<MenitJabatanLain> jabatanLain,
            @Nullable Integer bulan,
            BigDecimal ambang) {
        Map<String, List<KesesuaianJabatan.Butir>> butir = new LinkedHashMap<>();
        for (MenitJabatanLain l : jabatanLain) {
            if (perNip.containsKey(l.nip()) && (bulan == null || bulan == l.bulan())) {
                butir.computeIfAbsent(l.nip(), k -> new ArrayList<>())
                        .add(new KesesuaianJabatan.Butir(null, l.jabatanId(), l.menit()));
            }
        }
        for (RekapBulan r : rekap) {
            List<KesesuaianJabatan.Butir> b = butir.get(r.nip());
            if (b != null && (bulan == null || bulan == r.bulan()) && r.menitSendiri() > 0) {
                // the own jabatan: any id that differs from every other jabatan; -1 is no real id
                b.add(new KesesuaianJabatan.Butir(-1L, -1L, r.menitSendiri()));
            }
        }
        List<Sinyal> hasil = new ArrayList<>();
        for (Map.Entry<String, List<KesesuaianJabatan.Butir>> e : butir.entrySet()) {
            KesesuaianJabatan.Hasil h = KesesuaianJabatan.hitung(e.getValue(), ambang);
            if (h.sinyalPenempatan() && h.jabatanLainId() != null && h.persenJabatanLain() != null) {
                Pegawai p = perNip.get(e.getKey());
                hasil.add(new Sinyal(p.nip(), p.nama(), p.unitId(), h.jabatanLainId(), h.persenJabatanLain()));
            }
        }
        hasil.sort(Comparator.comparing(Sinyal::persen).reversed().thenComparing(Sinyal::nip));
        return List.copyOf(hasil);
    }

    private static Map<PredikatKinerja, Integer> kosong() {
        Map<PredikatKinerja, Integer> m = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            m.put(p, 0);
        }
        return m;
    }

    private static BigDecimal bagi(long pembilang, long penyebut) {
        return BigDecimal.valueOf(pembilang).divide(BigDecimal.valueOf(penyebut), 1, RoundingMode.HALF_UP);
    }
}
