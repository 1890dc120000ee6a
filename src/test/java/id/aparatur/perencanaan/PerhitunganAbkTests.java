package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.perencanaan.domain.AturanAbk;
import id.aparatur.perencanaan.domain.AturanPembulatan;
import id.aparatur.perencanaan.domain.BatasGradeEj;
import id.aparatur.perencanaan.domain.GradeEj;
import id.aparatur.perencanaan.domain.PerhitunganAbk;
import id.aparatur.perencanaan.domain.StatusAbk;
import id.aparatur.perencanaan.domain.TugasAbk;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektif;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ABK arithmetic of PermenPANRB 1/2020: beban kerja, kebutuhan with each rounding rule, EJ bands, WKE dating. */
class PerhitunganAbkTests {

    static final int WKE = 75_000;

    static TugasAbk tugas(long volume, long norma) {
        return new TugasAbk("tugas", "hasil", "satuan", volume, norma);
    }

    @Test
    void contohDariReferensi120Kali180Ditambah40000Menjadi082DanSatuPegawai() {
        List<TugasAbk> t = List.of(new TugasAbk("Menyusun laporan", "Laporan", "dokumen", 120, 180), tugas(1, 40_000));
        PerhitunganAbk.Hasil h = PerhitunganAbk.hitung(t, WKE, AturanPembulatan.SETENGAH_KE_ATAS, 1, BatasGradeEj.BAKU);
        assertThat(h.bebanPerTugas()).containsExactly(21_600L, 40_000L);
        assertThat(h.totalBebanMenit()).isEqualTo(61_600);
        assertThat(h.kebutuhanTepat()).isEqualByComparingTo("0.8213");
        assertThat(h.kebutuhanTepat().setScale(2, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.82");
        assertThat(h.kebutuhan()).isEqualTo(1);
        assertThat(h.ej()).isEqualByComparingTo("0.82");
        assertThat(h.gradeEj()).isEqualTo(GradeEj.C);
        assertThat(PerhitunganAbk.hitung(t, WKE, AturanPembulatan.KE_BAWAH, 1, BatasGradeEj.BAKU)
                        .kebutuhan())
                .isZero();
        assertThat(PerhitunganAbk.hitung(t, WKE, AturanPembulatan.KE_ATAS, 1, BatasGradeEj.BAKU)
                        .kebutuhan())
                .isOne();
    }

    /** Boundaries at .5 (exactly, just under, just over) and at whole numbers, for each rule. */
    @ParameterizedTest(name = "{0} menit ÷ 75.000 → ≥0,5: {1}, plafon: {2}, lantai: {3}")
    @CsvSource({
        "0,      0, 0, 0",
        "1,      0, 1, 0",
        "37499,  0, 1, 0",
        "37500,  1, 1, 0",
        "37501,  1, 1, 0",
        "74999,  1, 1, 0",
        "75000,  1, 1, 1",
        "75001,  1, 2, 1",
        "112499, 1, 2, 1",
        "112500, 2, 2, 1",
        "150000, 2, 2, 2"
    })
    void pembulatanDiBatasSetengah(long beban, int setengah, int atas, int bawah) {
        assertThat(AturanPembulatan.SETENGAH_KE_ATAS.bulatkan(beban, WKE)).isEqualTo(setengah);
        assertThat(AturanPembulatan.KE_ATAS.bulatkan(beban, WKE)).isEqualTo(atas);
        assertThat(AturanPembulatan.KE_BAWAH.bulatkan(beban, WKE)).isEqualTo(bawah);
    }

    @Test
    void pembulatanSetengahPadaPenyebutGanjilTepatTanpaPendekatanDesimal() {
        // 3 ÷ 7 = 0.428… → 0 ; 4 ÷ 7 = 0.571… → 1 ; no 0.5 exactly exists, the exact fraction decides.
        assertThat(AturanPembulatan.SETENGAH_KE_ATAS.bulatkan(3, 7)).isZero();
        assertThat(AturanPembulatan.SETENGAH_KE_ATAS.bulatkan(4, 7)).isOne();
        // Huge values do not overflow in the comparison.
        assertThat(AturanPembulatan.SETENGAH_KE_ATAS.bulatkan(Long.MAX_VALUE, Long.MAX_VALUE - 1))
                .isOne();
        assertThatThrownBy(() -> AturanPembulatan.KE_ATAS.bulatkan(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "EJ {0} → {1}")
    @CsvSource({
        "1.01, A",
        "5.00, A",
        "1.00, B",
        "0.90, B",
        "0.89, C",
        "0.70, C",
        "0.69, D",
        "0.50, D",
        "0.49, E",
        "0.00, E",
        "1.004, B",
        "1.005, A",
        "0.895, B",
        "0.894, C",
        "0.695, C",
        "0.495, D",
        "0.4949, E"
    })
    void gradeEjDiTepiPita(String ej, GradeEj grade) {
        assertThat(BatasGradeEj.BAKU.grade(new BigDecimal(ej))).isEqualTo(grade);
    }

    @Test
    void ejDihitungDariPemangkuDanTanpaPemangkuKosong() {
        // 2 holders, 150,000 minutes of workload = exactly 1.00 → B; 3 holders → 0.67 → D.
        List<TugasAbk> t = List.of(tugas(1000, 150));
        assertThat(PerhitunganAbk.hitung(t, WKE, AturanPembulatan.SETENGAH_KE_ATAS, 2, BatasGradeEj.BAKU)
                        .gradeEj())
                .isEqualTo(GradeEj.B);
        PerhitunganAbk.Hasil tiga =
                PerhitunganAbk.hitung(t, WKE, AturanPembulatan.SETENGAH_KE_ATAS, 3, BatasGradeEj.BAKU);
        assertThat(tiga.ej()).isEqualByComparingTo("0.67");
        assertThat(tiga.gradeEj()).isEqualTo(GradeEj.D);
        PerhitunganAbk.Hasil nol =
                PerhitunganAbk.hitung(t, WKE, AturanPembulatan.SETENGAH_KE_ATAS, 0, BatasGradeEj.BAKU);
        assertThat(nol.ej()).isNull();
        assertThat(nol.gradeEj()).isNull();
        assertThat(nol.kebutuhan()).isEqualTo(2);
    }

    @Test
    void batasGradeDapatDiaturTetapiHarusMenurun() {
        BatasGradeEj ketat = new BatasGradeEj(
                new BigDecimal("1.10"), new BigDecimal("0.95"), new BigDecimal("0.80"), new BigDecimal("0.60"));
        assertThat(ketat.grade(new BigDecimal("1.05"))).isEqualTo(GradeEj.B);
        assertThat(ketat.grade(new BigDecimal("0.59"))).isEqualTo(GradeEj.E);
        assertThatThrownBy(() -> new BatasGradeEj(
                        new BigDecimal("1.00"), new BigDecimal("0.50"), new BigDecimal("0.70"), new BigDecimal("0.40")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daftarKosongBebanNolDanKebutuhanNol() {
        PerhitunganAbk.Hasil h = PerhitunganAbk.hitung(List.of(), WKE, AturanPembulatan.KE_ATAS, 1, BatasGradeEj.BAKU);
        assertThat(h.totalBebanMenit()).isZero();
        assertThat(h.kebutuhan()).isZero();
        assertThat(h.gradeEj()).isEqualTo(GradeEj.E);
    }

    @Test
    void bebanMeluapDitolakBukanDibungkus() {
        assertThatThrownBy(() -> tugas(Long.MAX_VALUE, 2).bebanMenit()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> PerhitunganAbk.hitung(
                        List.of(tugas(Long.MAX_VALUE / 2, 1), tugas(Long.MAX_VALUE / 2, 1), tugas(2, 1)),
                        WKE,
                        AturanPembulatan.KE_ATAS,
                        0,
                        BatasGradeEj.BAKU))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void wkeBerlakuPada1JanuariTahunAbk() {
        WaktuKerjaEfektif lama = new WaktuKerjaEfektif(LocalDate.of(2020, 1, 1), 75_000, "PermenPANRB 1/2020");
        WaktuKerjaEfektif tengahTahun = new WaktuKerjaEfektif(LocalDate.of(2027, 7, 1), 72_000, "contoh");
        WaktuKerjaEfektif awalTahun = new WaktuKerjaEfektif(LocalDate.of(2029, 1, 1), 90_000, "enam hari kerja");
        List<WaktuKerjaEfektif> tabel = List.of(awalTahun, lama, tengahTahun);
        assertThat(WaktuKerjaEfektif.untukTahun(tabel, 2019)).isEmpty();
        assertThat(WaktuKerjaEfektif.untukTahun(tabel, 2020)).contains(lama);
        assertThat(WaktuKerjaEfektif.untukTahun(tabel, 2027)).contains(lama);
        assertThat(WaktuKerjaEfektif.untukTahun(tabel, 2028)).contains(tengahTahun);
        assertThat(WaktuKerjaEfektif.untukTahun(tabel, 2029)).contains(awalTahun);
        assertThat(WaktuKerjaEfektif.berlakuPada(tabel, LocalDate.of(2027, 6, 30)))
                .contains(lama);
        assertThat(WaktuKerjaEfektif.berlakuPada(tabel, LocalDate.of(2027, 7, 1)))
                .contains(tengahTahun);
        assertThat(WaktuKerjaEfektif.BAKU.menitPerTahun()).isEqualTo(75_000);
        assertThatThrownBy(() -> new WaktuKerjaEfektif(LocalDate.of(2030, 1, 1), 0, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static AturanAbk.Isian isian(String uraian, String volume, String norma) {
        return new AturanAbk.Isian(
                uraian,
                null,
                null,
                volume == null ? null : new BigDecimal(volume),
                norma == null ? null : new BigDecimal(norma));
    }

    @Test
    void isianSalahDilaporkanPerBarisDanKolomSekaligus() {
        List<AturanAbk.Isian> isian = List.of(
                isian("Baik", "10", "30"),
                isian("  ", "0", "-5"),
                isian("Pecahan", "2.5", "75001"),
                isian("Raksasa", "100000001", null));
        assertThatThrownBy(() -> AturanAbk.periksa(isian, WKE, AturanPembulatan.SETENGAH_KE_ATAS))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(g -> g.field() + "=" + g.kodePesan())
                                .containsExactly(
                                        "tugas[1].uraian=abk.tugas.uraian.wajib",
                                        "tugas[1].volume=abk.tugas.volume.positif",
                                        "tugas[1].normaWaktu=abk.tugas.norma-waktu.positif",
                                        "tugas[2].volume=abk.tugas.volume.bulat",
                                        "tugas[2].normaWaktu=abk.tugas.norma-waktu.terlalu-besar",
                                        "tugas[3].volume=abk.tugas.volume.terlalu-besar",
                                        "tugas[3].normaWaktu=abk.tugas.norma-waktu.wajib"));
        List<TugasAbk> baik = AturanAbk.periksa(
                List.of(isian(" Menyusun ", "120", "180"), isian("x", "2.000", "75000")),
                WKE,
                AturanPembulatan.SETENGAH_KE_ATAS);
        assertThat(baik.get(0).uraian()).isEqualTo("Menyusun");
        assertThat(baik.get(1).volume()).isEqualTo(2);
        assertThat(baik.get(1).normaWaktu()).isEqualTo(WKE);
    }

    @Test
    void bebanYangMenghasilkanKebutuhanTakWajarDitolak() {
        List<AturanAbk.Isian> banyak = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            banyak.add(isian("t" + i, "100000000", "75000"));
        }
        assertThatThrownBy(() -> AturanAbk.periksa(banyak, WKE, AturanPembulatan.SETENGAH_KE_ATAS))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.kodePesan()).containsExactly("abk.tugas.beban-terlalu-besar"));
        banyak.add(isian("t", "1", "1"));
        assertThatThrownBy(() -> AturanAbk.periksa(banyak, WKE, AturanPembulatan.SETENGAH_KE_ATAS))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.kodePesan()).containsExactly("abk.tugas.terlalu-banyak"));
    }

    @Test
    void tahunCatatanDanWkeDiperiksa() {
        assertThatThrownBy(() -> AturanAbk.periksaTahun(1999)).isInstanceOf(ValidasiException.class);
        assertThatThrownBy(() -> AturanAbk.periksaTahun(2101)).isInstanceOf(ValidasiException.class);
        AturanAbk.periksaTahun(2000);
        AturanAbk.periksaTahun(2100);
        assertThatThrownBy(() -> AturanAbk.periksaCatatan("   "))
                .isInstanceOfSatisfying(
                        ValidasiException.class, e -> assertThat(e.kodePesan()).containsExactly("abk.catatan.wajib"));
        assertThat(AturanAbk.periksaCatatan(" perbaiki norma ")).isEqualTo("perbaiki norma");
        assertThatThrownBy(() -> AturanAbk.periksaWke(null, new BigDecimal("525601"), ""))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(ValidasiException.Galat::field)
                                .containsExactly("berlakuMulai", "menitPerTahun", "dasarHukum"));
    }

    @Test
    void alurStatusHanyaMenurutAturan() {
        assertThat(StatusAbk.DRAF.ajukan()).isEqualTo(StatusAbk.DIAJUKAN);
        assertThat(StatusAbk.DIKEMBALIKAN.ajukan()).isEqualTo(StatusAbk.DIAJUKAN);
        assertThat(StatusAbk.DIAJUKAN.finalkan()).isEqualTo(StatusAbk.FINAL);
        assertThat(StatusAbk.DIAJUKAN.kembalikan()).isEqualTo(StatusAbk.DIKEMBALIKAN);
        assertThatThrownBy(StatusAbk.DRAF::finalkan)
                .isInstanceOfSatisfying(
                        KonflikException.class,
                        e -> assertThat(e.kodePesan()).isEqualTo("abk.status.finalkan-belum-diajukan"));
        assertThatThrownBy(StatusAbk.FINAL::ajukan).isInstanceOf(KonflikException.class);
        assertThatThrownBy(StatusAbk.FINAL::kembalikan).isInstanceOf(KonflikException.class);
        assertThatThrownBy(StatusAbk.DIAJUKAN::pastikanDapatDiubah).isInstanceOf(KonflikException.class);
        assertThatThrownBy(StatusAbk.FINAL::pastikanDapatDiubah).isInstanceOf(KonflikException.class);
        StatusAbk.DRAF.pastikanDapatDiubah();
        StatusAbk.DIKEMBALIKAN.pastikanDapatDiubah();
    }
}
