package id.aparatur.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.shared.GolonganPppk;
import id.aparatur.shared.NiPppk;
import id.aparatur.shared.Nip;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoKabupatenTests {

    private static final long SEED = 20260101L;
    private static final Set<String> JENJANG =
            Set.of("AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA", "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA");

    private static DemoKabupaten kab;

    @BeforeAll
    static void buat() {
        kab = DemoKabupaten.buat(SEED, 3000, ReferensiContoh.anyReferensi());
    }

    @Test
    void seedSamaHasilSama_seedLainHasilBeda() {
        assertThat(DemoKabupaten.buat(SEED, 3000, ReferensiContoh.anyReferensi()))
                .isEqualTo(kab);
        DemoKabupaten lain = DemoKabupaten.buat(SEED + 1, 3000, ReferensiContoh.anyReferensi());
        assertThat(lain).isNotEqualTo(kab);
        assertThat(lain.pegawai().get(0).nip())
                .isNotEqualTo(kab.pegawai().get(0).nip());
        assertThat(lain.asesmen()).isNotEqualTo(kab.asesmen());
        assertThat(lain.riwayat()).isNotEqualTo(kab.riwayat());
    }

    @Test
    void ukuranRealistis() {
        assertThat(kab.opd()).hasSizeBetween(33, 38);
        assertThat(kab.opd()).anySatisfy(o -> {
            assertThat(o.nama()).isEqualTo("Dinas Pendidikan");
            assertThat(o.singkatan()).isEqualTo("Disdik");
        });
        assertThat(kab.opd().stream().filter(o -> o.jenis().equals("KECAMATAN")).count())
                .isBetween(4L, 6L);
        assertThat(kab.misi()).hasSize(5);
        assertThat(kab.jabatan().size()).isBetween(2125, 2875);
        assertThat(kab.pegawai().size()).isBetween(2850, 3150);
    }

    @Test
    void rencanaStrategisBerjenjangSampaiVisi() {
        Set<Long> sasaranPemda =
                kab.sasaranPemda().stream().map(SasaranPemda::id).collect(Collectors.toSet());
        Map<Long, SasaranOpd> sasaranOpd =
                kab.sasaranOpd().stream().collect(Collectors.toMap(SasaranOpd::id, Function.identity()));
        assertThat(kab.sasaranOpd()).allSatisfy(s -> assertThat(sasaranPemda).contains(s.sasaranPemdaId()));
        for (Opd o : kab.opd()) {
            assertThat(kab.tujuanOpd().stream().filter(t -> t.opdId() == o.id()).count())
                    .isBetween(1L, 2L);
            assertThat(kab.sasaranOpd().stream()
                            .filter(s -> s.opdId() == o.id())
                            .count())
                    .isBetween(2L, 3L);
        }
        assertThat(kab.jabatan())
                .allSatisfy(j ->
                        assertThat(sasaranOpd.get(j.sasaranOpdId()).opdId()).isEqualTo(j.opdId()));
    }

    @Test
    void jenisJenjangKelasKonsisten() {
        Set<String> kode = new HashSet<>();
        for (Jabatan j : kab.jabatan()) {
            assertThat(kode.add(j.kode())).as("kode unik %s", j.kode()).isTrue();
            assertThat(j.kode().length()).isLessThanOrEqualTo(40);
            assertThat(j.kelas()).isBetween(1, 17);
            assertThat(j.kuota()).isPositive();
            if (j.jenisJabatan().equals("FUNGSIONAL")) {
                assertThat(JENJANG).contains(j.jenjang());
            } else {
                assertThat(j.jenjang()).isNull();
            }
            assertThat(j.uraianTugas().split("\n")).hasSizeBetween(3, 5);
            assertThat(j.hasilKerja()).hasSizeBetween(1, 3);
            assertThat(j.korelasi())
                    .hasSizeBetween(1, 2)
                    .allSatisfy(k -> assertThat(k.jabatanTerkaitId()).isNotEqualTo(j.id()));
        }
        assertThat(kab.jabatan())
                .filteredOn(j -> j.nama().equals("Sekretaris Daerah"))
                .singleElement()
                .satisfies(j -> {
                    assertThat(j.jenisJabatan()).isEqualTo("JPT_PRATAMA");
                    assertThat(j.kelas()).isEqualTo(15);
                });
        assertThat(kab.jabatan())
                .filteredOn(j -> j.nama().equals("Kepala Dinas Pendidikan"))
                .singleElement()
                .satisfies(j -> assertThat(j.kelas()).isEqualTo(14));
        assertThat(kab.jabatan()).anySatisfy(j -> assertThat(j.nama()).isEqualTo("Guru Kelas Ahli Pertama"));
    }

    @Test
    void bobotSkjBerjumlahSeratus() {
        for (Jabatan j : kab.jabatan()) {
            BigDecimal total = j.kompetensi().stream()
                    .map(Jabatan.KompetensiJabatan::bobot)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).as(j.kode()).isEqualByComparingTo("100");
            assertThat(j.kompetensi()).allSatisfy(k -> {
                assertThat(k.bobot()).isPositive();
                assertThat(k.level()).isBetween(1, 5);
            });
            long teknis = j.kompetensi().stream()
                    .filter(k -> k.kode().startsWith("T."))
                    .count();
            assertThat(teknis).isBetween(2L, 4L);
            assertThat(j.kompetensi())
                    .filteredOn(k -> k.kode().startsWith("T."))
                    .allSatisfy(k -> assertThat(k.kode()).startsWith("T." + j.rumpunKode() + "."));
            assertThat(j.kompetensi()).hasSize(9 + (int) teknis);
        }
    }

    @Test
    void kursiKosongDanBerlebihAda() {
        Map<Long, Long> pemegang =
                kab.pegawai().stream().collect(Collectors.groupingBy(Pegawai::jabatanId, Collectors.counting()));
        int kursi = kab.jabatan().stream().mapToInt(Jabatan::kuota).sum();
        long kosong = kab.jabatan().stream()
                .mapToLong(j -> Math.max(0, j.kuota() - pemegang.getOrDefault(j.id(), 0L)))
                .sum();
        long berlebih = kab.jabatan().stream()
                .filter(j -> pemegang.getOrDefault(j.id(), 0L) > j.kuota())
                .count();
        assertThat((double) kosong / kursi).isBetween(0.05, 0.10);
        assertThat(berlebih).isPositive();
        assertThat((double) berlebih / kab.jabatan().size()).isLessThan(0.03);
    }

    @Test
    void nipSahDanUnik() {
        periksaNip(kab.pegawai());
    }

    private static void periksaNip(List<Pegawai> pegawai) {
        Set<String> nip = new HashSet<>();
        for (Pegawai p : pegawai) {
            assertThat(nip.add(p.nip())).as("unik %s", p.nip()).isTrue();
            if (p.statusKepegawaian().equals("PPPK")) {
                // An NI PPPK: 18 digits, no TMT CPNS, its usual readings agree with the data; never a valid NIP.
                assertThat(NiPppk.periksa(p.nip())).as(p.nip()).isEmpty();
                assertThat(NiPppk.peringatan(p.nip())).as(p.nip()).isEmpty();
                assertThat(Nip.periksa(p.nip())).as(p.nip()).isNotEmpty();
                assertThat(p.tmtCpns()).as(p.nip()).isNull();
                assertThat(NiPppk.tanggalLahir(p.nip())).isEqualTo(p.tanggalLahir());
                assertThat(String.valueOf(NiPppk.jenisKelamin(p.nip()))).isEqualTo(p.jenisKelamin());
                assertThat(p.golongan()).isNull();
                assertThat(GolonganPppk.dari(String.valueOf(p.golonganPppk())))
                        .as(p.nip())
                        .isPresent();
                continue;
            }
            assertThat(Nip.periksa(p.nip())).as(p.nip()).isEmpty();
            assertThat(p.golonganPppk()).isNull();
            Nip n = new Nip(p.nip());
            assertThat(n.tanggalLahir()).isEqualTo(p.tanggalLahir());
            assertThat(n.tmtCpns()).isEqualTo(YearMonth.from(p.tmtCpns()));
            assertThat(String.valueOf(n.jenisKelamin())).isEqualTo(p.jenisKelamin());
            assertThat(YearMonth.from(p.tmtCpns()))
                    .isAfterOrEqualTo(YearMonth.from(p.tanggalLahir().plusYears(18)));
        }
    }

    @Test
    void grafAtasanTanpaSiklus() {
        Map<String, Pegawai> perNip =
                kab.pegawai().stream().collect(Collectors.toMap(Pegawai::nip, Function.identity()));
        Jabatan sekda = kab.jabatan().stream()
                .filter(j -> j.nama().equals("Sekretaris Daerah"))
                .findFirst()
                .orElseThrow();
        Set<String> sudah = new HashSet<>();
        for (Pegawai p : kab.pegawai()) {
            if (p.jabatanId() == sekda.id()) {
                assertThat(p.atasanNip()).isNull();
            } else {
                assertThat(p.atasanNip()).as(p.nip()).isNotNull();
                assertThat(sudah).as("atasan sebelum bawahan").contains(p.atasanNip());
            }
            sudah.add(p.nip());
            int langkah = 0;
            for (Pegawai x = p; x.atasanNip() != null; x = perNip.get(x.atasanNip())) {
                assertThat(++langkah).isLessThan(20);
            }
        }
    }

    @Test
    void setiapUnitPunyaJabatanKepala() {
        Map<Long, Jabatan> jab = kab.jabatan().stream().collect(Collectors.toMap(Jabatan::id, Function.identity()));
        Set<Long> unitIds = new HashSet<>();
        for (Unit u : kab.unit()) {
            unitIds.add(u.id());
            assertThat(jab.get(u.jabatanKepalaId()))
                    .isNotNull()
                    .satisfies(j -> assertThat(j.unitId()).isEqualTo(u.id()));
            if (u.indukId() == null) {
                assertThat(u.jenis()).isEqualTo("PIMPINAN");
            } else {
                assertThat(unitIds).contains(u.indukId());
            }
        }
        assertThat(kab.unit().stream().filter(u -> u.indukId() == null).count())
                .isEqualTo(kab.opd().size());
    }

    @Test
    void relasiAkunDemo() {
        Map<String, AkunDemo> akun =
                kab.akun().stream().collect(Collectors.toMap(AkunDemo::username, Function.identity()));
        assertThat(akun.keySet())
                .containsExactlyInAnyOrder(
                        "bkd", "kadis.pendidikan", "atasan.pendidikan", "pegawai.pendidikan", "asesor", "ppk");
        assertThat(akun.get("bkd").nip()).isNull();
        assertThat(akun.get("ppk").peran()).isEqualTo("PPK");
        assertThat(akun.get("ppk").opdId()).isNull();
        assertThat(akun.get("bkd").opdId()).isNull();
        assertThat(akun.get("asesor").opdId()).isNull();
        Map<String, Pegawai> perNip =
                kab.pegawai().stream().collect(Collectors.toMap(Pegawai::nip, Function.identity()));
        Map<Long, Jabatan> jab = kab.jabatan().stream().collect(Collectors.toMap(Jabatan::id, Function.identity()));
        Map<Long, Unit> unit = kab.unit().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Opd disdik = kab.opd().stream()
                .filter(o -> o.singkatan().equals("Disdik"))
                .findFirst()
                .orElseThrow();

        Pegawai kadis = perNip.get(akun.get("kadis.pendidikan").nip());
        assertThat(jab.get(kadis.jabatanId()).nama()).isEqualTo("Kepala Dinas Pendidikan");
        assertThat(unit.get(kadis.unitId()).indukId()).isNull();
        assertThat(akun.get("kadis.pendidikan").opdId()).isEqualTo(disdik.id());

        Pegawai kabid = perNip.get(akun.get("atasan.pendidikan").nip());
        assertThat(jab.get(kabid.jabatanId()).nama()).startsWith("Kepala Bidang");
        assertThat(kabid.opdId()).isEqualTo(disdik.id());
        assertThat(kabid.atasanNip()).isEqualTo(kadis.nip());

        Pegawai staf = perNip.get(akun.get("pegawai.pendidikan").nip());
        Pegawai kasi = perNip.get(staf.atasanNip());
        assertThat(jab.get(kasi.jabatanId()).nama()).startsWith("Kepala Seksi");
        assertThat(kasi.atasanNip()).isEqualTo(kabid.nip());
        assertThat(kab.pegawai()).anySatisfy(p -> assertThat(p.atasanNip()).isEqualTo(kabid.nip()));
    }

    @Test
    void ukuranDiLuarBatasDitolak() {
        assertThatThrownBy(() -> DemoKabupaten.buat(SEED, 60_001, ReferensiContoh.anyReferensi()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("60000");
    }

    @Test
    void kecil600TetapUtuh() {
        DemoKabupaten kecil = DemoKabupaten.buat(SEED, 600, ReferensiContoh.anyReferensi());
        assertThat(kecil.pegawai().size()).isBetween(560, 640);
        periksaNip(kecil.pegawai());
        periksaProfil(kecil);
        assertThat(kecil.akun()).hasSize(6);
    }

    @Test
    void skala60000() {
        DemoKabupaten besar = DemoKabupaten.buat(SEED, 60_000, ReferensiContoh.anyReferensi());
        assertThat(besar.pegawai().size()).isBetween(57_000, 63_000);
        periksaNip(besar.pegawai());
        periksaProfil(besar);
        double[] jpm = sebaranJpm(besar);
        assertThat(jpm[0]).isBetween(0.60, 0.70);
        assertThat(jpm[1]).isBetween(0.20, 0.25);
        assertThat(jpm[2]).isBetween(0.10, 0.15);
        Map<String, Long> perNama = new HashMap<>();
        besar.jabatan().forEach(j -> perNama.merge(j.nama(), (long) j.kuota(), Long::sum));
        assertThat(besar.jabatan().size()).isBetween(3_000, 20_000);
        assertThat(besar.opd()).hasSizeBetween(33, 38);
    }

    // ================================================================ profiles, riwayat, minat, asesmen

    private static final LocalDate ACUAN = DemoKabupaten.TANGGAL_ACUAN;

    @Test
    void profilLengkapDanKonsisten() {
        periksaProfil(kab);
    }

    @Test
    void sebaranJpmDariAsesmenTerakhir() {
        double[] jpm = sebaranJpm(kab);
        assertThat(jpm[0]).as("optimal >= 90%%").isBetween(0.60, 0.70);
        assertThat(jpm[1]).as("cukup optimal 78-<90%%").isBetween(0.20, 0.25);
        assertThat(jpm[2]).as("kurang optimal < 78%%").isBetween(0.10, 0.15);
    }

    @Test
    void asesmenKemudianCenderungSamaAtauLebihTinggi() {
        Map<String, List<Asesmen>> perNip = asesmenPerNip(kab);
        int naikAtauSama = 0;
        int turun = 0;
        for (List<Asesmen> daftar : perNip.values()) {
            for (int i = 1; i < daftar.size(); i++) {
                Map<String, Integer> lalu = level(daftar.get(i - 1));
                for (Asesmen.Level l : daftar.get(i).level()) {
                    if (l.level() >= lalu.get(l.kode())) {
                        naikAtauSama++;
                    } else {
                        turun++;
                    }
                }
            }
        }
        assertThat(turun).as("sesekali lebih rendah").isPositive();
        assertThat((double) naikAtauSama / (naikAtauSama + turun)).isGreaterThan(0.9);
    }

    @Test
    void sebaranStatusAgamaDanTempatLahirRealistis() {
        int n = kab.pegawai().size();
        Map<String, Long> status = kab.pegawai().stream()
                .collect(Collectors.groupingBy(Pegawai::statusKepegawaian, Collectors.counting()));
        assertThat((double) status.get("PPPK") / n).isBetween(0.10, 0.15);
        assertThat(status.get("CPNS")).isPositive();
        assertThat((double) status.get("PNS") / n).isGreaterThan(0.8);
        long islam =
                kab.pegawai().stream().filter(p -> p.agama().equals("ISLAM")).count();
        assertThat((double) islam / n).isGreaterThan(0.65);
        Set<String> daerah = new HashSet<>(Set.of("Contoh"));
        kab.opd().stream()
                .filter(o -> o.jenis().equals("KECAMATAN"))
                .forEach(o -> daerah.add(o.nama().substring("Kecamatan ".length())));
        long lokal = kab.pegawai().stream()
                .filter(p -> daerah.contains(p.tempatLahir()))
                .count();
        assertThat((double) lokal / n).isGreaterThan(0.5);
        long disabilitas =
                kab.pegawai().stream().filter(p -> p.disabilitas() != null).count();
        assertThat((double) disabilitas / n).isBetween(0.002, 0.02);
        long denganPenghargaan = kab.riwayat().stream()
                .filter(r -> r.jenis().equals("PENGHARGAAN"))
                .map(Riwayat::nip)
                .distinct()
                .count();
        assertThat((double) denganPenghargaan / n).isBetween(0.01, 0.10);
        long dihukum = kab.riwayat().stream()
                .filter(r -> r.jenis().equals("HUKUMAN_DISIPLIN"))
                .map(Riwayat::nip)
                .distinct()
                .count();
        assertThat((double) dihukum / n).isBetween(0.002, 0.02);
        long minatRumpun =
                kab.minatRumpun().stream().map(MinatRumpun::nip).distinct().count();
        assertThat((double) minatRumpun / n).isBetween(0.35, 0.45);
        assertThat((double) kab.minatJabatan().size() / n).isBetween(0.11, 0.19);
    }

    /** Share of pegawai with JPM optimal (&ge; 90 %), cukup optimal (78–&lt;90 %) and kurang optimal (&lt; 78 %). */
    static double[] sebaranJpm(DemoKabupaten k) {
        Map<Long, Jabatan> jab = k.jabatan().stream().collect(Collectors.toMap(Jabatan::id, Function.identity()));
        Map<String, List<Asesmen>> perNip = asesmenPerNip(k);
        int[] band = new int[3];
        for (Pegawai p : k.pegawai()) {
            // the latest measurement of each competency
            Map<String, Integer> terkini = new HashMap<>();
            for (Asesmen a : perNip.get(p.nip())) {
                a.level().forEach(l -> terkini.put(l.kode(), l.level()));
            }
            int capai = 0;
            int standar = 0;
            for (Jabatan.KompetensiJabatan kj : jab.get(p.jabatanId()).kompetensi()) {
                capai += Math.min(kj.level(), terkini.get(kj.kode()));
                standar += kj.level();
            }
            band[10 * capai >= 9 * standar ? 0 : 100 * capai >= 78 * standar ? 1 : 2]++;
        }
        int n = k.pegawai().size();
        return new double[] {(double) band[0] / n, (double) band[1] / n, (double) band[2] / n};
    }

    /** Assessments per NIP, oldest first. */
    private static Map<String, List<Asesmen>> asesmenPerNip(DemoKabupaten k) {
        Map<String, List<Asesmen>> perNip = new HashMap<>();
        k.asesmen()
                .forEach(a ->
                        perNip.computeIfAbsent(a.nip(), x -> new ArrayList<>()).add(a));
        perNip.values()
                .forEach(l -> l.sort(Comparator.comparing(Asesmen::tanggal).thenComparingLong(Asesmen::id)));
        return perNip;
    }

    private static Map<String, Integer> level(Asesmen a) {
        return a.level().stream().collect(Collectors.toMap(Asesmen.Level::kode, Asesmen.Level::level));
    }

    private static int gol(String golongan) {
        int i = KatalogProfil.GOLONGAN.indexOf(golongan);
        assertThat(i).as("golongan %s", golongan).isNotNegative();
        return i;
    }

    private static void periksaProfil(DemoKabupaten k) {
        Map<Long, Jabatan> jab = k.jabatan().stream().collect(Collectors.toMap(Jabatan::id, Function.identity()));
        Map<String, Pegawai> perNip = k.pegawai().stream().collect(Collectors.toMap(Pegawai::nip, Function.identity()));
        Map<String, List<Riwayat>> riwayat = new HashMap<>();
        for (int i = 0; i < k.riwayat().size(); i++) {
            Riwayat r = k.riwayat().get(i);
            assertThat(r.id()).isEqualTo(i + 1L);
            assertThat(perNip).containsKey(r.nip());
            riwayat.computeIfAbsent(r.nip(), x -> new ArrayList<>()).add(r);
        }
        Set<String> nik = new HashSet<>();
        for (Pegawai p : k.pegawai()) {
            Jabatan j = jab.get(p.jabatanId());
            // identity and personal data
            assertThat(p.nik()).as(p.nip()).matches("[0-9]{16}");
            assertThat(nik.add(p.nik())).as("NIK unik %s", p.nik()).isTrue();
            int hari = p.tanggalLahir().getDayOfMonth() + (p.jenisKelamin().equals("P") ? 40 : 0);
            assertThat(p.nik().substring(6, 12))
                    .isEqualTo(String.format(
                            "%02d%02d%02d",
                            hari,
                            p.tanggalLahir().getMonthValue(),
                            p.tanggalLahir().getYear() % 100));
            assertThat(p.tempatLahir()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(p.agama()).isIn("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN");
            assertThat(p.statusPerkawinan()).isIn("BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI");
            if (p.disabilitas() != null) {
                assertThat(p.disabilitas()).hasSizeLessThanOrEqualTo(200);
            }
            if (p.gelarBelakang() != null) {
                assertThat(p.gelarBelakang()).hasSizeLessThanOrEqualTo(60);
            }
            // status
            long bulan = ChronoUnit.MONTHS.between(p.tmtPengangkatan(), ACUAN);
            switch (p.statusKepegawaian()) {
                case "PPPK" -> {
                    assertThat(p.golongan()).as("PPPK tanpa golongan").isNull();
                    assertThat(p.tmtGolongan()).isNull();
                    assertThat(j.jenisJabatan()).isIn("FUNGSIONAL", "PELAKSANA");
                }
                case "CPNS" -> assertThat(bulan).isLessThan(12);
                case "PNS" -> assertThat(bulan).isGreaterThanOrEqualTo(12);
                default -> throw new AssertionError(p.statusKepegawaian());
            }
            // education against the syarat of the jabatan
            int tingkat = KatalogProfil.TINGKAT.indexOf(p.pendidikanTingkat());
            assertThat(tingkat).as(p.pendidikanTingkat()).isNotNegative();
            assertThat(tingkat)
                    .as("%s %s untuk syarat %s", p.nip(), p.pendidikanTingkat(), j.syaratPendidikan())
                    .isGreaterThanOrEqualTo(PembangunProfil.tingkatMinimal(j.syaratPendidikan()));
            assertThat(p.pendidikanJurusan()).isNotBlank().hasSizeLessThanOrEqualTo(150);

            List<Riwayat> rw = riwayat.getOrDefault(p.nip(), List.of());
            for (Riwayat r : rw) {
                assertThat(r.tmt()).as("%s", r).isBeforeOrEqualTo(ACUAN);
                assertThat(r.uraian()).isNotBlank().hasSizeLessThanOrEqualTo(300);
                if (r.keterangan() != null) {
                    assertThat(r.keterangan()).hasSizeLessThanOrEqualTo(300);
                }
                if (r.nomorSk() != null) {
                    assertThat(r.nomorSk()).hasSizeLessThanOrEqualTo(100);
                }
                if (r.tmtSelesai() != null) {
                    assertThat(r.tmtSelesai()).as("%s", r).isAfterOrEqualTo(r.tmt());
                }
                switch (r.jenis()) {
                    // decisions precede the date they take effect, by days to weeks
                    case "PANGKAT", "JABATAN", "HUKUMAN_DISIPLIN" ->
                        assertThat(r.tanggalSk())
                                .as("%s", r)
                                .isBeforeOrEqualTo(r.tmt())
                                .isAfterOrEqualTo(r.tmt().minusDays(120));
                    // ijazah dated on graduation
                    case "PENDIDIKAN" -> assertThat(r.tanggalSk()).isEqualTo(r.tmt());
                    // certificate issued at or after the last day
                    case "PELATIHAN" -> {
                        assertThat(r.tmtSelesai()).isNotNull();
                        assertThat(r.tanggalSk()).isAfterOrEqualTo(r.tmtSelesai());
                        assertThat(r.jp()).isBetween(1, 2000);
                        assertThat(r.tingkat()).isIn("STRUKTURAL", "FUNGSIONAL", "TEKNIS");
                    }
                    case "PENGHARGAAN" -> assertThat(r.tanggalSk()).isEqualTo(r.tmt());
                    default -> throw new AssertionError(r.jenis());
                }
            }
            List<Riwayat> pangkat = jenis(rw, "PANGKAT");
            List<Riwayat> jabatan = jenis(rw, "JABATAN");
            List<Riwayat> pendidikan = jenis(rw, "PENDIDIKAN");
            List<Riwayat> hukuman = jenis(rw, "HUKUMAN_DISIPLIN");
            // golongan: from the entry golongan of the first education, one step at a time, up to the current one
            if (p.golongan() == null) {
                assertThat(pangkat).isEmpty();
            } else {
                assertThat(pangkat).isNotEmpty();
                int awal = PembangunProfil.golonganAwal(
                        KatalogProfil.TINGKAT.indexOf(pendidikan.get(0).tingkat()));
                assertThat(gol(pangkat.get(0).golongan()))
                        .as("golongan awal %s", p.nip())
                        .isEqualTo(awal);
                assertThat(pangkat.get(0).tmt()).isEqualTo(p.tmtPengangkatan());
                for (int i = 1; i < pangkat.size(); i++) {
                    assertThat(gol(pangkat.get(i).golongan()))
                            .isEqualTo(gol(pangkat.get(i - 1).golongan()) + 1);
                    assertThat(pangkat.get(i).tmt()).isAfter(pangkat.get(i - 1).tmt());
                }
                Riwayat terakhir = pangkat.get(pangkat.size() - 1);
                assertThat(terakhir.golongan()).isEqualTo(p.golongan());
                assertThat(terakhir.tmt()).isEqualTo(p.tmtGolongan());
                assertThat(gol(p.golongan())).isGreaterThanOrEqualTo(awal);
                if (p.statusKepegawaian().equals("CPNS")) {
                    assertThat(gol(p.golongan())).isEqualTo(awal);
                }
                int g = gol(p.golongan());
                switch (j.jenisJabatan()) {
                    case "JPT_PRATAMA" ->
                        assertThat(g).as("JPT %s", p.golongan()).isGreaterThanOrEqualTo(gol("IV/c"));
                    case "ADMINISTRATOR" ->
                        assertThat(g).as("administrator %s", p.golongan()).isBetween(gol("III/d"), gol("IV/b"));
                    case "PENGAWAS" ->
                        assertThat(g).as("pengawas %s", p.golongan()).isBetween(gol("III/b"), gol("III/d"));
                    case "PELAKSANA" ->
                        assertThat(g)
                                .isLessThanOrEqualTo(Math.max(
                                        awal,
                                        PembangunProfil.golonganPlafon(
                                                KatalogProfil.TINGKAT.indexOf(p.pendidikanTingkat()))));
                    default -> {}
                }
            }
            // jabatan: 1-3 entries, the last the current jabatan at tmt_jabatan
            assertThat(jabatan).hasSizeBetween(1, 3);
            Riwayat kini = jabatan.get(jabatan.size() - 1);
            assertThat(kini.jabatanId()).isEqualTo(p.jabatanId());
            assertThat(kini.tmt()).isEqualTo(p.tmtJabatan());
            assertThat(kini.tmtSelesai()).isNull();
            assertThat(jabatan.get(0).tmt()).isAfterOrEqualTo(p.tmtPengangkatan());
            assertThat(p.tmtJabatan()).isAfterOrEqualTo(p.tmtPengangkatan()).isBeforeOrEqualTo(ACUAN);
            for (int i = 1; i < jabatan.size(); i++) {
                assertThat(jabatan.get(i - 1).tmtSelesai())
                        .isEqualTo(jabatan.get(i).tmt().minusDays(1));
                Long lalu = jabatan.get(i - 1).jabatanId();
                if (lalu != null) {
                    assertThat(jab).containsKey(lalu);
                }
            }
            // pendidikan: 1-2, the last is the profile's
            assertThat(pendidikan).hasSizeBetween(1, 2);
            Riwayat pd = pendidikan.get(pendidikan.size() - 1);
            assertThat(pd.tingkat()).isEqualTo(p.pendidikanTingkat());
            assertThat(pd.tmt().getYear()).isEqualTo(p.pendidikanTahunLulus());
            assertThat(pd.uraian()).endsWith(p.pendidikanJurusan());
            assertThat(pendidikan.get(0).tmt()).isBefore(p.tmtPengangkatan());
            assertThat(jenis(rw, "PELATIHAN")).hasSizeLessThanOrEqualTo(4);
            // hukuman disiplin; no Satyalancana for a sedang/berat sanction
            for (Riwayat h : hukuman) {
                assertThat(h.tingkat()).isIn("RINGAN", "SEDANG", "BERAT");
                assertThat(h.tmtSelesai() == null).isEqualTo(h.tingkat().equals("RINGAN"));
            }
            if (hukuman.stream().anyMatch(h -> !h.tingkat().equals("RINGAN"))) {
                assertThat(jenis(rw, "PENGHARGAAN")).noneMatch(r -> r.uraian().startsWith("Satyalancana"));
            }
        }

        // asesmen: 1-3 per pegawai, each over exactly the SKJ of the jabatan, levels 1..5, dates in the past 4 years
        Map<String, List<Asesmen>> perNipAsesmen = asesmenPerNip(k);
        for (int i = 0; i < k.asesmen().size(); i++) {
            Asesmen a = k.asesmen().get(i);
            assertThat(a.id()).isEqualTo(i + 1L);
            assertThat(a.sumber())
                    .isIn("ASSESSMENT_CENTER", "CACT", "UJI_KOMPETENSI", "POST_TEST_PELATIHAN", "PENILAIAN_ATASAN");
            assertThat(a.asesor()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(a.catatan()).isNotBlank();
            assertThat(a.level()).allSatisfy(l -> assertThat(l.level()).isBetween(1, 5));
        }
        for (Pegawai p : k.pegawai()) {
            List<Asesmen> daftar = perNipAsesmen.get(p.nip());
            assertThat(daftar).as("asesmen %s", p.nip()).isNotNull().hasSizeBetween(1, 3);
            List<String> skj = jab.get(p.jabatanId()).kompetensi().stream()
                    .map(Jabatan.KompetensiJabatan::kode)
                    .toList();
            Set<LocalDate> tanggal = new HashSet<>();
            for (Asesmen a : daftar) {
                assertThat(a.level()).extracting(Asesmen.Level::kode).containsExactlyInAnyOrderElementsOf(skj);
                assertThat(a.tanggal())
                        .isAfter(p.tmtPengangkatan())
                        .isAfterOrEqualTo(ACUAN.minusYears(4))
                        .isBeforeOrEqualTo(ACUAN);
                assertThat(tanggal.add(a.tanggal()))
                        .as("tanggal asesmen berbeda")
                        .isTrue();
            }
        }

        // minat
        Set<String> rumpun = k.jabatan().stream().map(Jabatan::rumpunKode).collect(Collectors.toSet());
        Set<String> pasangan = new HashSet<>();
        Map<String, Long> perPegawai = new HashMap<>();
        for (MinatRumpun m : k.minatRumpun()) {
            assertThat(rumpun).contains(m.rumpunKode());
            assertThat(pasangan.add(m.nip() + "/" + m.rumpunKode())).isTrue();
            perPegawai.merge(m.nip(), 1L, Long::sum);
        }
        assertThat(perPegawai.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
        Set<String> minatJabatan = new HashSet<>();
        for (MinatJabatan m : k.minatJabatan()) {
            Pegawai p = perNip.get(m.nip());
            assertThat(minatJabatan.add(m.nip()))
                    .as("satu minat jabatan per pegawai")
                    .isTrue();
            assertThat(jab).containsKey(m.jabatanId());
            assertThat(m.jabatanId()).isNotEqualTo(p.jabatanId());
            assertThat(jab.get(m.jabatanId()).kelas())
                    .isGreaterThanOrEqualTo(jab.get(p.jabatanId()).kelas());
        }
    }

    private static List<Riwayat> jenis(List<Riwayat> rw, String jenis) {
        return rw.stream()
                .filter(r -> r.jenis().equals(jenis))
                .sorted(Comparator.comparing(Riwayat::tmt))
                .toList();
    }
}
