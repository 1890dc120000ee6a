package id.aparatur.kinerja;

import static id.aparatur.kinerja.Ekspektasi.DI_ATAS;
import static id.aparatur.kinerja.Ekspektasi.DI_BAWAH;
import static id.aparatur.kinerja.Ekspektasi.SESUAI;
import static id.aparatur.kinerja.PredikatKinerja.BAIK;
import static id.aparatur.kinerja.PredikatKinerja.BUTUH_PERBAIKAN;
import static id.aparatur.kinerja.PredikatKinerja.KURANG;
import static id.aparatur.kinerja.PredikatKinerja.SANGAT_BAIK;
import static id.aparatur.kinerja.PredikatKinerja.SANGAT_KURANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.AturanDistribusi.Jenis;
import id.aparatur.kinerja.domain.AturanDistribusi.Pelanggaran;
import id.aparatur.kinerja.domain.KonversiAngkaKredit;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import id.aparatur.kinerja.domain.TabelTpp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AturanKinerjaTests {

    @Test
    void matriksPredikatSembilanSel() {
        assertThat(MatriksPredikat.predikat(DI_ATAS, DI_ATAS)).isEqualTo(SANGAT_BAIK);
        assertThat(MatriksPredikat.predikat(DI_ATAS, SESUAI)).isEqualTo(BAIK);
        assertThat(MatriksPredikat.predikat(DI_ATAS, DI_BAWAH)).isEqualTo(KURANG);
        assertThat(MatriksPredikat.predikat(SESUAI, DI_ATAS)).isEqualTo(BAIK);
        assertThat(MatriksPredikat.predikat(SESUAI, SESUAI)).isEqualTo(BAIK);
        assertThat(MatriksPredikat.predikat(SESUAI, DI_BAWAH)).isEqualTo(KURANG);
        assertThat(MatriksPredikat.predikat(DI_BAWAH, DI_ATAS)).isEqualTo(BUTUH_PERBAIKAN);
        assertThat(MatriksPredikat.predikat(DI_BAWAH, SESUAI)).isEqualTo(BUTUH_PERBAIKAN);
        assertThat(MatriksPredikat.predikat(DI_BAWAH, DI_BAWAH)).isEqualTo(SANGAT_KURANG);
    }

    @Test
    void labelPredikatDariSistemLain() {
        assertThat(PredikatKinerja.dari("Sangat Baik")).contains(SANGAT_BAIK);
        assertThat(PredikatKinerja.dari(" butuh  perbaikan ")).contains(BUTUH_PERBAIKAN);
        assertThat(PredikatKinerja.dari("Kurang/misconduct")).contains(KURANG);
        assertThat(PredikatKinerja.dari("KURANG")).contains(KURANG);
        assertThat(PredikatKinerja.dari("SANGAT_KURANG")).contains(SANGAT_KURANG);
        assertThat(PredikatKinerja.dari("Istimewa")).isEmpty();
        assertThat(KURANG.label()).isEqualTo("Kurang/Misconduct");
    }

    private static List<PredikatKinerja> unit(Object... jumlahDanPredikat) {
        List<PredikatKinerja> hasil = new ArrayList<>();
        for (int i = 0; i < jumlahDanPredikat.length; i += 2) {
            for (int n = 0; n < (Integer) jumlahDanPredikat[i]; n++) {
                hasil.add((PredikatKinerja) jumlahDanPredikat[i + 1]);
            }
        }
        return hasil;
    }

    private static List<Jenis> langgar(PredikatOrganisasi o, List<PredikatKinerja> p) {
        return AturanDistribusi.STANDAR.periksa(o, p).stream()
                .map(x -> x.batas().jenis())
                .toList();
    }

    @Test
    void istimewaSangatBaikPalingBanyakTujuhPuluhPersen() {
        assertThat(langgar(PredikatOrganisasi.ISTIMEWA, unit(7, SANGAT_BAIK, 3, BAIK)))
                .isEmpty();
        List<Pelanggaran> p =
                AturanDistribusi.STANDAR.periksa(PredikatOrganisasi.ISTIMEWA, unit(8, SANGAT_BAIK, 2, BAIK));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.batas().jenis()).isEqualTo(Jenis.PALING_BANYAK);
            assertThat(x.jumlah()).isEqualTo(8);
            assertThat(x.total()).isEqualTo(10);
        });
    }

    @Test
    void baikPalingBanyakTujuhPuluhPersenBaikDanWajibAdaButuhPerbaikanAtauKurang() {
        assertThat(langgar(PredikatOrganisasi.BAIK, unit(7, BAIK, 2, SANGAT_BAIK, 1, BUTUH_PERBAIKAN)))
                .isEmpty();
        assertThat(langgar(PredikatOrganisasi.BAIK, unit(7, BAIK, 2, SANGAT_BAIK, 1, KURANG)))
                .isEmpty();
        assertThat(langgar(PredikatOrganisasi.BAIK, unit(8, BAIK, 1, SANGAT_BAIK, 1, KURANG)))
                .containsExactly(Jenis.PALING_BANYAK);
        assertThat(langgar(PredikatOrganisasi.BAIK, unit(7, BAIK, 3, SANGAT_BAIK)))
                .containsExactly(Jenis.WAJIB_ADA);
        // One person alone cannot be split.
        assertThat(langgar(PredikatOrganisasi.BAIK, unit(1, SANGAT_BAIK))).isEmpty();
    }

    @Test
    void butuhPerbaikanPalingSedikitEnamPuluhPersenDanSangatBaikPalingBanyakSepuluhPersen() {
        assertThat(langgar(PredikatOrganisasi.BUTUH_PERBAIKAN, unit(6, BUTUH_PERBAIKAN, 1, SANGAT_BAIK, 3, BAIK)))
                .isEmpty();
        assertThat(langgar(PredikatOrganisasi.BUTUH_PERBAIKAN, unit(5, BUTUH_PERBAIKAN, 1, SANGAT_BAIK, 4, BAIK)))
                .containsExactly(Jenis.PALING_SEDIKIT);
        assertThat(langgar(PredikatOrganisasi.BUTUH_PERBAIKAN, unit(6, BUTUH_PERBAIKAN, 2, SANGAT_BAIK, 2, BAIK)))
                .containsExactly(Jenis.PALING_BANYAK);
    }

    @Test
    void kurangEnamPuluhPersenKurangSepuluhPersenButuhPerbaikanSangatBaikPalingBanyakSepuluh() {
        assertThat(langgar(PredikatOrganisasi.KURANG, unit(6, KURANG, 1, BUTUH_PERBAIKAN, 1, SANGAT_BAIK, 2, BAIK)))
                .isEmpty();
        assertThat(langgar(PredikatOrganisasi.KURANG, unit(6, KURANG, 0, BUTUH_PERBAIKAN, 1, SANGAT_BAIK, 3, BAIK)))
                .containsExactly(Jenis.PALING_SEDIKIT);
        assertThat(langgar(PredikatOrganisasi.KURANG, unit(5, KURANG, 1, BUTUH_PERBAIKAN, 2, SANGAT_BAIK, 2, BAIK)))
                .containsExactly(Jenis.PALING_SEDIKIT, Jenis.PALING_BANYAK);
    }

    @Test
    void sangatKurangTanpaSangatBaik() {
        assertThat(langgar(PredikatOrganisasi.SANGAT_KURANG, unit(6, SANGAT_KURANG, 1, KURANG, 3, BAIK)))
                .isEmpty();
        assertThat(langgar(PredikatOrganisasi.SANGAT_KURANG, unit(6, SANGAT_KURANG, 1, BUTUH_PERBAIKAN, 3, BAIK)))
                .isEmpty();
        assertThat(langgar(PredikatOrganisasi.SANGAT_KURANG, unit(6, SANGAT_KURANG, 1, SANGAT_BAIK, 3, BAIK)))
                .containsExactly(Jenis.PALING_SEDIKIT, Jenis.PALING_BANYAK);
        assertThat(langgar(PredikatOrganisasi.SANGAT_KURANG, unit(5, SANGAT_KURANG, 1, KURANG, 4, BAIK)))
                .containsExactly(Jenis.PALING_SEDIKIT);
    }

    @Test
    void tabelDistribusiBerlakuMenurutTanggal() {
        AturanDistribusi baru = new AturanDistribusi(
                LocalDate.of(2027, 1, 1),
                Map.of(
                        PredikatOrganisasi.ISTIMEWA,
                        List.of(new AturanDistribusi.Batas(Jenis.PALING_BANYAK, java.util.Set.of(SANGAT_BAIK), 50))));
        List<AturanDistribusi> tabel = List.of(AturanDistribusi.STANDAR, baru);
        assertThat(AturanDistribusi.berlaku(tabel, LocalDate.of(2026, 12, 31))).isSameAs(AturanDistribusi.STANDAR);
        assertThat(AturanDistribusi.berlaku(tabel, LocalDate.of(2027, 1, 1))).isSameAs(baru);
        assertThatThrownBy(() -> AturanDistribusi.berlaku(tabel, LocalDate.of(2021, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(baru.periksa(PredikatOrganisasi.ISTIMEWA, unit(6, SANGAT_BAIK, 4, BAIK)))
                .hasSize(1);
        assertThat(AturanDistribusi.STANDAR.periksa(PredikatOrganisasi.ISTIMEWA, unit(6, SANGAT_BAIK, 4, BAIK)))
                .isEmpty();
    }

    @Test
    void angkaKreditDariPredikat() {
        // The reference table (§5.7), one year.
        assertThat(KonversiAngkaKredit.angkaKredit("PEMULA", SANGAT_BAIK, 12)).isEqualByComparingTo("5.63");
        assertThat(KonversiAngkaKredit.angkaKredit("PEMULA", SANGAT_KURANG, 12)).isEqualByComparingTo("0.94");
        assertThat(KonversiAngkaKredit.angkaKredit("MAHIR", BUTUH_PERBAIKAN, 12))
                .isEqualByComparingTo("9.38");
        assertThat(KonversiAngkaKredit.angkaKredit("AHLI_PERTAMA", SANGAT_KURANG, 12))
                .isEqualByComparingTo("3.13");
        assertThat(KonversiAngkaKredit.angkaKredit("AHLI_MUDA", BAIK, 12)).isEqualByComparingTo("25");
        assertThat(KonversiAngkaKredit.angkaKredit("AHLI_MADYA", BUTUH_PERBAIKAN, 12))
                .isEqualByComparingTo("28.13");
        assertThat(KonversiAngkaKredit.angkaKredit("AHLI_UTAMA", SANGAT_BAIK, 12))
                .isEqualByComparingTo("75");
        // Pro rata: six months of ahli muda at Baik.
        assertThat(KonversiAngkaKredit.angkaKredit("AHLI_MUDA", BAIK, 6)).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThatThrownBy(() -> KonversiAngkaKredit.angkaKredit("PELAKSANA", BAIK, 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KonversiAngkaKredit.angkaKredit("AHLI_MUDA", BAIK, 13))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tabelTpp() {
        assertThat(TabelTpp.STANDAR.tpp(2_000_000, BAIK)).isEqualTo(2_000_000);
        assertThat(TabelTpp.STANDAR.tpp(2_000_000, BUTUH_PERBAIKAN)).isEqualTo(1_400_000);
        assertThat(TabelTpp.STANDAR.tpp(2_000_000, KURANG)).isEqualTo(800_000);
        assertThat(TabelTpp.STANDAR.tpp(2_000_000, SANGAT_KURANG)).isZero();
        assertThatThrownBy(() -> new TabelTpp(Map.of(BAIK, 100))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TabelTpp.STANDAR.tpp(-1, BAIK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void semesteranPunyaTepatDuaPeriodeJanuariJuniDanJuliDesember() {
        var semester = id.aparatur.kinerja.domain.PeriodeEvaluasi.SEMESTERAN;
        assertThat(semester.jumlah()).isEqualTo(2);
        assertThat(semester.bulan()).isEqualTo(6);
        assertThat(semester.jadwal(2026))
                .containsExactly(
                        new id.aparatur.kinerja.domain.PeriodeEvaluasi.Jadwal(
                                1, "SEMESTER_1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                        new id.aparatur.kinerja.domain.PeriodeEvaluasi.Jadwal(
                                2, "SEMESTER_2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)));
        assertThat(semester.periodeKe(LocalDate.of(2026, 6, 30))).isEqualTo(1);
        assertThat(semester.periodeKe(LocalDate.of(2026, 7, 1))).isEqualTo(2);
        assertThatThrownBy(() -> semester.nama(3)).isInstanceOf(IllegalArgumentException.class);
        // every schedule covers the whole year without gaps
        for (var p : id.aparatur.kinerja.domain.PeriodeEvaluasi.values()) {
            var j = p.jadwal(2028);
            assertThat(j).hasSize(p.jumlah());
            assertThat(j.get(0).mulai()).isEqualTo(LocalDate.of(2028, 1, 1));
            assertThat(j.get(j.size() - 1).selesai()).isEqualTo(LocalDate.of(2028, 12, 31));
            for (int k = 1; k < j.size(); k++) {
                assertThat(j.get(k).mulai()).isEqualTo(j.get(k - 1).selesai().plusDays(1));
            }
        }
        assertThat(id.aparatur.kinerja.domain.PeriodeEvaluasi.TRIWULANAN.nama(4))
                .isEqualTo("TRIWULAN_4");
        assertThat(id.aparatur.kinerja.domain.PeriodeEvaluasi.BULANAN.nama(12)).isEqualTo("BULAN_12");
        var aturan = id.aparatur.kinerja.domain.AturanPeriodeEvaluasi.STANDAR;
        assertThat(aturan.boleh(semester)).isTrue();
        assertThat(aturan.baku()).isEqualTo(id.aparatur.kinerja.domain.PeriodeEvaluasi.TRIWULANAN);
        assertThatThrownBy(() -> new id.aparatur.kinerja.domain.AturanPeriodeEvaluasi(
                        List.of(semester), id.aparatur.kinerja.domain.PeriodeEvaluasi.TRIWULANAN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tindakLanjutHanyaUntukPredikatRendahDanStatusHanyaMaju() {
        // results below → development; behaviour below (misconduct) → coaching and a discipline check
        assertThat(BUTUH_PERBAIKAN.tindakLanjut()).contains(JenisTindakLanjut.PENGEMBANGAN);
        assertThat(KURANG.tindakLanjut()).contains(JenisTindakLanjut.PEMBINAAN);
        assertThat(SANGAT_KURANG.tindakLanjut()).contains(JenisTindakLanjut.PEMBINAAN);
        assertThat(BAIK.tindakLanjut()).isEmpty();
        assertThat(SANGAT_BAIK.tindakLanjut()).isEmpty();
        var standar = id.aparatur.kinerja.AturanTindakLanjut.STANDAR;
        assertThat(standar.untuk(BUTUH_PERBAIKAN).orElseThrow().periksaDisiplin())
                .isFalse();
        assertThat(standar.untuk(KURANG).orElseThrow().periksaDisiplin()).isTrue();
        assertThat(standar.untuk(SANGAT_KURANG).orElseThrow().periksaDisiplin()).isTrue();
        assertThat(standar.untuk(BAIK)).isEmpty();
        assertThatThrownBy(() -> new id.aparatur.kinerja.AturanTindakLanjut(java.util.Map.of(
                        SANGAT_BAIK,
                        new id.aparatur.kinerja.AturanTindakLanjut.TindakLanjutBaku(
                                JenisTindakLanjut.PEMBINAAN, false))))
                .isInstanceOf(IllegalArgumentException.class);
        // the cause first: nothing leaves TERBUKA before it is recorded; the cause is fixed once under way
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehBertindak(
                        id.aparatur.kinerja.domain.TindakLanjut.Status.BERJALAN, false))
                .isFalse();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehBertindak(
                        id.aparatur.kinerja.domain.TindakLanjut.Status.SELESAI, false))
                .isFalse();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehBertindak(
                        id.aparatur.kinerja.domain.TindakLanjut.Status.BERJALAN, true))
                .isTrue();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehCatatPenyebab(
                        id.aparatur.kinerja.domain.TindakLanjut.Status.BERJALAN))
                .isFalse();

        var terbuka = id.aparatur.kinerja.domain.TindakLanjut.Status.TERBUKA;
        var berjalan = id.aparatur.kinerja.domain.TindakLanjut.Status.BERJALAN;
        var selesai = id.aparatur.kinerja.domain.TindakLanjut.Status.SELESAI;
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehPindah(terbuka, berjalan))
                .isTrue();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehPindah(berjalan, selesai))
                .isTrue();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehPindah(terbuka, selesai))
                .isTrue();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehPindah(selesai, berjalan))
                .isFalse();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.bolehPindah(berjalan, berjalan))
                .isFalse();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.layakPenghargaan(
                        id.aparatur.kinerja.domain.StatusSkp.FINAL, SANGAT_BAIK))
                .isTrue();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.layakPenghargaan(
                        id.aparatur.kinerja.domain.StatusSkp.DINILAI, SANGAT_BAIK))
                .as("belum final")
                .isFalse();
        assertThat(id.aparatur.kinerja.domain.TindakLanjut.layakPenghargaan(
                        id.aparatur.kinerja.domain.StatusSkp.FINAL, BAIK))
                .isFalse();
    }

    @Test
    void namaPeriodeEvaluasi() {
        assertThat(id.aparatur.kinerja.domain.PeriodeEvaluasi.TRIWULANAN.nama(2))
                .isEqualTo("TRIWULAN_2");
        assertThat(id.aparatur.kinerja.domain.PeriodeEvaluasi.BULANAN.nama(12)).isEqualTo("BULAN_12");
        assertThat(id.aparatur.kinerja.domain.PeriodeEvaluasi.TRIWULANAN.jumlah())
                .isEqualTo(4);
        assertThat(id.aparatur.kinerja.domain.PeriodeEvaluasi.TRIWULANAN.bulan())
                .isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> id.aparatur.kinerja.domain.PeriodeEvaluasi.TRIWULANAN.nama(5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
