package id.aparatur.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.shared.Nip;
import java.math.BigDecimal;
import java.time.YearMonth;
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
    private static final Set<String> JENJANG = Set.of("AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA",
            "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA");

    private static DemoKabupaten kab;

    @BeforeAll
    static void buat() {
        kab = DemoKabupaten.buat(SEED, 3000, ReferensiContoh.anyReferensi());
    }

    @Test
    void seedSamaHasilSama_seedLainHasilBeda() {
        assertThat(DemoKabupaten.buat(SEED, 3000, ReferensiContoh.anyReferensi())).isEqualTo(kab);
        DemoKabupaten lain = DemoKabupaten.buat(SEED + 1, 3000, ReferensiContoh.anyReferensi());
        assertThat(lain).isNotEqualTo(kab);
        assertThat(lain.pegawai().get(0).nip()).isNotEqualTo(kab.pegawai().get(0).nip());
    }

    @Test
    void ukuranRealistis() {
        assertThat(kab.opd()).hasSizeBetween(33, 38);
        assertThat(kab.opd()).anySatisfy(o -> {
            assertThat(o.nama()).isEqualTo("Dinas Pendidikan");
            assertThat(o.singkatan()).isEqualTo("Disdik");
        });
        assertThat(kab.opd().stream().filter(o -> o.jenis().equals("KECAMATAN")).count()).isBetween(4L, 6L);
        assertThat(kab.misi()).hasSize(5);
        assertThat(kab.jabatan().size()).isBetween(2125, 2875);
        assertThat(kab.pegawai().size()).isBetween(2850, 3150);
    }

    @Test
    void rencanaStrategisBerjenjangSampaiVisi() {
        Set<Long> sasaranPemda = kab.sasaranPemda().stream().map(SasaranPemda::id).collect(Collectors.toSet());
        Map<Long, SasaranOpd> sasaranOpd = kab.sasaranOpd().stream()
                .collect(Collectors.toMap(SasaranOpd::id, Function.identity()));
        assertThat(kab.sasaranOpd()).allSatisfy(s -> assertThat(sasaranPemda).contains(s.sasaranPemdaId()));
        for (Opd o : kab.opd()) {
            assertThat(kab.tujuanOpd().stream().filter(t -> t.opdId() == o.id()).count()).isBetween(1L, 2L);
            assertThat(kab.sasaranOpd().stream().filter(s -> s.opdId() == o.id()).count()).isBetween(2L, 3L);
        }
        assertThat(kab.jabatan()).allSatisfy(j -> assertThat(sasaranOpd.get(j.sasaranOpdId()).opdId()).isEqualTo(j.opdId()));
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
            assertThat(j.korelasi()).hasSizeBetween(1, 2)
                    .allSatisfy(k -> assertThat(k.jabatanTerkaitId()).isNotEqualTo(j.id()));
        }
        assertThat(kab.jabatan()).filteredOn(j -> j.nama().equals("Sekretaris Daerah"))
                .singleElement().satisfies(j -> {
                    assertThat(j.jenisJabatan()).isEqualTo("JPT_PRATAMA");
                    assertThat(j.kelas()).isEqualTo(15);
                });
        assertThat(kab.jabatan()).filteredOn(j -> j.nama().equals("Kepala Dinas Pendidikan"))
                .singleElement().satisfies(j -> assertThat(j.kelas()).isEqualTo(14));
        assertThat(kab.jabatan()).anySatisfy(j -> assertThat(j.nama()).isEqualTo("Guru Kelas Ahli Pertama"));
    }

    @Test
    void bobotSkjBerjumlahSeratus() {
        for (Jabatan j : kab.jabatan()) {
            BigDecimal total = j.kompetensi().stream().map(Jabatan.KompetensiJabatan::bobot)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(total).as(j.kode()).isEqualByComparingTo("100");
            assertThat(j.kompetensi()).allSatisfy(k -> {
                assertThat(k.bobot()).isPositive();
                assertThat(k.level()).isBetween(1, 5);
            });
            long teknis = j.kompetensi().stream().filter(k -> k.kode().startsWith("T.")).count();
            assertThat(teknis).isBetween(2L, 4L);
            assertThat(j.kompetensi()).filteredOn(k -> k.kode().startsWith("T."))
                    .allSatisfy(k -> assertThat(k.kode()).startsWith("T." + j.rumpunKode() + "."));
            assertThat(j.kompetensi()).hasSize(9 + (int) teknis);
        }
    }

    @Test
    void kursiKosongDanBerlebihAda() {
        Map<Long, Long> pemegang = kab.pegawai().stream()
                .collect(Collectors.groupingBy(Pegawai::jabatanId, Collectors.counting()));
        int kursi = kab.jabatan().stream().mapToInt(Jabatan::kuota).sum();
        long kosong = kab.jabatan().stream().mapToLong(j -> Math.max(0, j.kuota() - pemegang.getOrDefault(j.id(), 0L)))
                .sum();
        long berlebih = kab.jabatan().stream().filter(j -> pemegang.getOrDefault(j.id(), 0L) > j.kuota()).count();
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
            assertThat(Nip.periksa(p.nip())).as(p.nip()).isEmpty();
            assertThat(nip.add(p.nip())).as("unik %s", p.nip()).isTrue();
            Nip n = new Nip(p.nip());
            assertThat(n.tanggalLahir()).isEqualTo(p.tanggalLahir());
            assertThat(n.tmtCpns()).isEqualTo(YearMonth.from(p.tmtCpns()));
            assertThat(String.valueOf(n.jenisKelamin())).isEqualTo(p.jenisKelamin());
            assertThat(YearMonth.from(p.tmtCpns())).isAfterOrEqualTo(YearMonth.from(p.tanggalLahir().plusYears(18)));
        }
    }

    @Test
    void grafAtasanTanpaSiklus() {
        Map<String, Pegawai> perNip = kab.pegawai().stream().collect(Collectors.toMap(Pegawai::nip, Function.identity()));
        Jabatan sekda = kab.jabatan().stream().filter(j -> j.nama().equals("Sekretaris Daerah")).findFirst().orElseThrow();
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
            assertThat(jab.get(u.jabatanKepalaId())).isNotNull()
                    .satisfies(j -> assertThat(j.unitId()).isEqualTo(u.id()));
            if (u.indukId() == null) {
                assertThat(u.jenis()).isEqualTo("PIMPINAN");
            } else {
                assertThat(unitIds).contains(u.indukId());
            }
        }
        assertThat(kab.unit().stream().filter(u -> u.indukId() == null).count()).isEqualTo(kab.opd().size());
    }

    @Test
    void relasiAkunDemo() {
        Map<String, AkunDemo> akun = kab.akun().stream().collect(Collectors.toMap(AkunDemo::username, Function.identity()));
        assertThat(akun.keySet()).containsExactlyInAnyOrder("bkd", "kadis.pendidikan", "atasan.pendidikan",
                "pegawai.pendidikan", "asesor");
        assertThat(akun.get("bkd").nip()).isNull();
        assertThat(akun.get("bkd").opdId()).isNull();
        assertThat(akun.get("asesor").opdId()).isNull();
        Map<String, Pegawai> perNip = kab.pegawai().stream().collect(Collectors.toMap(Pegawai::nip, Function.identity()));
        Map<Long, Jabatan> jab = kab.jabatan().stream().collect(Collectors.toMap(Jabatan::id, Function.identity()));
        Map<Long, Unit> unit = kab.unit().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Opd disdik = kab.opd().stream().filter(o -> o.singkatan().equals("Disdik")).findFirst().orElseThrow();

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
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("60000");
    }

    @Test
    void kecil600TetapUtuh() {
        DemoKabupaten kecil = DemoKabupaten.buat(SEED, 600, ReferensiContoh.anyReferensi());
        assertThat(kecil.pegawai().size()).isBetween(560, 640);
        periksaNip(kecil.pegawai());
        assertThat(kecil.akun()).hasSize(5);
    }

    @Test
    void skala60000() {
        DemoKabupaten besar = DemoKabupaten.buat(SEED, 60_000, ReferensiContoh.anyReferensi());
        assertThat(besar.pegawai().size()).isBetween(57_000, 63_000);
        periksaNip(besar.pegawai());
        Map<String, Long> perNama = new HashMap<>();
        besar.jabatan().forEach(j -> perNama.merge(j.nama(), (long) j.kuota(), Long::sum));
        assertThat(besar.jabatan().size()).isBetween(3_000, 20_000);
        assertThat(besar.opd()).hasSizeBetween(33, 38);
    }
}
