package id.aparatur.demo.generator;

import id.aparatur.kinerja.AturanTindakLanjut;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.JenisTindakLanjut;
import id.aparatur.kinerja.MatriksPredikat;
import id.aparatur.kinerja.PredikatKinerja;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The performance data of the demo Kabupaten (issue 6): for every pegawai last year's FINAL SKP (cascaded RHK with
 * indicators, the seven BerAKHLAK notes, both ratings and the predikat of the 3×3 matrix), this year's agreed SKP
 * (DISETUJUI), the organisational predikat of every OPD for last year, and one month of activity logs for every
 * pegawai of Dinas Pendidikan. Each OPD's predikat distribution is built to obey the standard distribution rules
 * (PermenPANRB 6/2022 circular) for its organisational predikat. Pure and seeded like {@link DemoKabupaten}; the
 * reference day ({@code hariIni}, normally the clock's today) is passed in: last year = its year − 1, the month of
 * activities = the last full month ending at least {@value #JARAK_BULAN_AKTIVITAS} days before it.
 *
 * <p>Values are the database codes of module kinerja (Ekspektasi, PredikatKinerja, PredikatOrganisasi,
 * NilaiBerakhlak); kinerja's rules — the 3×3 matrix ({@link MatriksPredikat}) and which predikat opens which follow-up
 * ({@link PredikatKinerja#tindakLanjut()}) — come from kinerja's API, never copied here.
 */
public record KinerjaDemo(
        int tahunLalu,
        YearMonth bulanAktivitas,
        List<Skp> skp,
        List<Rhk> rhk,
        List<Indikator> indikator,
        List<Perilaku> perilaku,
        List<Realisasi> realisasi,
        List<Evaluasi> evaluasi,
        List<PredikatOpd> predikatOrganisasi,
        List<TindakLanjut> tindakLanjut,
        List<Aktivitas> aktivitas) {

    /** The activity month ends at least this many days before the reference day. */
    public static final int JARAK_BULAN_AKTIVITAS = 10;

    /** {@code dibuat_oleh} / {@code ditetapkan_oleh} of the generated rows. */
    public static final String PENCATAT = "demo";

    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    static final List<String> BERAKHLAK =
            List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF");

    public KinerjaDemo {
        skp = List.copyOf(skp);
        rhk = List.copyOf(rhk);
        indikator = List.copyOf(indikator);
        perilaku = List.copyOf(perilaku);
        realisasi = List.copyOf(realisasi);
        evaluasi = List.copyOf(evaluasi);
        tindakLanjut = List.copyOf(tindakLanjut);
        predikatOrganisasi = List.copyOf(predikatOrganisasi);
        aktivitas = List.copyOf(aktivitas);
    }

    /**
     * An SKP. Last year's are written as DINILAI and then made FINAL (the lock triggers reject parts added to a
     * FINAL SKP); {@code status} is the final state.
     */
    public record Skp(
            long id,
            String nip,
            int tahun,
            String status,
            @Nullable String penilaiNip,
            long opdId,
            long unitId,
            long jabatanId,
            @Nullable String ratingHasilKerja,
            @Nullable String ratingPerilaku,
            @Nullable String predikat,
            OffsetDateTime dibuatPada,
            OffsetDateTime disetujuiPada,
            @Nullable OffsetDateTime dinilaiPada,
            @Nullable OffsetDateTime difinalkanPada) {}

    /** An RHK; {@code rhkAtasanId} is an RHK of the atasan's SKP of the same year (null for the Sekda, TAMBAHAN). */
    public record Rhk(
            long id,
            long skpId,
            int urutan,
            String uraian,
            String jenis,
            @Nullable Long rhkAtasanId,
            @Nullable Long sasaranOpdId) {}

    public record Indikator(long id, long rhkId, String aspek, String uraian, String target) {}

    /** The penilai's note on one BerAKHLAK value. */
    public record Perilaku(long skpId, String nilai, String catatan) {}

    /** The realisation of an indicator over the year (periode 4 of a quarterly SKP), with evidence. */
    public record Realisasi(
            long id,
            long skpId,
            long indikatorId,
            int periodeKe,
            String realisasi,
            String bukti,
            String dicatatOleh,
            OffsetDateTime dicatatPada) {}

    /** A quarterly evaluation by the penilai (all four of last year, the quarters of this year already over). */
    public record Evaluasi(
            long id,
            long skpId,
            int periodeKe,
            String ratingHasilKerja,
            String ratingPerilaku,
            String predikat,
            String catatan,
            String dinilaiOleh,
            OffsetDateTime dinilaiPada) {}

    /** The follow-up of a low final predikat (Butuh Perbaikan, Kurang) with the atasan. */
    public record TindakLanjut(
            long id,
            long skpId,
            String nip,
            int tahun,
            String predikat,
            String jenis,
            @Nullable String atasanNip,
            String status,
            @Nullable String rencana,
            @Nullable String hasil,
            LocalDate tenggat,
            OffsetDateTime dibukaPada,
            OffsetDateTime diubahPada,
            @Nullable OffsetDateTime diselesaikanPada,
            boolean periksaDisiplin,
            @Nullable String penyebab) {}

    /** The organisational predikat of an OPD for a year. */
    public record PredikatOpd(long id, long opdId, int tahun, String predikat, String dasar) {}

    /** One activity log entry of a Disdik pegawai. */
    public record Aktivitas(
            long id,
            String nip,
            LocalDate tanggal,
            LocalTime mulai,
            LocalTime selesai,
            String uraian,
            @Nullable String keluaran,
            long jabatanPegawaiId,
            long jabatanId,
            int uraianTugasKe,
            @Nullable Long rhkId,
            String status,
            @Nullable String diverifikasiOleh,
            @Nullable OffsetDateTime diverifikasiPada,
            String dicatatOleh,
            OffsetDateTime dicatatPada) {}

    /** The last full month ending at least {@value #JARAK_BULAN_AKTIVITAS} days before {@code hariIni}. */
    public static YearMonth bulanAktivitas(LocalDate hariIni) {
        YearMonth b = YearMonth.from(hariIni).minusMonths(1);
        while (b.atEndOfMonth().isAfter(hariIni.minusDays(JARAK_BULAN_AKTIVITAS))) {
            b = b.minusMonths(1);
        }
        return b;
    }

    /**
     * Generates the performance data of {@code kab}.
     *
     * @param kab the generated Kabupaten (pegawai atasan-first)
     * @param seed the random seed
     * @param hariIni the reference day (the clock's today when loading)
     */
    public static KinerjaDemo buat(DemoKabupaten kab, long seed, LocalDate hariIni) {
        return new Pembangun(kab, seed, hariIni).bangun();
    }

    // ------------------------------------------------------------------------------------------------------------

    static final class Pembangun {
        private final DemoKabupaten kab;
        private final Random rnd;
        private final int tahunLalu;
        private final int tahunIni;
        private final YearMonth bulan;
        private final Map<Long, Jabatan> jabatan = new HashMap<>();
        private final Map<Long, List<SasaranOpd>> sasaranPerOpd = new HashMap<>();
        private final Set<Long> jabatanKepalaOpd = new HashSet<>();
        private final Map<String, String> akunPerNip = new HashMap<>();
        /** Per year, per nip, the ids of the UTAMA RHK. */
        private final Map<Integer, Map<String, List<Long>>> rhkUtama = new HashMap<>();

        private final List<Skp> skp = new ArrayList<>();
        private final List<Rhk> rhk = new ArrayList<>();
        private final List<Indikator> indikator = new ArrayList<>();
        private final List<Perilaku> perilaku = new ArrayList<>();
        private final List<Evaluasi> evaluasi = new ArrayList<>();
        private final List<Realisasi> realisasi = new ArrayList<>();
        private final List<TindakLanjut> tindakLanjut = new ArrayList<>();
        private final List<PredikatOpd> predikatOpd = new ArrayList<>();
        private final LocalDate hariIni;
        private final List<Aktivitas> aktivitas = new ArrayList<>();

        Pembangun(DemoKabupaten kab, long seed, LocalDate hariIni) {
            this.kab = kab;
            this.rnd = new Random(seed * 31 + 6);
            this.hariIni = hariIni;
            this.tahunIni = hariIni.getYear();
            this.tahunLalu = tahunIni - 1;
            this.bulan = bulanAktivitas(hariIni);
            kab.jabatan().forEach(j -> jabatan.put(j.id(), j));
            kab.sasaranOpd()
                    .forEach(s -> sasaranPerOpd
                            .computeIfAbsent(s.opdId(), x -> new ArrayList<>())
                            .add(s));
            kab.unit().stream()
                    .filter(u -> u.indukId() == null)
                    .forEach(u -> jabatanKepalaOpd.add(u.jabatanKepalaId()));
            kab.akun().forEach(a -> {
                if (a.nip() != null) {
                    akunPerNip.put(a.nip(), a.username());
                }
            });
        }

        KinerjaDemo bangun() {
            Map<String, String> predikat = predikatPegawai();
            for (Pegawai p : kab.pegawai()) {
                skpTahunLalu(p, predikat.get(p.nip()));
            }
            for (Pegawai p : kab.pegawai()) {
                skpTahunIni(p);
            }
            aktivitasDisdik();
            return new KinerjaDemo(
                    tahunLalu,
                    bulan,
                    skp,
                    rhk,
                    indikator,
                    perilaku,
                    realisasi,
                    evaluasi,
                    predikatOpd,
                    tindakLanjut,
                    aktivitas);
        }

        // -------------------------------------------------------------------------------- predikat

        /** Sets the organisational predikat of every OPD and deals out the employees' predikat per OPD. */
        private Map<String, String> predikatPegawai() {
            Map<Long, List<String>> perOpd = new LinkedHashMap<>();
            kab.opd().forEach(o -> perOpd.put(o.id(), new ArrayList<>()));
            kab.pegawai().forEach(p -> perOpd.get(p.opdId()).add(p.nip()));
            List<Opd> opd = new ArrayList<>(kab.opd());
            Collections.shuffle(opd, rnd);
            Map<Long, String> org = new HashMap<>();
            int istimewa = Math.max(1, Math.round(opd.size() * 0.2f));
            Opd butuhPerbaikan = opd.stream()
                    .filter(o -> !o.kode().equals("DISDIK")
                            && !o.kode().equals("SETDA")
                            && perOpd.get(o.id()).size() >= 5)
                    .findFirst()
                    .orElse(opd.get(opd.size() - 1));
            org.put(butuhPerbaikan.id(), "BUTUH_PERBAIKAN");
            for (Opd o : opd) {
                if (org.containsKey(o.id())) {
                    continue;
                }
                org.put(o.id(), istimewa-- > 0 ? "ISTIMEWA" : "BAIK");
            }
            Map<String, String> hasil = new HashMap<>();
            long id = 1;
            for (Opd o : kab.opd()) {
                String po = org.get(o.id());
                predikatOpd.add(new PredikatOpd(
                        id++, o.id(), tahunLalu, po, "Hasil evaluasi SAKIP tahun " + tahunLalu + " (data demo)"));
                List<String> nip = new ArrayList<>(perOpd.get(o.id()));
                Collections.shuffle(nip, rnd);
                List<String> bagian = bagi(po, nip.size());
                for (int i = 0; i < nip.size(); i++) {
                    hasil.put(nip.get(i), bagian.get(i));
                }
            }
            return hasil;
        }

        /** The employee predikat of an OPD of {@code n} people with organisational predikat {@code po}. */
        static List<String> bagi(String po, int n) {
            int sb;
            int bp;
            int k;
            switch (po) {
                case "ISTIMEWA" -> {
                    sb = Math.min(70 * n / 100, Math.round(0.35f * n));
                    bp = n / 40;
                    k = n / 150;
                }
                case "BUTUH_PERBAIKAN" -> {
                    bp = (60 * n + 99) / 100;
                    sb = Math.min(n / 20, n - bp);
                    k = Math.min(n / 30, n - bp - sb);
                }
                default -> { // BAIK: at most 70 % Baik and at least one Butuh Perbaikan or Kurang
                    int bpk = n >= 2 ? Math.max(1, Math.round(0.06f * n)) : 0;
                    k = Math.max(0, Math.min(bpk - 1, n / 100));
                    bp = bpk - k;
                    int b = Math.min(70 * n / 100, n - bpk);
                    sb = n - b - bpk;
                }
            }
            List<String> hasil = new ArrayList<>(n);
            hasil.addAll(Collections.nCopies(sb, "SANGAT_BAIK"));
            hasil.addAll(Collections.nCopies(bp, "BUTUH_PERBAIKAN"));
            hasil.addAll(Collections.nCopies(k, "KURANG"));
            hasil.addAll(Collections.nCopies(n - sb - bp - k, "BAIK"));
            return hasil;
        }

        /** Ratings (hasil kerja, perilaku) that give {@code predikat} in the 3×3 matrix. */
        private String[] rating(String predikat) {
            int r = rnd.nextInt(100);
            return switch (predikat) {
                case "SANGAT_BAIK" -> new String[] {"DI_ATAS", "DI_ATAS"};
                case "BAIK" ->
                    r < 70
                            ? new String[] {"SESUAI", "SESUAI"}
                            : r < 90 ? new String[] {"DI_ATAS", "SESUAI"} : new String[] {"SESUAI", "DI_ATAS"};
                case "BUTUH_PERBAIKAN" ->
                    r < 85 ? new String[] {"DI_BAWAH", "SESUAI"} : new String[] {"DI_BAWAH", "DI_ATAS"};
                case "KURANG" -> r < 80 ? new String[] {"SESUAI", "DI_BAWAH"} : new String[] {"DI_ATAS", "DI_BAWAH"};
                default -> new String[] {"DI_BAWAH", "DI_BAWAH"};
            };
        }

        /** The 3×3 matrix of PermenPANRB 6/2022: module kinerja's rule, on the database codes. */
        static String predikat(String hasilKerja, String perilaku) {
            return MatriksPredikat.predikat(Ekspektasi.valueOf(hasilKerja), Ekspektasi.valueOf(perilaku))
                    .name();
        }

        /** A quarter's rating: mostly the year's, sometimes one step nearer the expectation. */
        private String triwulan(String tahunan) {
            return rnd.nextInt(100) < 75 ? tahunan : "SESUAI";
        }

        private void evaluasiTriwulan(Pegawai p, long skpId, int tahun, @Nullable String[] akhir) {
            String penilai = p.atasanNip() == null ? "ppk" : akunPerNip.getOrDefault(p.atasanNip(), p.atasanNip());
            for (int q = 1; q <= 4; q++) {
                LocalDate akhirTriwulan = LocalDate.of(tahun, 3 * q, 1)
                        .withDayOfMonth(LocalDate.of(tahun, 3 * q, 1).lengthOfMonth());
                if (!akhirTriwulan.isBefore(hariIni)) {
                    break;
                }
                String h = akhir == null
                        ? (rnd.nextInt(100) < 80 ? "SESUAI" : rnd.nextBoolean() ? "DI_ATAS" : "DI_BAWAH")
                        : q == 4 ? akhir[0] : triwulan(akhir[0]);
                String b = akhir == null
                        ? (rnd.nextInt(100) < 85 ? "SESUAI" : "DI_ATAS")
                        : q == 4 ? akhir[1] : triwulan(akhir[1]);
                String pr = predikat(h, b);
                evaluasi.add(new Evaluasi(
                        evaluasi.size() + 1L,
                        skpId,
                        q,
                        h,
                        b,
                        pr,
                        CATATAN_EVALUASI.get(pr),
                        penilai,
                        OffsetDateTime.of(akhirTriwulan.plusDays(7 + rnd.nextInt(10)), LocalTime.of(10, 0), WIB)));
            }
        }

        private static final Map<String, String> CATATAN_EVALUASI = Map.of(
                "SANGAT_BAIK", "Capaian triwulan melampaui target; pertahankan.",
                "BAIK", "Capaian triwulan sesuai target.",
                "BUTUH_PERBAIKAN", "Beberapa target triwulan belum tercapai; perlu rencana perbaikan bersama atasan.",
                "KURANG", "Target tercapai tetapi perilaku kerja perlu dibina.",
                "SANGAT_KURANG", "Target dan perilaku kerja jauh di bawah ekspektasi.");

        private void tindakLanjut(Pegawai p, Skp s) {
            // which predikat opens which follow-up is module kinerja's rule
            AturanTindakLanjut.TindakLanjutBaku baku = AturanTindakLanjut.STANDAR
                    .untuk(PredikatKinerja.valueOf(s.predikat()))
                    .orElse(null);
            if (baku == null) {
                return;
            }
            JenisTindakLanjut jenis = baku.jenis();
            boolean pembinaan = jenis == JenisTindakLanjut.PEMBINAAN;
            if (s.predikat().equals("BUTUH_PERBAIKAN")) {
                rnd.nextBoolean(); // the draw an earlier version made here: keeps the seeded data after it unchanged
            }
            int r = rnd.nextInt(100);
            String status = r < 40 ? "SELESAI" : r < 80 ? "BERJALAN" : "TERBUKA";
            OffsetDateTime dibuka = s.difinalkanPada() == null ? s.disetujuiPada() : s.difinalkanPada();
            OffsetDateTime selesai = status.equals("SELESAI")
                    ? OffsetDateTime.of(tahunIni, 6, 10 + rnd.nextInt(15), 10, 0, 0, 0, WIB)
                    : null;
            if (selesai != null && !selesai.toLocalDate().isBefore(hariIni)) {
                status = "BERJALAN";
                selesai = null;
            }
            String rencana = status.equals("TERBUKA")
                    ? null
                    : pembinaan
                            ? "Pembinaan oleh atasan langsung: pertemuan bulanan, target mingguan tertulis, pemantauan disiplin."
                            : "Pengembangan kompetensi: pelatihan teknis 20 JP dan pendampingan rekan senior selama tiga bulan.";
            // the atasan recorded the cause before acting (evaluate the cause, then act)
            String penyebab = status.equals("TERBUKA")
                    ? null
                    : pembinaan
                            ? "Perilaku kerja di bawah ekspektasi: sering terlambat dan kurang kolaboratif dalam tim."
                            : "Hasil kerja di bawah ekspektasi: kompetensi teknis untuk tugas baru belum memadai.";
            String hasil = status.equals("SELESAI")
                    ? "Target triwulan II tercapai; perilaku kerja sesuai ekspektasi. Tindak lanjut ditutup."
                    : null;
            tindakLanjut.add(new TindakLanjut(
                    tindakLanjut.size() + 1L,
                    s.id(),
                    p.nip(),
                    s.tahun(),
                    s.predikat(),
                    jenis.name(),
                    p.atasanNip(),
                    status,
                    rencana,
                    hasil,
                    LocalDate.of(tahunIni, 6, 30),
                    dibuka,
                    selesai != null ? selesai : dibuka,
                    selesai,
                    baku.periksaDisiplin(),
                    penyebab));
        }

        /** The year's realisation of an indicator's target, above, at or below it according to the rating. */
        private String capaian(KinerjaDemo.Indikator x, String rating) {
            if (x.aspek().equals("WAKTU")) {
                return switch (rating) {
                    case "DI_ATAS" -> "Seluruh keluaran selesai sebelum jadwal";
                    case "SESUAI" -> "Seluruh keluaran selesai tepat waktu";
                    default -> "Sebagian keluaran terlambat 1–2 bulan";
                };
            }
            String t = x.target();
            int spasi = t.indexOf(' ');
            boolean persen = t.endsWith("%");
            int n = Integer.parseInt(persen ? t.substring(0, t.length() - 1) : t.substring(0, spasi));
            String sisa = persen ? "%" : t.substring(spasi);
            int capai = switch (rating) {
                case "DI_ATAS" -> persen ? Math.min(100, n + 3 + rnd.nextInt(5)) : n + 1 + n / 5;
                case "SESUAI" -> n;
                default -> Math.max(1, n * (55 + rnd.nextInt(25)) / 100);
            };
            return capai + sisa;
        }

        // -------------------------------------------------------------------------------- SKP

        private static OffsetDateTime pada(int tahun, int bulan, int hari, int jam) {
            return OffsetDateTime.of(tahun, bulan, hari, jam, 0, 0, 0, WIB);
        }

        private void skpTahunLalu(Pegawai p, String predikat) {
            String[] r = rating(predikat);
            long id = skp.size() + 1L;
            int t = tahunLalu;
            skp.add(new Skp(
                    id,
                    p.nip(),
                    t,
                    "FINAL",
                    p.atasanNip(),
                    p.opdId(),
                    p.unitId(),
                    p.jabatanId(),
                    r[0],
                    r[1],
                    predikat,
                    pada(t, 1, 8 + rnd.nextInt(5), 9),
                    pada(t, 1, 15 + rnd.nextInt(10), 10),
                    pada(t + 1, 1, 5 + rnd.nextInt(10), 14),
                    pada(t + 1, 1, 26 + rnd.nextInt(4), 15)));
            int indikatorAwal = indikator.size();
            rencana(p, id, t);
            String pencatat = akunPerNip.getOrDefault(p.nip(), p.nip());
            for (KinerjaDemo.Indikator x : indikator.subList(indikatorAwal, indikator.size())) {
                realisasi.add(new Realisasi(
                        realisasi.size() + 1L,
                        id,
                        x.id(),
                        4,
                        capaian(x, r[0]),
                        "https://arsip.kabupatencontoh.go.id/skp/" + t + "/" + p.nip() + "/" + x.id() + ".pdf",
                        pencatat,
                        pada(t, 12, 20 + rnd.nextInt(9), 15)));
            }
            for (int i = 0; i < BERAKHLAK.size(); i++) {
                perilaku.add(new Perilaku(id, BERAKHLAK.get(i), catatanPerilaku(i, r[1])));
            }
            evaluasiTriwulan(p, id, t, r);
            tindakLanjut(p, skp.get(skp.size() - 1));
        }

        private void skpTahunIni(Pegawai p) {
            long id = skp.size() + 1L;
            int t = tahunIni;
            skp.add(new Skp(
                    id,
                    p.nip(),
                    t,
                    "DISETUJUI",
                    p.atasanNip(),
                    p.opdId(),
                    p.unitId(),
                    p.jabatanId(),
                    null,
                    null,
                    null,
                    pada(t, 1, 8 + rnd.nextInt(5), 9),
                    pada(t, 1, 15 + rnd.nextInt(10), 10),
                    null,
                    null));
            rencana(p, id, t);
            evaluasiTriwulan(p, id, t, null);
        }

        /** The RHK and indicators of one SKP, each UTAMA RHK intervening an RHK of the atasan's SKP of the year. */
        private void rencana(Pegawai p, long skpId, int tahun) {
            Jabatan j = jabatan.get(p.jabatanId());
            List<Long> atasan = p.atasanNip() == null
                    ? List.of()
                    : rhkUtama.getOrDefault(tahun, Map.of()).getOrDefault(p.atasanNip(), List.of());
            List<Long> milik = new ArrayList<>();
            int urutan = 1;
            List<SasaranOpd> sasaran =
                    jabatanKepalaOpd.contains(j.id()) ? sasaranPerOpd.getOrDefault(j.opdId(), List.of()) : List.of();
            if (!sasaran.isEmpty()) {
                // JPT: the RHK come from the Perjanjian Kinerja, one per sasaran of the OPD
                for (SasaranOpd s : sasaran) {
                    long rid = rhk.size() + 1L;
                    Long induk = atasan.isEmpty() ? null : atasan.get((urutan - 1) % atasan.size());
                    rhk.add(new Rhk(rid, skpId, urutan++, s.uraian(), "UTAMA", induk, s.id()));
                    indikator.add(new Indikator(
                            indikator.size() + 1L, rid, "KUANTITAS", s.indikator(), (70 + rnd.nextInt(26)) + "%"));
                    indikator.add(new Indikator(
                            indikator.size() + 1L,
                            rid,
                            "WAKTU",
                            "Capaian kinerja dilaporkan dalam LKjIP tepat waktu",
                            "12 bulan"));
                    milik.add(rid);
                }
            } else {
                for (Jabatan.HasilKerja h : j.hasilKerja()) {
                    long rid = rhk.size() + 1L;
                    Long induk = atasan.isEmpty() ? null : atasan.get((urutan - 1) % atasan.size());
                    rhk.add(new Rhk(rid, skpId, urutan++, "Tersedianya " + huruf(h.produk()), "UTAMA", induk, null));
                    indikator.add(new Indikator(
                            indikator.size() + 1L,
                            rid,
                            "KUANTITAS",
                            "Jumlah " + huruf(h.produk()),
                            (2 + rnd.nextInt(23)) + " " + h.satuan()));
                    indikator.add(new Indikator(
                            indikator.size() + 1L,
                            rid,
                            "KUALITAS",
                            "Persentase " + huruf(h.produk()) + " yang diterima tanpa revisi",
                            (85 + 5 * rnd.nextInt(4)) + "%"));
                    if (rnd.nextInt(3) == 0) {
                        indikator.add(new Indikator(
                                indikator.size() + 1L, rid, "WAKTU", "Ketepatan waktu penyelesaian", "12 bulan"));
                    }
                    milik.add(rid);
                }
            }
            if (rnd.nextInt(100) < 15) {
                long rid = rhk.size() + 1L;
                rhk.add(new Rhk(
                        rid,
                        skpId,
                        urutan,
                        "Terlaksananya tugas tambahan sebagai anggota tim kerja " + "lintas bidang",
                        "TAMBAHAN",
                        null,
                        null));
                indikator.add(new Indikator(
                        indikator.size() + 1L,
                        rid,
                        "KUANTITAS",
                        "Jumlah laporan tim kerja",
                        (2 + rnd.nextInt(3)) + " laporan"));
            }
            rhkUtama.computeIfAbsent(tahun, x -> new HashMap<>()).put(p.nip(), milik);
        }

        private static String huruf(String s) {
            return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }

        private static final String[][] CATATAN = {
            {
                "Layanan kepada pemangku kepentingan kurang responsif; beberapa keluhan tidak ditindaklanjuti.",
                "Memberikan layanan yang ramah dan solutif sesuai standar pelayanan.",
                "Proaktif memperbaiki layanan dan menjadi rujukan rekan kerja dalam melayani."
            },
            {
                "Beberapa pekerjaan terlambat dan pertanggungjawaban belum tertib.",
                "Melaksanakan tugas dengan jujur, tertib, dan dapat dipertanggungjawabkan.",
                "Sangat disiplin dan transparan; laporan selalu lengkap dan tepat waktu."
            },
            {
                "Perlu meningkatkan penguasaan tugas; masih sering membutuhkan arahan.",
                "Menguasai tugas jabatan dan terus belajar mengembangkan kapabilitas.",
                "Aktif berbagi pengetahuan dan membimbing rekan kerja."
            },
            {
                "Perlu memperbaiki komunikasi dan kerja sama dengan rekan kerja.",
                "Menghargai setiap orang dan membangun lingkungan kerja yang kondusif.",
                "Menjadi perekat tim dan membantu menyelesaikan perbedaan pendapat."
            },
            {
                "Kurang menjaga kepentingan organisasi dalam beberapa kesempatan.",
                "Berdedikasi dan mengutamakan kepentingan bangsa dan negara.",
                "Menjaga nama baik instansi dan menjadi teladan kesetiaan pada tugas."
            },
            {
                "Lambat menyesuaikan diri dengan perubahan cara kerja.",
                "Cepat menyesuaikan diri dan antusias menghadapi perubahan.",
                "Memprakarsai perbaikan cara kerja dan inovasi di unit."
            },
            {
                "Jarang terlibat dalam kerja tim lintas bidang.",
                "Bersedia bekerja sama dan terbuka terhadap kontribusi pihak lain.",
                "Menggerakkan kolaborasi lintas unit untuk mencapai sasaran bersama."
            }
        };

        private String catatanPerilaku(int nilai, String rating) {
            int k = switch (rating) {
                case "DI_ATAS" -> rnd.nextInt(7) < 5 ? 2 : 1;
                case "DI_BAWAH" -> rnd.nextInt(7) < 4 ? 0 : 1;
                default -> rnd.nextInt(14) == 0 ? 2 : 1;
            };
            return CATATAN[nilai][k];
        }

        // -------------------------------------------------------------------------------- activity logs

        private static final LocalTime[][] POLA_PAGI = {
            {LocalTime.of(7, 30), LocalTime.of(9, 30), LocalTime.of(9, 45), LocalTime.of(12, 0)},
            {LocalTime.of(7, 30), LocalTime.of(10, 0), LocalTime.of(10, 0), LocalTime.of(11, 45)},
            {LocalTime.of(7, 45), LocalTime.of(9, 0), LocalTime.of(9, 15), LocalTime.of(12, 0)},
            {LocalTime.of(7, 30), LocalTime.of(8, 30), LocalTime.of(8, 45), LocalTime.of(11, 30)}
        };

        private static final LocalTime[][] POLA_SIANG = {
            {LocalTime.of(13, 0), LocalTime.of(14, 30), LocalTime.of(14, 45), LocalTime.of(16, 0)},
            {LocalTime.of(13, 0), LocalTime.of(15, 45)},
            {LocalTime.of(13, 15), LocalTime.of(15, 0), LocalTime.of(15, 0), LocalTime.of(16, 0)},
            {LocalTime.of(13, 0), LocalTime.of(14, 0), LocalTime.of(14, 15), LocalTime.of(15, 30)}
        };

        private void aktivitasDisdik() {
            Opd disdik = kab.opd().stream()
                    .filter(o -> o.kode().equals("DISDIK"))
                    .findFirst()
                    .orElseThrow();
            List<Pegawai> pegawai =
                    kab.pegawai().stream().filter(p -> p.opdId() == disdik.id()).toList();
            List<Jabatan> jabatanDisdik =
                    kab.jabatan().stream().filter(j -> j.opdId() == disdik.id()).toList();
            // A few people whose work mostly belongs to another jabatan of the OPD (a re-placement signal).
            int lain = Math.max(2, pegawai.size() / 40);
            List<Pegawai> acak = new ArrayList<>(pegawai);
            Collections.shuffle(acak, rnd);
            Map<String, Jabatan> jabatanLain = new HashMap<>();
            for (Pegawai p : acak) {
                if (jabatanLain.size() >= lain) {
                    break;
                }
                if (akunPerNip.containsKey(p.nip()) || jabatanKepalaOpd.contains(p.jabatanId())) {
                    continue;
                }
                Jabatan j = jabatan.get(p.jabatanId());
                List<Jabatan> kandidat = jabatanDisdik.stream()
                        .filter(x -> x.id() != j.id() && !x.nama().equals(j.nama()) && x.unitId() == j.unitId())
                        .toList();
                if (kandidat.isEmpty()) {
                    kandidat = jabatanDisdik.stream()
                            .filter(x -> x.id() != j.id() && !x.nama().equals(j.nama()))
                            .toList();
                }
                jabatanLain.put(p.nip(), kandidat.get(rnd.nextInt(kandidat.size())));
            }
            Map<String, Pegawai> perNip = new HashMap<>();
            kab.pegawai().forEach(p -> perNip.put(p.nip(), p));
            Map<String, List<Long>> rhkBulan = rhkUtama.getOrDefault(bulan.getYear(), Map.of());
            List<LocalDate> hariKerja = new ArrayList<>();
            for (LocalDate d = bulan.atDay(1); !d.isAfter(bulan.atEndOfMonth()); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    hariKerja.add(d);
                }
            }
            LocalDate batasVerifikasi = hariKerja.get(Math.max(0, hariKerja.size() - 5));
            for (Pegawai p : pegawai) {
                Jabatan sendiri = jabatan.get(p.jabatanId());
                List<String> tugasSendiri = butir(sendiri.uraianTugas());
                Jabatan jl = jabatanLain.get(p.nip());
                List<String> tugasLain = jl == null ? List.of() : butir(jl.uraianTugas());
                List<Long> rhkSendiri = rhkBulan.getOrDefault(p.nip(), List.of());
                String pencatat = akunPerNip.getOrDefault(p.nip(), p.nip());
                String atasan = p.atasanNip();
                boolean diverifikasi = atasan != null && rnd.nextInt(100) < 65;
                String verifikator = atasan == null ? null : akunPerNip.getOrDefault(atasan, atasan);
                for (LocalDate d : hariKerja) {
                    if (rnd.nextInt(100) < 4) {
                        continue; // leave, sick or official travel without a log
                    }
                    List<LocalTime> jam = new ArrayList<>();
                    jam.addAll(Arrays.asList(POLA_PAGI[rnd.nextInt(POLA_PAGI.length)]));
                    jam.addAll(Arrays.asList(POLA_SIANG[rnd.nextInt(POLA_SIANG.length)]));
                    for (int i = 0; i + 1 < jam.size(); i += 2) {
                        boolean diLain = jl != null && rnd.nextInt(100) < 75;
                        Jabatan pemilik = diLain ? jl : sendiri;
                        List<String> tugas = diLain ? tugasLain : tugasSendiri;
                        int ke = 1 + rnd.nextInt(tugas.size());
                        Long r = !diLain && !rhkSendiri.isEmpty() && rnd.nextInt(100) < 60
                                ? rhkSendiri.get(rnd.nextInt(rhkSendiri.size()))
                                : null;
                        String keluaran = pemilik.hasilKerja().isEmpty() || rnd.nextBoolean()
                                ? null
                                : pemilik.hasilKerja()
                                        .get(rnd.nextInt(pemilik.hasilKerja().size()))
                                        .produk();
                        LocalTime selesai = jam.get(i + 1);
                        boolean sudah = diverifikasi && d.isBefore(batasVerifikasi);
                        aktivitas.add(new Aktivitas(
                                aktivitas.size() + 1L,
                                p.nip(),
                                d,
                                jam.get(i),
                                selesai,
                                tugas.get(ke - 1),
                                keluaran,
                                sendiri.id(),
                                pemilik.id(),
                                ke,
                                r,
                                sudah ? "DIVERIFIKASI" : "DICATAT",
                                sudah ? verifikator : null,
                                sudah ? OffsetDateTime.of(d.plusDays(3), LocalTime.of(9, 0), WIB) : null,
                                pencatat,
                                OffsetDateTime.of(d, selesai.plusMinutes(5 + rnd.nextInt(20)), WIB)));
                    }
                }
            }
        }

        /** The non-blank lines of an uraian tugas, as kinerja's ButirTugas numbers them (1-based). */
        static List<String> butir(String uraianTugas) {
            return Arrays.stream(uraianTugas.split("\\R"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
    }
}
