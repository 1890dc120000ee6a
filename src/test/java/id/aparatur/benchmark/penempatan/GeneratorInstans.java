package id.aparatur.benchmark.penempatan;

import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.penempatan.mesin.JabatanMasukan;
import id.aparatur.penempatan.mesin.Masalah;
import id.aparatur.penempatan.mesin.PegawaiMasukan;
import id.aparatur.penempatan.mesin.Syarat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seeded generator of placement instances for the benchmarks of issue 4 (deterministic per seed: the same seed and size
 * give the same {@link Masalah} and byte-identical JSON).
 *
 * <p>Family {@link Keluarga#REALISTIS}: a Pemda as BKD sees it. About 40 % guru and 15 % tenaga kesehatan (JF in
 * schools, puskesmas and the RSUD), other JF and pelaksana in the seksi, subbagian and UPT of ~32 OPD and the
 * kecamatan, ~6 % pengawas, ~2 % administrator and a handful of JPT. The same nomenclature (Guru Kelas Ahli Pertama,
 * Pengadministrasi Perkantoran, Perawat Terampil, …) repeats across hundreds of units with the same SKJ, kelas and
 * rumpun, so many positions share one cost <em>tipe</em>; one position in ten carries a unit-specific SKJ variant.
 * Kuota 1–5; the seats total the employee count ±5 %; a few percent of seats are vacant and a few positions are
 * over-filled. An SKJ has 6–12 lines (5–8 of the managerial M.01–M.08, the sosiokultural SK.01, 0–3 technical
 * T.&lt;rumpun&gt;.nn) with required levels by jenjang (PermenPANRB 38/2017 style) and integer weights 1–3. Employees' levels
 * sit near the requirement of their current position (mostly equal, ±1, rarely ±2), so the gap costs are small integers
 * with many zeros and many ties, as in real assessment data. ~60 % of employees state 1–3 rumpun of interest; everyone
 * holds a current position, and their kelas is that position's kelas (2 % differ by one, stale data).
 *
 * <p>Family {@link Keluarga#GAPHARD}: the stress family of {@code shared/domain/assignment-solvers.md}: one jenjang,
 * 10 competencies, employee levels 1–4, each position requires 6 of them at level 3–5 with weights 1–3, every position
 * its own SKJ (no shared tipe), kuota 4.
 *
 * <p>Command line (writes {@code penempatan-<keluarga>-<ukuran>.json} per size and prints one summary line each):
 *
 * <pre>
 * java -cp target/test-classes:&lt;test classpath&gt; id.aparatur.benchmark.penempatan.GeneratorInstans \
 *     --seed=20261128 --ukuran=3000,10000,60000 --keluarga=realistis,gaphard --keluar=target/benchmark/penempatan
 * </pre>
 */
public final class GeneratorInstans {

    /** Instance family. */
    public enum Keluarga {
        REALISTIS,
        GAPHARD;

        String nama() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A generated instance.
     *
     * @param keluarga the family
     * @param seed the seed it was drawn with
     * @param masalah the engine problem (default weights, no extra rules)
     */
    public record InstansUji(Keluarga keluarga, long seed, Masalah masalah) {

        public String nama() {
            return "penempatan-" + keluarga.nama() + "-" + masalah.pegawai().size();
        }

        public int jumlahKursi() {
            return masalah.jabatan().stream().mapToInt(JabatanMasukan::kuota).sum();
        }

        /** The request body of {@code POST /api/v1/penempatan/optimasi} (field names of the API contract). */
        public void tulisJson(Writer w) throws IOException {
            GeneratorInstans.tulisJson(masalah, w);
        }

        public String json() {
            StringWriter w = new StringWriter();
            try {
                tulisJson(w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return w.toString();
        }
    }

    // ------------------------------------------------------------------------------------------ catalogue

    static final String JPT = "JPT_PRATAMA";
    static final String ADMINISTRATOR = "ADMINISTRATOR";
    static final String PENGAWAS = "PENGAWAS";
    static final String PELAKSANA = "PELAKSANA";
    static final String AHLI_PERTAMA = "AHLI_PERTAMA";
    static final String AHLI_MUDA = "AHLI_MUDA";
    static final String AHLI_MADYA = "AHLI_MADYA";
    static final String TERAMPIL = "TERAMPIL";
    static final String MAHIR = "MAHIR";

    static final List<String> RUMPUN = List.of(
            "PEM", "KEU", "SDM", "REN", "PDK", "KES", "PUR", "PTN", "SOS", "EKO", "HKM", "WAS", "TIK", "LH", "HUB",
            "TRB", "DUK", "ARS", "PAR");

    static final List<String> MANAJERIAL = List.of("M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08");
    static final String SOSIOKULTURAL = "SK.01";

    /** A position template: the same nomenclature gets the same SKJ wherever it appears. */
    private record Templat(String nama, String jenjang, int kelas, String rumpun) {}

    private static Templat t(String nama, String jenjang, int kelas, String rumpun) {
        return new Templat(nama, jenjang, kelas, rumpun);
    }

    /** OPD: kode and rumpun (Setda and the kecamatan are added separately). */
    private static final List<String[]> OPD = List.of(
            new String[] {"SETWAN", "PEM"},
            new String[] {"INSP", "WAS"},
            new String[] {"DISDIK", "PDK"},
            new String[] {"DINKES", "KES"},
            new String[] {"DPUPR", "PUR"},
            new String[] {"DPKP", "PUR"},
            new String[] {"SATPOLPP", "TRB"},
            new String[] {"DINSOS", "SOS"},
            new String[] {"DISNAKER", "EKO"},
            new String[] {"DP3A", "SOS"},
            new String[] {"DKP", "PTN"},
            new String[] {"DLH", "LH"},
            new String[] {"DISDUKCAPIL", "DUK"},
            new String[] {"DPMD", "PEM"},
            new String[] {"DISHUB", "HUB"},
            new String[] {"DISKOMINFO", "TIK"},
            new String[] {"DISKOPUM", "EKO"},
            new String[] {"DPMPTSP", "EKO"},
            new String[] {"DISPORA", "PAR"},
            new String[] {"DISPARBUD", "PAR"},
            new String[] {"DISPUSIP", "ARS"},
            new String[] {"DISKAN", "PTN"},
            new String[] {"DISTAN", "PTN"},
            new String[] {"DISPERINDAG", "EKO"},
            new String[] {"BAPPEDA", "REN"},
            new String[] {"BKPSDM", "SDM"},
            new String[] {"BPKAD", "KEU"},
            new String[] {"BAPENDA", "KEU"},
            new String[] {"BPBD", "TRB"},
            new String[] {"KESBANGPOL", "PEM"},
            new String[] {"RSUD", "KES"});

    private static final Templat PENGADMINISTRASI = t("Pengadministrasi Perkantoran", PELAKSANA, 5, "ARS");

    /** Pelaksana and JF of the secretariat's subbagian (rumpun SDM, KEU, REN). */
    private static final Map<String, List<Templat>> SEKRETARIAT = Map.of(
            "SDM",
                    List.of(
                            PENGADMINISTRASI,
                            t("Pengelola Kepegawaian", PELAKSANA, 6, "SDM"),
                            t("Analis Kepegawaian", PELAKSANA, 7, "SDM"),
                            t("Arsiparis", TERAMPIL, 6, "ARS"),
                            t("Pengelola Barang Milik Daerah", PELAKSANA, 6, "KEU")),
            "KEU",
                    List.of(
                            PENGADMINISTRASI,
                            t("Bendahara", PELAKSANA, 6, "KEU"),
                            t("Pengelola Keuangan", PELAKSANA, 6, "KEU"),
                            t("Penyusun Laporan Keuangan", PELAKSANA, 7, "KEU")),
            "REN",
                    List.of(
                            PENGADMINISTRASI,
                            t("Pengolah Data", PELAKSANA, 6, "REN"),
                            t("Analis Perencanaan", PELAKSANA, 7, "REN"),
                            t("Perencana", AHLI_PERTAMA, 8, "REN"),
                            t("Perencana", AHLI_MUDA, 10, "REN")));

    /** Staff every seksi may have; rumpun null = the unit's rumpun. */
    private static final List<Templat> STAF_UMUM = List.of(
            PENGADMINISTRASI,
            t("Pengolah Data", PELAKSANA, 6, null),
            t("Pengelola Layanan Operasional", PELAKSANA, 6, null),
            t("Analis Kebijakan", PELAKSANA, 7, null),
            t("Pengelola Program dan Kegiatan", PELAKSANA, 7, null),
            t("Pranata Komputer", AHLI_PERTAMA, 8, "TIK"));

    /** Jabatan fungsional per rumpun, placed in bidang, seksi and UPT. */
    private static final Map<String, List<Templat>> FUNGSIONAL = Map.ofEntries(
            Map.entry(
                    "PDK",
                    List.of(t("Pengawas Sekolah", AHLI_MUDA, 10, "PDK"), t("Pamong Belajar", AHLI_PERTAMA, 8, "PDK"))),
            Map.entry(
                    "KES",
                    List.of(
                            t("Epidemiolog Kesehatan", AHLI_PERTAMA, 8, "KES"),
                            t("Penyuluh Kesehatan Masyarakat", AHLI_PERTAMA, 8, "KES"),
                            t("Sanitarian", TERAMPIL, 6, "KES"))),
            Map.entry(
                    "PUR",
                    List.of(
                            t("Teknik Jalan dan Jembatan", AHLI_PERTAMA, 8, "PUR"),
                            t("Penata Ruang", AHLI_PERTAMA, 8, "PUR"),
                            t("Teknik Pengairan", AHLI_MUDA, 10, "PUR"))),
            Map.entry(
                    "TRB",
                    List.of(
                            t("Polisi Pamong Praja", TERAMPIL, 6, "TRB"),
                            t("Polisi Pamong Praja", MAHIR, 7, "TRB"),
                            t("Analis Kebencanaan", AHLI_PERTAMA, 8, "TRB"))),
            Map.entry(
                    "SOS",
                    List.of(t("Pekerja Sosial", AHLI_PERTAMA, 8, "SOS"), t("Penyuluh Sosial", AHLI_MUDA, 10, "SOS"))),
            Map.entry(
                    "EKO",
                    List.of(
                            t("Pengawas Perdagangan", AHLI_PERTAMA, 8, "EKO"),
                            t("Mediator Hubungan Industrial", AHLI_MUDA, 10, "EKO"),
                            t("Penera", TERAMPIL, 6, "EKO"))),
            Map.entry(
                    "PTN",
                    List.of(
                            t("Penyuluh Pertanian", AHLI_PERTAMA, 8, "PTN"),
                            t("Penyuluh Pertanian", TERAMPIL, 6, "PTN"),
                            t("Pengawas Mutu Hasil Pertanian", AHLI_PERTAMA, 8, "PTN"))),
            Map.entry(
                    "LH",
                    List.of(
                            t("Pengendali Dampak Lingkungan", AHLI_PERTAMA, 8, "LH"),
                            t("Pengawas Lingkungan Hidup", AHLI_MUDA, 10, "LH"))),
            Map.entry(
                    "HUB",
                    List.of(
                            t("Penguji Kendaraan Bermotor", TERAMPIL, 6, "HUB"),
                            t("Asisten Manajemen Transportasi", MAHIR, 7, "HUB"))),
            Map.entry(
                    "DUK",
                    List.of(
                            t("Administrator Database Kependudukan", AHLI_PERTAMA, 8, "DUK"),
                            t("Operator Layanan Operasional", PELAKSANA, 5, "DUK"))),
            Map.entry("ARS", List.of(t("Pustakawan", AHLI_PERTAMA, 8, "ARS"), t("Arsiparis", AHLI_PERTAMA, 8, "ARS"))),
            Map.entry(
                    "PAR",
                    List.of(
                            t("Pamong Budaya", AHLI_PERTAMA, 8, "PAR"),
                            t("Adyatama Kepariwisataan dan Ekonomi Kreatif", AHLI_PERTAMA, 8, "PAR"))),
            Map.entry(
                    "TIK",
                    List.of(
                            t("Pranata Komputer", AHLI_PERTAMA, 8, "TIK"),
                            t("Pranata Komputer", TERAMPIL, 6, "TIK"),
                            t("Statistisi", AHLI_PERTAMA, 8, "TIK"))),
            Map.entry(
                    "WAS",
                    List.of(
                            t("Auditor", AHLI_PERTAMA, 8, "WAS"),
                            t("Auditor", AHLI_MUDA, 10, "WAS"),
                            t("Auditor", AHLI_MADYA, 12, "WAS"),
                            t("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", AHLI_PERTAMA, 8, "WAS"))),
            Map.entry(
                    "SDM",
                    List.of(
                            t("Analis SDM Aparatur", AHLI_PERTAMA, 8, "SDM"),
                            t("Analis SDM Aparatur", AHLI_MUDA, 10, "SDM"),
                            t("Asesor SDM Aparatur", AHLI_PERTAMA, 8, "SDM"))),
            Map.entry(
                    "KEU",
                    List.of(
                            t("Analis Keuangan Pusat dan Daerah", AHLI_PERTAMA, 8, "KEU"),
                            t("Analis Keuangan Pusat dan Daerah", AHLI_MUDA, 10, "KEU"))),
            Map.entry(
                    "REN",
                    List.of(
                            t("Perencana", AHLI_PERTAMA, 8, "REN"),
                            t("Perencana", AHLI_MUDA, 10, "REN"),
                            t("Peneliti", AHLI_PERTAMA, 8, "REN"))),
            Map.entry(
                    "PEM",
                    List.of(
                            t("Analis Kebijakan", AHLI_PERTAMA, 8, "PEM"),
                            t("Analis Kebijakan", AHLI_MUDA, 10, "PEM"),
                            t("Perancang Peraturan Perundang-undangan", AHLI_PERTAMA, 8, "HKM"))),
            Map.entry(
                    "HKM",
                    List.of(
                            t("Perancang Peraturan Perundang-undangan", AHLI_PERTAMA, 8, "HKM"),
                            t("Penyuluh Hukum", AHLI_PERTAMA, 8, "HKM"))));

    /** Pelaksana nomenclature per rumpun (besides the common staff). */
    private static Templat pelaksanaRumpun(String rumpun, int varian) {
        return switch (varian) {
            case 0 -> t("Pengelola Data " + rumpun, PELAKSANA, 6, rumpun);
            case 1 -> t("Penata Kelola " + rumpun, PELAKSANA, 7, rumpun);
            default -> t("Pengadministrasi Layanan " + rumpun, PELAKSANA, 5, rumpun);
        };
    }

    /** {template, kuota min, kuota max}. */
    private static final Object[][] SD = {
        {t("Guru Kelas", AHLI_PERTAMA, 8, "PDK"), 2, 5},
        {t("Guru Kelas", AHLI_MUDA, 9, "PDK"), 1, 4},
        {t("Guru Pendidikan Agama Islam", AHLI_PERTAMA, 8, "PDK"), 1, 1},
        {t("Guru Pendidikan Jasmani", AHLI_MADYA, 11, "PDK"), 0, 1},
        {PENGADMINISTRASI, 0, 1}
    };

    private static final Object[][] SMP = {
        {t("Guru Mata Pelajaran", AHLI_PERTAMA, 8, "PDK"), 3, 5},
        {t("Guru Mata Pelajaran", AHLI_MUDA, 9, "PDK"), 2, 5},
        {t("Guru Mata Pelajaran", AHLI_MADYA, 11, "PDK"), 1, 3},
        {t("Guru Bimbingan dan Konseling", AHLI_PERTAMA, 8, "PDK"), 1, 2},
        {PENGADMINISTRASI, 1, 2}
    };
    private static final Object[][] PUSKESMAS = {
        {t("Dokter", AHLI_PERTAMA, 8, "KES"), 1, 2},
        {t("Perawat", TERAMPIL, 6, "KES"), 2, 5},
        {t("Perawat", MAHIR, 7, "KES"), 1, 3},
        {t("Bidan", TERAMPIL, 6, "KES"), 2, 5},
        {t("Pranata Laboratorium Kesehatan", TERAMPIL, 6, "KES"), 0, 1},
        {t("Apoteker", AHLI_PERTAMA, 8, "KES"), 0, 1},
        {PENGADMINISTRASI, 1, 1}
    };
    private static final Object[][] RUANG_RSUD = {
        {t("Perawat", TERAMPIL, 6, "KES"), 3, 5},
        {t("Perawat", MAHIR, 7, "KES"), 2, 4},
        {t("Perawat", AHLI_PERTAMA, 8, "KES"), 1, 3},
        {t("Bidan", TERAMPIL, 6, "KES"), 0, 2},
        {t("Dokter", AHLI_PERTAMA, 8, "KES"), 1, 2},
        {t("Dokter", AHLI_MUDA, 10, "KES"), 0, 2},
        {t("Apoteker", AHLI_PERTAMA, 8, "KES"), 0, 1},
        {t("Pranata Laboratorium Kesehatan", TERAMPIL, 6, "KES"), 0, 1}
    };

    /** Base required managerial level per jenjang (PermenPANRB 38/2017: JPT 4, administrator 3, pengawas 2, …). */
    static int levelManajerial(String jenjang) {
        return switch (jenjang) {
            case JPT -> 4;
            case ADMINISTRATOR, AHLI_MADYA -> 3;
            case PENGAWAS, AHLI_MUDA -> 2;
            default -> 1;
        };
    }

    /** Base required technical level per jenjang. */
    static int levelTeknis(String jenjang) {
        return switch (jenjang) {
            case JPT, ADMINISTRATOR, AHLI_MUDA, MAHIR -> 3;
            case AHLI_MADYA -> 4;
            default -> 2;
        };
    }

    // ------------------------------------------------------------------------------------------ generation

    private GeneratorInstans() {}

    /** A realistic Pemda instance with exactly {@code jumlahPegawai} employees. */
    public static InstansUji realistis(long seed, int jumlahPegawai) {
        if (jumlahPegawai < 200) {
            throw new IllegalArgumentException("at least 200 employees: " + jumlahPegawai);
        }
        return new InstansUji(Keluarga.REALISTIS, seed, new Pembangun(seed, jumlahPegawai).bangun());
    }

    /** The {@code gaphard} stress instance: one jenjang, 10 competencies, every position its own SKJ, kuota 4. */
    public static InstansUji gaphard(long seed, int jumlahPegawai) {
        Random rnd = new Random(seed);
        int kuota = 4;
        int nJabatan = Math.max(1, jumlahPegawai / kuota);
        List<String> kode = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            kode.add(String.format("G.%02d", k));
        }
        List<JabatanMasukan> jabatan = new ArrayList<>(nJabatan);
        for (int j = 0; j < nJabatan; j++) {
            List<String> acak = new ArrayList<>(kode);
            java.util.Collections.shuffle(acak, rnd);
            List<String> dipilih = new ArrayList<>(acak.subList(0, 6));
            dipilih.sort(null);
            List<Syarat> skj = new ArrayList<>();
            for (String k : dipilih) {
                skj.add(new Syarat(k, 3 + rnd.nextInt(3), 1 + rnd.nextInt(3)));
            }
            jabatan.add(new JabatanMasukan(String.format("G%06d", j + 1), PELAKSANA, 7, "PEM", kuota, skj));
        }
        Nomor nip = new Nomor(rnd);
        List<PegawaiMasukan> pegawai = new ArrayList<>(jumlahPegawai);
        for (int e = 0; e < jumlahPegawai; e++) {
            Map<String, Integer> lv = new TreeMap<>();
            for (String k : kode) {
                lv.put(k, 1 + rnd.nextInt(4));
            }
            pegawai.add(new PegawaiMasukan(
                    nip.baru(), PELAKSANA, 7, jabatan.get(e % nJabatan).id(), List.of(), lv));
        }
        return new InstansUji(Keluarga.GAPHARD, seed, new Masalah(Bobot.BAKU, jabatan, pegawai));
    }

    public static InstansUji buat(Keluarga keluarga, long seed, int jumlahPegawai) {
        return keluarga == Keluarga.REALISTIS ? realistis(seed, jumlahPegawai) : gaphard(seed, jumlahPegawai);
    }

    /** Unique, valid 18-digit NIPs (birth date, TMT CPNS 18–35 years later, sex, serial). */
    private static final class Nomor {
        private final Random rnd;
        private final Set<String> dipakai = new HashSet<>();

        Nomor(Random rnd) {
            this.rnd = rnd;
        }

        String baru() {
            while (true) {
                int tahun = 1966 + rnd.nextInt(35);
                int bulan = 1 + rnd.nextInt(12);
                int hari = 1 + rnd.nextInt(28);
                int tmt = Math.min(2024, tahun + 19 + rnd.nextInt(17));
                int bulanTmt = 1 + rnd.nextInt(12);
                int kelamin = 1 + rnd.nextInt(2);
                int urut = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 999 : 30);
                String n =
                        String.format("%04d%02d%02d%04d%02d%d%03d", tahun, bulan, hari, tmt, bulanTmt, kelamin, urut);
                if (dipakai.add(n)) {
                    return n;
                }
            }
        }
    }

    /** One realistic generation run; all randomness comes from one {@link Random}. */
    private static final class Pembangun {

        private final Random rnd;
        private final int n;
        /** seats to create: n × (1 ± 5 %). */
        private final int targetKursi;

        private final List<Draf> jabatan = new ArrayList<>();
        /** staff positions (pelaksana and JF outside schools/health units) by unit, for the final fill. */
        private final List<Unit> unitStaf = new ArrayList<>();

        private final Map<String, List<Syarat>> skjTemplat = new HashMap<>();
        private final Map<String, Integer> nomorUnit = new HashMap<>();
        private int kursi;

        Pembangun(long seed, int n) {
            this.rnd = new Random(seed);
            this.n = n;
            double delta = (rnd.nextDouble() * 2 - 1) * 0.05;
            this.targetKursi = (int) Math.round(n * (1 + delta));
        }

        private static final class Draf {
            final String id;
            final Templat templat;
            final String rumpun;
            final List<Syarat> skj;
            int kuota;
            int pemegang;

            Draf(String id, Templat templat, String rumpun, List<Syarat> skj, int kuota) {
                this.id = id;
                this.templat = templat;
                this.rumpun = rumpun;
                this.skj = skj;
                this.kuota = kuota;
            }
        }

        private record Unit(String kode, String rumpun, List<Templat> pool, List<Draf> staf) {}

        private int antara(int a, int b) {
            return a + rnd.nextInt(b - a + 1);
        }

        private String kodeUnit(String induk, String jenis) {
            int k = nomorUnit.merge(induk + "." + jenis, 1, Integer::sum);
            return induk + "." + jenis + k;
        }

        /** SKJ of a template; one position in ten gets a unit-specific variant (one level ±1). */
        private List<Syarat> skj(Templat tp, String rumpun, boolean bolehVarian) {
            List<Syarat> dasar = skjTemplat.computeIfAbsent(
                    tp.nama() + "|" + tp.jenjang() + "|" + rumpun, k -> skjBaru(tp.jenjang(), rumpun));
            if (!bolehVarian || rnd.nextInt(10) != 0) {
                return dasar;
            }
            List<Syarat> v = new ArrayList<>(dasar);
            int i = rnd.nextInt(v.size());
            Syarat s = v.get(i);
            int lv = s.level() <= 1 ? 2 : s.level() >= 5 ? 4 : s.level() + (rnd.nextBoolean() ? 1 : -1);
            v.set(i, new Syarat(s.kode(), lv, s.bobot()));
            return List.copyOf(v);
        }

        /** 5–8 managerial lines (M.01 always), SK.01, 0–3 technical lines: 6–12 in all. */
        private List<Syarat> skjBaru(String jenjang, String rumpun) {
            int m = levelManajerial(jenjang);
            int tk = levelTeknis(jenjang);
            List<String> manajerial = new ArrayList<>(MANAJERIAL.subList(1, MANAJERIAL.size()));
            java.util.Collections.shuffle(manajerial, rnd);
            List<String> kode = new ArrayList<>();
            kode.add("M.01");
            kode.addAll(manajerial.subList(0, antara(4, 7)));
            kode.sort(null);
            List<Syarat> hasil = new ArrayList<>();
            for (String k : kode) {
                hasil.add(new Syarat(k, Math.min(5, m + (rnd.nextInt(4) == 0 ? 1 : 0)), rnd.nextInt(10) < 7 ? 1 : 2));
            }
            hasil.add(new Syarat(SOSIOKULTURAL, Math.min(5, Math.max(1, m - 1 + rnd.nextInt(2))), 1 + rnd.nextInt(2)));
            boolean struktural = jenjang.equals(JPT) || jenjang.equals(ADMINISTRATOR);
            int nTeknis = struktural ? antara(0, 2) : antara(1, 3);
            List<Integer> nomor = new ArrayList<>(List.of(1, 2, 3, 4));
            java.util.Collections.shuffle(nomor, rnd);
            List<Integer> pilih = new ArrayList<>(nomor.subList(0, nTeknis));
            pilih.sort(null);
            for (int no : pilih) {
                int w = rnd.nextInt(10);
                hasil.add(new Syarat(
                        String.format("T.%s.%02d", rumpun, no),
                        Math.min(5, tk + (rnd.nextInt(3) == 0 ? 1 : 0) - (rnd.nextInt(5) == 0 ? 1 : 0)),
                        w < 2 ? 1 : w < 7 ? 2 : 3));
            }
            return List.copyOf(hasil);
        }

        private Draf jabatan(String unit, Templat tp, String rumpunUnit, int kuota, boolean bolehVarian) {
            String rumpun = tp.rumpun() == null ? rumpunUnit : tp.rumpun();
            Draf d = new Draf(unit + "." + (jabatan.size() + 1), tp, rumpun, skj(tp, rumpun, bolehVarian), kuota);
            jabatan.add(d);
            kursi += kuota;
            return d;
        }

        private int kuotaStaf() {
            int r = rnd.nextInt(100);
            return r < 35 ? 1 : r < 60 ? 2 : r < 78 ? 3 : r < 90 ? 4 : 5;
        }

        /** A unit with a head and 1–3 staff positions from its pool; registered for the final fill. */
        private void unitDenganStaf(String kode, String rumpun, Templat kepala, List<Templat> pool) {
            jabatan(kode, kepala, rumpun, 1, true);
            Unit u = new Unit(kode, rumpun, pool, new ArrayList<>());
            int k = antara(1, 3);
            for (int i = 0; i < k; i++) {
                u.staf().add(jabatan(kode, pool.get(rnd.nextInt(pool.size())), rumpun, 1, true));
            }
            unitStaf.add(u);
        }

        private List<Templat> poolTeknis(String rumpun) {
            List<Templat> pool = new ArrayList<>(STAF_UMUM);
            for (int v = 0; v < 3; v++) {
                pool.add(pelaksanaRumpun(rumpun, v));
            }
            pool.addAll(FUNGSIONAL.getOrDefault(rumpun, List.of()));
            return pool;
        }

        private void bidang(String opd, String rumpun) {
            String kode = kodeUnit(opd, "B");
            jabatan(kode, t("Kepala Bidang", ADMINISTRATOR, 11, null), rumpun, 1, true);
            List<Templat> jf = FUNGSIONAL.getOrDefault(rumpun, List.of());
            if (!jf.isEmpty() && rnd.nextBoolean()) {
                jabatan(kode, jf.get(rnd.nextInt(jf.size())), rumpun, antara(1, 2), true);
            }
            int nSeksi = antara(2, 3);
            for (int s = 0; s < nSeksi; s++) {
                unitDenganStaf(kodeUnit(kode, "S"), rumpun, t("Kepala Seksi", PENGAWAS, 9, null), poolTeknis(rumpun));
            }
        }

        private void opd(String kode, String rumpun, int nBidang) {
            jabatan(kode, t("Kepala " + kode, JPT, 14, rumpun), rumpun, 1, false);
            String sek = kode + ".SEK";
            jabatan(sek, t("Sekretaris", ADMINISTRATOR, 11, "SDM"), "SDM", 1, true);
            for (String r : List.of("SDM", "KEU", "REN")) {
                unitDenganStaf(kodeUnit(sek, "SB"), r, t("Kepala Subbagian", PENGAWAS, 9, r), SEKRETARIAT.get(r));
            }
            for (int b = 0; b < nBidang; b++) {
                bidang(kode, rumpun);
            }
        }

        private void setda() {
            jabatan("SETDA", t("Sekretaris Daerah", JPT, 15, "PEM"), "PEM", 1, false);
            for (int i = 1; i <= 3; i++) {
                jabatan("SETDA", t("Staf Ahli Bupati", JPT, 13, "PEM"), "PEM", 1, false);
                String as = "SETDA.A" + i;
                jabatan(as, t("Asisten Sekretaris Daerah", JPT, 13, "PEM"), "PEM", 1, false);
                for (int b = 0; b < 3; b++) {
                    String r = List.of("PEM", "HKM", "SOS", "EKO", "REN", "SDM", "KEU", "ARS", "PEM")
                            .get((i - 1) * 3 + b);
                    String bag = kodeUnit(as, "BAG");
                    jabatan(bag, t("Kepala Bagian", ADMINISTRATOR, 11, null), r, 1, true);
                    for (int s = 0; s < 3; s++) {
                        unitDenganStaf(kodeUnit(bag, "SB"), r, t("Kepala Subbagian", PENGAWAS, 9, null), poolTeknis(r));
                    }
                }
            }
        }

        private void kecamatan(int nKelurahan) {
            String kec = kodeUnit("KEC", "");
            jabatan(kec, t("Camat", ADMINISTRATOR, 11, "PEM"), "PEM", 1, true);
            jabatan(kec, t("Sekretaris Camat", ADMINISTRATOR, 10, "PEM"), "PEM", 1, true);
            for (String r : List.of("PEM", "TRB", "SOS", "DUK")) {
                unitDenganStaf(kodeUnit(kec, "S"), r, t("Kepala Seksi Kecamatan", PENGAWAS, 9, r), poolTeknis(r));
            }
            List<Templat> poolKel = List.of(
                    PENGADMINISTRASI,
                    t("Pengelola Layanan Kependudukan", PELAKSANA, 6, "DUK"),
                    t("Analis Pemberdayaan Masyarakat", PELAKSANA, 7, "PEM"));
            for (int k = 0; k < nKelurahan; k++) {
                unitDenganStaf(kodeUnit(kec, "KEL"), "PEM", t("Lurah", PENGAWAS, 9, "PEM"), poolKel);
            }
        }

        /** A UPTD of an OPD: kepala UPT (pengawas) and 1–3 staff positions; schools/puskesmas are separate. */
        private void upt(String opd, String rumpun) {
            unitDenganStaf(kodeUnit(opd, "UPT"), rumpun, t("Kepala UPT", PENGAWAS, 9, null), poolTeknis(rumpun));
        }

        /** A school, puskesmas or hospital ward; returns its JF seats. */
        private int satuan(String induk, String jenis, String rumpun, Object[][] resep) {
            String kode = kodeUnit(induk, jenis);
            int k = 0;
            for (Object[] r : resep) {
                Templat tp = (Templat) r[0];
                int kuota = antara((Integer) r[1], (Integer) r[2]);
                if (kuota > 0) {
                    jabatan(kode, tp, rumpun, kuota, true);
                    k += tp.jenjang().equals(PELAKSANA) ? 0 : kuota;
                }
            }
            return k;
        }

        Masalah bangun() {
            double g = Math.sqrt(n / 3000.0);
            // core structure, sized by √n (bigger Pemda have more bidang and kecamatan, not proportionally more OPD)
            setda();
            int nBidang = (int) Math.max(2, Math.min(6, Math.round(0.8 + 1.2 * g)));
            for (String[] o : OPD) {
                opd(o[0], o[1], nBidang);
            }
            int nKec = (int) Math.max(4, Math.round(5 * g));
            for (int k = 0; k < nKec; k++) {
                kecamatan(antara(2, 6));
            }
            // administrators ~1.8 %, pengawas ~6 % (extra bidang, then UPTD)
            while (hitung(ADMINISTRATOR) < 0.018 * n) {
                String[] o = OPD.get(rnd.nextInt(OPD.size()));
                bidang(o[0], o[1]);
            }
            while (hitung(PENGAWAS) < 0.06 * n) {
                String[] o = OPD.get(rnd.nextInt(OPD.size()));
                upt(o[0], o[1]);
            }
            // guru ~40 % (SD : SMP = 7 : 3), tenaga kesehatan ~15 % (RSUD ~40 % of them, puskesmas the rest)
            // (a small Pemda keeps ~40 OPD, so its structure takes a larger share: guru and nakes get at most 62 % and
            // 23 % of the seats left)
            int sisa = targetKursi - kursi;
            double targetGuru = Math.min(0.40 * n, 0.62 * sisa);
            double targetNakes = Math.min(0.15 * n, 0.23 * sisa);
            int guru = 0;
            while (guru < targetGuru) {
                guru += rnd.nextInt(10) < 7 ? satuan("DISDIK", "SD", "PDK", SD) : satuan("DISDIK", "SMP", "PDK", SMP);
            }
            int nakes = 0;
            while (nakes < 0.4 * targetNakes) {
                nakes += satuan("RSUD", "RUANG", "KES", RUANG_RSUD);
            }
            while (nakes < targetNakes) {
                nakes += satuan("DINKES", "PKM", "KES", PUSKESMAS);
            }
            // the rest of the seats: pelaksana and other JF in the seksi/subbagian/UPT (existing positions get more
            // seats, or the unit gets another position of its pool)
            while (kursi < targetKursi) {
                Unit u = unitStaf.get(rnd.nextInt(unitStaf.size()));
                int tambah = Math.min(kuotaStaf(), targetKursi - kursi);
                Draf d = u.staf().get(rnd.nextInt(u.staf().size()));
                if (rnd.nextInt(3) > 0 && d.kuota + tambah <= 5) {
                    d.kuota += tambah;
                    kursi += tambah;
                } else {
                    u.staf()
                            .add(jabatan(
                                    u.kode(), u.pool().get(rnd.nextInt(u.pool().size())), u.rumpun(), tambah, true));
                }
            }
            return new Masalah(Bobot.BAKU, jabatanMasukan(), pegawai());
        }

        private int hitung(String jenjang) {
            int s = 0;
            for (Draf d : jabatan) {
                if (d.templat.jenjang().equals(jenjang)) {
                    s += d.kuota;
                }
            }
            return s;
        }

        private List<JabatanMasukan> jabatanMasukan() {
            List<JabatanMasukan> hasil = new ArrayList<>(jabatan.size());
            for (Draf d : jabatan) {
                hasil.add(new JabatanMasukan(d.id, d.templat.jenjang(), d.templat.kelas(), d.rumpun, d.kuota, d.skj));
            }
            return hasil;
        }

        /**
         * Employees: a few percent of the seats stay vacant, ~2 % of the employees over-fill a position that is
         * already full (mostly pelaksana), everyone else holds one seat.
         */
        private List<PegawaiMasukan> pegawai() {
            int lebih = Math.max((int) Math.round(0.02 * n), n - (int) Math.floor(0.97 * kursi));
            int diKursi = n - lebih;
            int[] slot = new int[kursi];
            int p = 0;
            for (int j = 0; j < jabatan.size(); j++) {
                for (int k = 0; k < jabatan.get(j).kuota; k++) {
                    slot[p++] = j;
                }
            }
            for (int i = slot.length - 1; i > 0; i--) { // Fisher–Yates with the run's Random
                int r = rnd.nextInt(i + 1);
                int x = slot[i];
                slot[i] = slot[r];
                slot[r] = x;
            }
            int[] saatIni = new int[n];
            for (int e = 0; e < diKursi; e++) {
                saatIni[e] = slot[e];
                jabatan.get(slot[e]).pemegang++;
            }
            List<Integer> penuhPelaksana = new ArrayList<>();
            List<Integer> penuhLain = new ArrayList<>();
            for (int j = 0; j < jabatan.size(); j++) {
                Draf d = jabatan.get(j);
                if (d.kuota > 0 && d.pemegang >= d.kuota && !d.templat.jenjang().equals(JPT)) {
                    (d.templat.jenjang().equals(PELAKSANA) ? penuhPelaksana : penuhLain).add(j);
                }
            }
            if (penuhPelaksana.isEmpty() && penuhLain.isEmpty()) {
                penuhPelaksana.add(saatIni[0]);
            }
            for (int e = diKursi; e < n; e++) {
                List<Integer> dari = (rnd.nextInt(10) < 7 && !penuhPelaksana.isEmpty()) || penuhLain.isEmpty()
                        ? penuhPelaksana
                        : penuhLain;
                saatIni[e] = dari.get(rnd.nextInt(dari.size()));
            }
            // employees in a random order, not grouped by position
            for (int i = n - 1; i > 0; i--) {
                int r = rnd.nextInt(i + 1);
                int x = saatIni[i];
                saatIni[i] = saatIni[r];
                saatIni[r] = x;
            }
            Nomor nip = new Nomor(rnd);
            List<PegawaiMasukan> hasil = new ArrayList<>(n);
            for (int e = 0; e < n; e++) {
                Draf d = jabatan.get(saatIni[e]);
                int kelas = d.templat.kelas();
                if (rnd.nextInt(50) == 0) {
                    kelas += rnd.nextBoolean() ? 1 : -1;
                }
                hasil.add(new PegawaiMasukan(
                        nip.baru(), d.templat.jenjang(), kelas, d.id, minat(d.rumpun), kompetensi(d)));
            }
            return hasil;
        }

        private List<String> minat(String rumpun) {
            if (rnd.nextInt(10) >= 6) {
                return List.of();
            }
            int r = rnd.nextInt(100);
            int jumlah = r < 50 ? 1 : r < 85 ? 2 : 3;
            List<String> hasil = new ArrayList<>();
            if (rnd.nextInt(4) > 0) {
                hasil.add(rumpun);
            }
            while (hasil.size() < jumlah) {
                String x = RUMPUN.get(rnd.nextInt(RUMPUN.size()));
                if (!hasil.contains(x)) {
                    hasil.add(x);
                }
            }
            return hasil;
        }

        /** Level minus requirement: 0 in 46 %, ±1 in 44 %, ±2 in 10 %. */
        private int selisih() {
            int r = rnd.nextInt(100);
            return r < 4 ? -2 : r < 24 ? -1 : r < 70 ? 0 : r < 94 ? 1 : 2;
        }

        private static int batas(int lv) {
            return Math.max(0, Math.min(5, lv));
        }

        /**
         * All managerial competencies and SK.01 (a full assessment), near the requirement of the current position or,
         * where it asks nothing, the jenjang's usual level; the technical competencies of the current SKJ; sometimes
         * another technical competency of the own rumpun, or one of another rumpun from an earlier position.
         */
        private Map<String, Integer> kompetensi(Draf d) {
            Map<String, Integer> lv = new TreeMap<>();
            String jenjang = d.templat.jenjang();
            for (String m : MANAJERIAL) {
                lv.put(m, batas(levelManajerial(jenjang) + selisih()));
            }
            lv.put(SOSIOKULTURAL, batas(levelManajerial(jenjang) - 1 + selisih()));
            for (Syarat s : d.skj) {
                lv.put(s.kode(), batas(s.level() + selisih()));
            }
            if (rnd.nextBoolean()) {
                String k = String.format("T.%s.%02d", d.rumpun, 1 + rnd.nextInt(4));
                lv.putIfAbsent(k, batas(levelTeknis(jenjang) - 1 + selisih()));
            }
            if (rnd.nextInt(100) < 15) {
                String k = String.format("T.%s.%02d", RUMPUN.get(rnd.nextInt(RUMPUN.size())), 1 + rnd.nextInt(4));
                lv.putIfAbsent(k, 1 + rnd.nextInt(3));
            }
            lv.values().removeIf(x -> x == 0);
            return lv;
        }
    }

    // ------------------------------------------------------------------------------------------ JSON

    /** Writes the API request body; keys of maps are sorted so the bytes depend on the seed only. */
    static void tulisJson(Masalah m, Writer w) throws IOException {
        Bobot b = m.bobot();
        w.write("{\"bobot\":{\"selisihKelas\":" + b.selisihKelas() + ",\"diluarMinat\":" + b.diluarMinat()
                + ",\"pindah\":" + b.pindah() + ",\"tidakDitempatkan\":" + b.tidakDitempatkan() + "},\n\"jabatan\":[");
        for (int j = 0; j < m.jabatan().size(); j++) {
            JabatanMasukan ja = m.jabatan().get(j);
            w.write(j == 0 ? "\n{\"id\":" : ",\n{\"id\":");
            teks(w, ja.id());
            w.write(",\"jenjang\":");
            teks(w, ja.jenjang());
            w.write(",\"kelas\":" + ja.kelas() + ",\"rumpun\":");
            teks(w, ja.rumpun());
            w.write(",\"kuota\":" + ja.kuota() + ",\"standarKompetensi\":[");
            for (int s = 0; s < ja.standarKompetensi().size(); s++) {
                Syarat sy = ja.standarKompetensi().get(s);
                w.write(s == 0 ? "{\"kode\":" : ",{\"kode\":");
                teks(w, sy.kode());
                w.write(",\"level\":" + sy.level() + ",\"bobot\":" + sy.bobot() + "}");
            }
            w.write("]}");
        }
        w.write("],\n\"pegawai\":[");
        for (int e = 0; e < m.pegawai().size(); e++) {
            PegawaiMasukan p = m.pegawai().get(e);
            w.write(e == 0 ? "\n{\"nip\":" : ",\n{\"nip\":");
            teks(w, p.nip());
            w.write(",\"jenjang\":");
            teks(w, p.jenjang());
            w.write(",\"kelas\":" + p.kelas() + ",\"jabatanSaatIni\":");
            if (p.jabatanSaatIni() == null) {
                w.write("null");
            } else {
                teks(w, p.jabatanSaatIni());
            }
            w.write(",\"minatRumpun\":[");
            for (int i = 0; i < p.minatRumpun().size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                teks(w, p.minatRumpun().get(i));
            }
            w.write("],\"kompetensi\":{");
            boolean pertama = true;
            for (Map.Entry<String, Integer> k : new TreeMap<>(p.kompetensi()).entrySet()) {
                if (!pertama) {
                    w.write(',');
                }
                pertama = false;
                teks(w, k.getKey());
                w.write(":" + k.getValue());
            }
            w.write("}}");
        }
        w.write("]}\n");
    }

    private static void teks(Writer w, String s) throws IOException {
        w.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> w.write("\\\"");
                case '\\' -> w.write("\\\\");
                default -> {
                    if (c < 0x20) {
                        w.write(String.format("\\u%04x", (int) c));
                    } else {
                        w.write(c);
                    }
                }
            }
        }
        w.write('"');
    }

    // ------------------------------------------------------------------------------------------ command line

    /** Share of seats per jenjang, for the summary line. */
    static Map<String, Integer> kursiPerJenjang(Masalah m) {
        Map<String, Integer> hasil = new LinkedHashMap<>();
        for (JabatanMasukan j : m.jabatan()) {
            hasil.merge(j.jenjang(), j.kuota(), Integer::sum);
        }
        return hasil;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opsi = new HashMap<>();
        for (String a : args) {
            int i = a.indexOf('=');
            if (!a.startsWith("--") || i < 0) {
                throw new IllegalArgumentException("expected --name=value: " + a);
            }
            opsi.put(a.substring(2, i), a.substring(i + 1));
        }
        long seed = Long.parseLong(opsi.getOrDefault("seed", "20261128"));
        Path keluar = Path.of(opsi.getOrDefault("keluar", "target/benchmark/penempatan"));
        Files.createDirectories(keluar);
        PrintStream out = System.out;
        for (String k : opsi.getOrDefault("keluarga", "realistis").split(",")) {
            Keluarga keluarga = Keluarga.valueOf(k.trim().toUpperCase(java.util.Locale.ROOT));
            for (String u : opsi.getOrDefault("ukuran", "3000,10000,60000").split(",")) {
                InstansUji ins = buat(keluarga, seed, Integer.parseInt(u.trim()));
                Path berkas = keluar.resolve(ins.nama() + ".json");
                String sha = tulis(ins, berkas);
                out.printf(
                        "%s: pegawai=%d jabatan=%d kursi=%d bytes=%d sha256=%s kursi/jenjang=%s%n",
                        berkas,
                        ins.masalah().pegawai().size(),
                        ins.masalah().jabatan().size(),
                        ins.jumlahKursi(),
                        Files.size(berkas),
                        sha.substring(0, 16),
                        kursiPerJenjang(ins.masalah()));
            }
        }
    }

    /** Writes the JSON and returns its SHA-256 (hex). */
    static String tulis(InstansUji ins, Path berkas) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream os = new DigestOutputStream(Files.newOutputStream(berkas), md);
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            ins.tulisJson(w);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
