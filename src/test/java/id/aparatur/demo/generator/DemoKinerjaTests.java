package id.aparatur.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.MatriksPredikat;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo performance data (issue 6 butir 7) against the kinerja rules: matrix, distribution, cascade. */
class DemoKinerjaTests {

    private static final long SEED = 20260101L;
    private static final LocalDate HARI_INI = LocalDate.of(2026, 11, 29);

    private static DemoKabupaten kab;
    private static KinerjaDemo kin;

    @BeforeAll
    static void buat() {
        kab = DemoKabupaten.buat(SEED, 3000, ReferensiContoh.anyReferensi());
        kin = KinerjaDemo.buat(kab, SEED, HARI_INI);
    }

    @Test
    void tetapUntukSeedYangSama() {
        assertThat(KinerjaDemo.buat(kab, SEED, HARI_INI)).isEqualTo(kin);
    }

    @Test
    void setiapPegawaiPunyaSkpFinalTahunLaluDanSkpDisetujuiTahunIni() {
        assertThat(kin.tahunLalu()).isEqualTo(2025);
        Map<String, List<KinerjaDemo.Skp>> perNip =
                kin.skp().stream().collect(Collectors.groupingBy(KinerjaDemo.Skp::nip));
        assertThat(perNip).hasSize(kab.pegawai().size());
        for (Pegawai p : kab.pegawai()) {
            assertThat(perNip.get(p.nip()))
                    .extracting(s -> s.tahun() + "/" + s.status())
                    .containsExactlyInAnyOrder("2025/FINAL", "2026/DISETUJUI");
        }
        Map<Long, Long> rhkPerSkp =
                kin.rhk().stream().collect(Collectors.groupingBy(KinerjaDemo.Rhk::skpId, Collectors.counting()));
        Set<Long> rhkBerindikator =
                kin.indikator().stream().map(KinerjaDemo.Indikator::rhkId).collect(Collectors.toSet());
        assertThat(kin.skp()).allMatch(s -> rhkPerSkp.getOrDefault(s.id(), 0L) >= 1);
        assertThat(kin.rhk()).allMatch(r -> rhkBerindikator.contains(r.id()));
        // seven BerAKHLAK notes on every final SKP
        Map<Long, Set<String>> perilaku = new HashMap<>();
        kin.perilaku()
                .forEach(x -> perilaku.computeIfAbsent(x.skpId(), k -> new HashSet<>())
                        .add(x.nilai()));
        Set<String> tujuh =
                Arrays.stream(NilaiBerakhlak.values()).map(Enum::name).collect(Collectors.toSet());
        for (KinerjaDemo.Skp s : kin.skp()) {
            if (s.status().equals("FINAL")) {
                assertThat(perilaku.get(s.id())).isEqualTo(tujuh);
            } else {
                assertThat(perilaku).doesNotContainKey(s.id());
                assertThat(s.predikat()).isNull();
            }
        }
    }

    @Test
    void predikatMenurutMatriks() {
        for (KinerjaDemo.Skp s : kin.skp()) {
            if (s.status().equals("FINAL")) {
                assertThat(s.predikat())
                        .isEqualTo(MatriksPredikat.predikat(
                                        Ekspektasi.valueOf(s.ratingHasilKerja()),
                                        Ekspektasi.valueOf(s.ratingPerilaku()))
                                .name());
            }
        }
    }

    @Test
    void evaluasiTriwulanDanTindakLanjut() {
        Map<Long, KinerjaDemo.Skp> skp =
                kin.skp().stream().collect(Collectors.toMap(KinerjaDemo.Skp::id, Function.identity()));
        Map<Long, List<KinerjaDemo.Evaluasi>> perSkp =
                kin.evaluasi().stream().collect(Collectors.groupingBy(KinerjaDemo.Evaluasi::skpId));
        for (KinerjaDemo.Evaluasi e : kin.evaluasi()) {
            assertThat(e.predikat())
                    .isEqualTo(MatriksPredikat.predikat(
                                    Ekspektasi.valueOf(e.ratingHasilKerja()), Ekspektasi.valueOf(e.ratingPerilaku()))
                            .name());
            assertThat(e.dinilaiPada().toLocalDate()).isBefore(HARI_INI.plusDays(20));
        }
        for (KinerjaDemo.Skp s : kin.skp()) {
            List<KinerjaDemo.Evaluasi> ev = perSkp.get(s.id());
            if (s.status().equals("FINAL")) {
                assertThat(ev).extracting(KinerjaDemo.Evaluasi::periodeKe).containsExactly(1, 2, 3, 4);
                assertThat(ev.get(3).predikat()).isEqualTo(s.predikat());
            } else {
                // 29 November: the first three quarters are over
                assertThat(ev).extracting(KinerjaDemo.Evaluasi::periodeKe).containsExactly(1, 2, 3);
            }
        }
        // a realisation of every indicator of a final SKP, nothing for this year's
        Map<Long, Long> rhkSkp =
                kin.rhk().stream().collect(Collectors.toMap(KinerjaDemo.Rhk::id, KinerjaDemo.Rhk::skpId));
        Map<Long, Long> realisasi = kin.realisasi().stream()
                .collect(Collectors.groupingBy(KinerjaDemo.Realisasi::indikatorId, Collectors.counting()));
        for (KinerjaDemo.Indikator i : kin.indikator()) {
            boolean fin = skp.get(rhkSkp.get(i.rhkId())).status().equals("FINAL");
            assertThat(realisasi.getOrDefault(i.id(), 0L)).isEqualTo(fin ? 1L : 0L);
        }
        assertThat(kin.realisasi())
                .allMatch(r -> r.skpId()
                                == rhkSkp.get(kin.indikator()
                                        .get((int) r.indikatorId() - 1)
                                        .rhkId())
                        && !r.realisasi().isBlank());
        Set<Long> ditindaklanjuti =
                kin.tindakLanjut().stream().map(KinerjaDemo.TindakLanjut::skpId).collect(Collectors.toSet());
        assertThat(ditindaklanjuti).hasSameSizeAs(kin.tindakLanjut());
        for (KinerjaDemo.Skp s : kin.skp()) {
            boolean rendah = s.status().equals("FINAL")
                    && (s.predikat().equals("BUTUH_PERBAIKAN") || s.predikat().equals("KURANG"));
            assertThat(ditindaklanjuti.contains(s.id()))
                    .as("SKP %d %s", s.id(), s.predikat())
                    .isEqualTo(rendah);
        }
        assertThat(kin.tindakLanjut())
                .allMatch(t -> t.predikat().equals(skp.get(t.skpId()).predikat())
                        && t.jenis()
                                .equals(id.aparatur.kinerja.PredikatKinerja.valueOf(t.predikat())
                                        .tindakLanjut()
                                        .orElseThrow()
                                        .name())
                        && (t.status().equals("SELESAI")) == (t.hasil() != null)
                        && (t.status().equals("TERBUKA")) == (t.rencana() == null)
                        && (t.status().equals("TERBUKA")) == (t.penyebab() == null)
                        && t.periksaDisiplin() == t.jenis().equals("PEMBINAAN"));
        assertThat(kin.tindakLanjut())
                .extracting(KinerjaDemo.TindakLanjut::status)
                .contains("TERBUKA", "BERJALAN", "SELESAI");
    }

    @Test
    void distribusiSetiapOpdMematuhiAturanStandar() {
        Map<Long, String> org = kin.predikatOrganisasi().stream()
                .collect(Collectors.toMap(KinerjaDemo.PredikatOpd::opdId, KinerjaDemo.PredikatOpd::predikat));
        assertThat(org.keySet()).isEqualTo(kab.opd().stream().map(Opd::id).collect(Collectors.toSet()));
        assertThat(kin.predikatOrganisasi()).allMatch(p -> p.tahun() == 2025);
        Map<Long, List<PredikatKinerja>> perOpd = new HashMap<>();
        kin.skp().stream()
                .filter(s -> s.tahun() == 2025)
                .forEach(s -> perOpd.computeIfAbsent(s.opdId(), k -> new ArrayList<>())
                        .add(PredikatKinerja.valueOf(s.predikat())));
        for (Map.Entry<Long, List<PredikatKinerja>> e : perOpd.entrySet()) {
            assertThat(AturanDistribusi.STANDAR.periksa(PredikatOrganisasi.valueOf(org.get(e.getKey())), e.getValue()))
                    .as("OPD %d (%s)", e.getKey(), org.get(e.getKey()))
                    .isEmpty();
        }
        long istimewa = org.values().stream().filter("ISTIMEWA"::equals).count();
        assertThat(istimewa).isBetween(Math.round(org.size() * 0.15), Math.round(org.size() * 0.25));
        assertThat(org.values().stream().filter("BUTUH_PERBAIKAN"::equals).count())
                .isOne();
        // realistic overall: mostly Baik, some Sangat Baik, a few Butuh Perbaikan, rare Kurang, no Sangat Kurang
        Map<String, Long> n = kin.skp().stream()
                .filter(s -> s.tahun() == 2025)
                .collect(Collectors.groupingBy(KinerjaDemo.Skp::predikat, Collectors.counting()));
        long total = kab.pegawai().size();
        assertThat(n.get("BAIK")).isGreaterThan(total / 2);
        assertThat(n.get("SANGAT_BAIK")).isBetween(total / 10, total * 4 / 10);
        assertThat(n.get("BUTUH_PERBAIKAN")).isBetween(total / 50, total / 8);
        assertThat(n.get("KURANG")).isBetween(1L, total / 50);
        assertThat(n).doesNotContainKey("SANGAT_KURANG");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 10, 13, 29, 50, 101, 999})
    void pembagianSahUntukSetiapUkuran(int n) {
        for (PredikatOrganisasi po :
                List.of(PredikatOrganisasi.ISTIMEWA, PredikatOrganisasi.BAIK, PredikatOrganisasi.BUTUH_PERBAIKAN)) {
            List<PredikatKinerja> p = KinerjaDemo.Pembangun.bagi(po.name(), n).stream()
                    .map(PredikatKinerja::valueOf)
                    .toList();
            assertThat(p).hasSize(n);
            assertThat(AturanDistribusi.STANDAR.periksa(po, p))
                    .as("%s n=%d", po, n)
                    .isEmpty();
        }
    }

    @Test
    void setiapRhkMengintervensiRhkSkpAtasanTahunYangSama() {
        Map<String, Pegawai> pegawai =
                kab.pegawai().stream().collect(Collectors.toMap(Pegawai::nip, Function.identity()));
        Map<Long, KinerjaDemo.Skp> skp =
                kin.skp().stream().collect(Collectors.toMap(KinerjaDemo.Skp::id, Function.identity()));
        Map<Long, KinerjaDemo.Rhk> rhk =
                kin.rhk().stream().collect(Collectors.toMap(KinerjaDemo.Rhk::id, Function.identity()));
        Set<Long> kepalaOpd = kab.unit().stream()
                .filter(u -> u.indukId() == null)
                .map(Unit::jabatanKepalaId)
                .collect(Collectors.toSet());
        int tertaut = 0;
        for (KinerjaDemo.Rhk r : kin.rhk()) {
            KinerjaDemo.Skp milik = skp.get(r.skpId());
            Pegawai p = pegawai.get(milik.nip());
            if (r.jenis().equals("TAMBAHAN")) {
                assertThat(r.rhkAtasanId()).isNull();
                continue;
            }
            if (p.atasanNip() == null) {
                assertThat(r.rhkAtasanId()).as("Sekda").isNull();
            } else {
                assertThat(r.rhkAtasanId()).as("RHK %d", r.id()).isNotNull();
                KinerjaDemo.Skp induk = skp.get(rhk.get(r.rhkAtasanId()).skpId());
                assertThat(induk.nip()).isEqualTo(p.atasanNip());
                assertThat(induk.tahun()).isEqualTo(milik.tahun());
                tertaut++;
            }
            if (kepalaOpd.contains(p.jabatanId())) {
                assertThat(r.sasaranOpdId())
                        .as("RHK kepala OPD dari sasaran OPD")
                        .isNotNull();
            }
        }
        assertThat(tertaut).isGreaterThan(kin.rhk().size() / 2);
        assertThat(skp.values())
                .allMatch(s -> s.penilaiNip() == null
                        ? pegawai.get(s.nip()).atasanNip() == null
                        : s.penilaiNip().equals(pegawai.get(s.nip()).atasanNip()));
    }

    @Test
    void bulanAktivitasBerakhirSepuluhHariSebelumHariIni() {
        assertThat(KinerjaDemo.bulanAktivitas(LocalDate.of(2026, 11, 29))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(KinerjaDemo.bulanAktivitas(LocalDate.of(2026, 11, 10))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(KinerjaDemo.bulanAktivitas(LocalDate.of(2026, 11, 9))).isEqualTo(YearMonth.of(2026, 9));
        assertThat(KinerjaDemo.bulanAktivitas(LocalDate.of(2027, 1, 5))).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void aktivitasSebulanUntukSetiapPegawaiDisdik() {
        long disdik = kab.opd().stream()
                .filter(o -> o.kode().equals("DISDIK"))
                .findFirst()
                .orElseThrow()
                .id();
        Set<String> nipDisdik = kab.pegawai().stream()
                .filter(p -> p.opdId() == disdik)
                .map(Pegawai::nip)
                .collect(Collectors.toSet());
        Map<Long, Jabatan> jabatan = kab.jabatan().stream().collect(Collectors.toMap(Jabatan::id, Function.identity()));
        Map<Long, KinerjaDemo.Rhk> rhk =
                kin.rhk().stream().collect(Collectors.toMap(KinerjaDemo.Rhk::id, Function.identity()));
        Map<Long, KinerjaDemo.Skp> skp =
                kin.skp().stream().collect(Collectors.toMap(KinerjaDemo.Skp::id, Function.identity()));
        assertThat(kin.bulanAktivitas()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(kin.aktivitas().stream().map(KinerjaDemo.Aktivitas::nip).collect(Collectors.toSet()))
                .isEqualTo(nipDisdik);
        Map<String, List<KinerjaDemo.Aktivitas>> perHari = new HashMap<>();
        Map<String, int[]> lainPerNip = new HashMap<>();
        for (KinerjaDemo.Aktivitas a : kin.aktivitas()) {
            assertThat(YearMonth.from(a.tanggal())).isEqualTo(kin.bulanAktivitas());
            assertThat(a.tanggal().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(a.selesai()).isAfter(a.mulai());
            List<String> butir =
                    KinerjaDemo.Pembangun.butir(jabatan.get(a.jabatanId()).uraianTugas());
            assertThat(a.uraian()).isEqualTo(butir.get(a.uraianTugasKe() - 1));
            assertThat(jabatan.get(a.jabatanId()).opdId()).isEqualTo(disdik);
            if (a.rhkId() != null) {
                KinerjaDemo.Skp s = skp.get(rhk.get(a.rhkId()).skpId());
                assertThat(s.nip()).isEqualTo(a.nip());
                assertThat(s.tahun()).isEqualTo(2026);
            }
            if (a.status().equals("DIVERIFIKASI")) {
                assertThat(a.diverifikasiOleh()).isNotNull();
            }
            perHari.computeIfAbsent(a.nip() + a.tanggal(), k -> new ArrayList<>())
                    .add(a);
            lainPerNip.computeIfAbsent(a.nip(), k -> new int[2])[a.jabatanId() == a.jabatanPegawaiId() ? 0 : 1]++;
        }
        for (List<KinerjaDemo.Aktivitas> hari : perHari.values()) {
            long menit = 0;
            for (int i = 0; i < hari.size(); i++) {
                menit += java.time.Duration.between(
                                hari.get(i).mulai(), hari.get(i).selesai())
                        .toMinutes();
                for (int j = i + 1; j < hari.size(); j++) {
                    assertThat(hari.get(i).selesai().isAfter(hari.get(j).mulai())
                                    && hari.get(j).selesai().isAfter(hari.get(i).mulai()))
                            .as("tumpang tindih")
                            .isFalse();
                }
            }
            assertThat(menit).isBetween(300L, 480L);
        }
        long pindah = lainPerNip.values().stream().filter(x -> x[1] > x[0]).count();
        assertThat(pindah).isBetween(2L, nipDisdik.size() / 20L + 2);
        long verifikasi = kin.aktivitas().stream()
                .filter(a -> a.status().equals("DIVERIFIKASI"))
                .count();
        assertThat(verifikasi)
                .isBetween(kin.aktivitas().size() / 5L, kin.aktivitas().size() * 4L / 5);
    }
}
