package id.aparatur.kinerja;

import static id.aparatur.kinerja.PredikatKinerja.BAIK;
import static id.aparatur.kinerja.PredikatKinerja.BUTUH_PERBAIKAN;
import static id.aparatur.kinerja.PredikatKinerja.SANGAT_BAIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import id.aparatur.kinerja.domain.RekapKinerja;
import id.aparatur.kinerja.domain.RekapKinerja.MenitJabatanLain;
import id.aparatur.kinerja.domain.RekapKinerja.Pegawai;
import id.aparatur.kinerja.domain.RekapKinerja.Penilaian;
import id.aparatur.kinerja.domain.RekapKinerja.RekapBulan;
import id.aparatur.kinerja.domain.RekapKinerja.RekapUnitBulan;
import id.aparatur.kinerja.domain.RekapKinerja.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RekapKinerjaTests {

    static final BigDecimal AMBANG = BigDecimal.valueOf(30);
    static final List<Unit> UNIT = List.of(new Unit(1, "Sekretariat"), new Unit(2, "Bidang A"), new Unit(3, "Kosong"));
    static final List<Pegawai> PEGAWAI =
            List.of(new Pegawai("a", "Ani", 1), new Pegawai("b", "Budi", 1), new Pegawai("c", "Citra", 2));

    static RekapKinerja.Hasil hitung(
            List<Penilaian> penilaian,
            List<RekapBulan> rekap,
            List<MenitJabatanLain> lain,
            Integer bulan,
            PredikatOrganisasi org) {
        return RekapKinerja.hitung(
                UNIT, PEGAWAI, penilaian, perUnit(rekap), rekap, lain, bulan, org, AturanDistribusi.STANDAR, AMBANG);
    }

    /** What the read model sums in SQL: per current unit and month (employees outside the list are not joined). */
    static List<RekapUnitBulan> perUnit(List<RekapBulan> rekap) {
        Map<String, Long> unit = new HashMap<>();
        PEGAWAI.forEach(p -> unit.put(p.nip(), p.unitId()));
        Map<List<Long>, long[]> m = new LinkedHashMap<>();
        for (RekapBulan r : rekap) {
            Long u = unit.get(r.nip());
            if (u != null) {
                long[] s = m.computeIfAbsent(List.of(u, (long) r.bulan()), k -> new long[4]);
                s[0] += r.menitEfektif();
                s[1] += r.menitSendiri();
                s[2] += r.menitJabatanLain();
                s[3] += r.menitTanpaTugas();
            }
        }
        List<RekapUnitBulan> hasil = new ArrayList<>();
        m.forEach((k, s) -> hasil.add(new RekapUnitBulan(k.get(0), k.get(1).intValue(), s[0], s[1], s[2], s[3])));
        return hasil;
    }

    @Test
    void distribusiDibandingkanDenganAturanPredikatOrganisasi() {
        List<Penilaian> n =
                List.of(new Penilaian("a", 1L, BAIK), new Penilaian("b", 1L, BAIK), new Penilaian("c", 2L, BAIK));
        var h = hitung(n, List.of(), List.of(), null, PredikatOrganisasi.BAIK);
        assertThat(h.distribusi().total()).isEqualTo(3);
        assertThat(h.distribusi().jumlah()).containsEntry(BAIK, 3).containsEntry(SANGAT_BAIK, 0);
        // Baik: at most 70 % Baik, and someone Butuh Perbaikan or Kurang: both broken
        assertThat(h.distribusi().pelanggaran()).hasSize(2);
        assertThat(h.distribusi().batas()).hasSize(2);

        var sah = hitung(
                List.of(
                        new Penilaian("a", 1L, SANGAT_BAIK),
                        new Penilaian("b", 1L, BUTUH_PERBAIKAN),
                        new Penilaian("c", 2L, BAIK)),
                List.of(),
                List.of(),
                null,
                PredikatOrganisasi.BAIK);
        assertThat(sah.distribusi().pelanggaran()).isEmpty();
    }

    @Test
    void tanpaPredikatOrganisasiTidakAdaAturan() {
        var h = RekapKinerja.hitung(
                UNIT,
                PEGAWAI,
                List.of(new Penilaian("a", 1L, BAIK)),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                AturanDistribusi.STANDAR,
                AMBANG);
        assertThat(h.distribusi().predikatOrganisasi()).isNull();
        assertThat(h.distribusi().batas()).isEmpty();
        assertThat(h.distribusi().pelanggaran()).isEmpty();
    }

    @Test
    void predikatPerUnitDanBelumDinilai() {
        var h = hitung(
                List.of(new Penilaian("a", 1L, SANGAT_BAIK), new Penilaian("x", 2L, BAIK)),
                List.of(),
                List.of(),
                null,
                PredikatOrganisasi.ISTIMEWA);
        assertThat(h.unit()).extracting(RekapKinerja.KinerjaUnit::unitId).containsExactly(1L, 2L);
        var sekretariat = h.unit().get(0);
        assertThat(sekretariat.pegawai()).isEqualTo(2);
        assertThat(sekretariat.jumlah()).containsEntry(SANGAT_BAIK, 1);
        assertThat(sekretariat.belumDinilai()).isEqualTo(1);
        // "x" moved away: counted in unit 2 where the SKP was made; Citra there has none yet
        assertThat(h.unit().get(1).jumlah()).containsEntry(BAIK, 1);
        assertThat(h.unit().get(1).belumDinilai()).isEqualTo(1);
    }

    @Test
    void jamEfektifRataRataPerPegawaiPerBulan() {
        List<RekapBulan> r = List.of(
                new RekapBulan("a", 1, 600, 0, 0, 600, 3, 0),
                new RekapBulan("b", 1, 300, 0, 0, 300, 1, 0),
                new RekapBulan("c", 2, 90, 0, 0, 90, 1, 0),
                new RekapBulan("zz", 1, 9999, 0, 0, 9999, 1, 0));
        var h = hitung(List.of(), r, List.of(), null, null);
        assertThat(h.jam()).hasSize(2);
        var sek = h.jam().get(0);
        assertThat(sek.jamPerPegawai().get(0)).isEqualByComparingTo("7.5"); // 900 min / 2 pegawai
        assertThat(sek.jamPerPegawai().get(1)).isEqualByComparingTo("0");
        assertThat(sek.jamTotal()).isEqualByComparingTo("15");
        assertThat(h.jam().get(1).jamPerPegawai().get(1)).isEqualByComparingTo("1.5");
    }

    @Test
    void kesesuaianPerUnitDanSinyalPenempatan() {
        List<RekapBulan> r = List.of(
                new RekapBulan("a", 3, 600, 300, 300, 0, 4, 0),
                new RekapBulan("b", 3, 600, 500, 100, 0, 4, 0),
                new RekapBulan("a", 4, 600, 600, 0, 0, 4, 0));
        List<MenitJabatanLain> lain = List.of(
                new MenitJabatanLain("a", 3, 77, 200),
                new MenitJabatanLain("a", 3, 88, 100),
                new MenitJabatanLain("b", 3, 77, 100));
        var maret = hitung(List.of(), r, lain, 3, null);
        var sek = maret.kesesuaian().get(0);
        assertThat(sek.menitSendiri()).isEqualTo(800);
        assertThat(sek.menitJabatanLain()).isEqualTo(400);
        assertThat(sek.persenSesuai()).isEqualByComparingTo("66.7");
        // a: 200 of 600 task-linked minutes on jabatan 77 = 33.3 % > 30 %; b: 100 of 600 = 16.7 %
        assertThat(maret.sinyal()).singleElement().satisfies(s -> {
            assertThat(s.nip()).isEqualTo("a");
            assertThat(s.jabatanLainId()).isEqualTo(77L);
            assertThat(s.persen()).isEqualByComparingTo("33.3");
        });
        // over the year a: 200 of 1200 = 16.7 %: no signal
        assertThat(hitung(List.of(), r, lain, null, null).sinyal()).isEmpty();
        // unit 2 has no task-linked minute
        assertThat(maret.kesesuaian().get(1).persenSesuai()).isNull();
    }

    @Test
    void bulanDiLuarRentangDitolak() {
        assertThatThrownBy(() -> hitung(List.of(), List.of(), List.of(), 13, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
