package id.aparatur.perencanaan.kaskade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.perencanaan.kaskade.HasilKaskade.AkhirRantai;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Formasi;
import id.aparatur.perencanaan.kaskade.HasilKaskade.MataRantai;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Promosi;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Rantai;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Surplus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class KaskadePromosiTests {

    private static final AturanKaskade A = AturanKaskade.STANDAR;
    private static final List<Syarat> SKJ = List.of(new Syarat("M.1", 3, 100), new Syarat("M.2", 3, 100));

    private static PosisiKaskade pos(long id, String tingkat, int kelas, String rumpun, int k) {
        return new PosisiKaskade(id, 1, 1, tingkat, kelas, rumpun, k, null, null, SKJ);
    }

    private static CalonKaskade orang(String nip, @Nullable Long jabatan, int m1, int m2) {
        return CalonUji.calon(nip, jabatan, true, "S1", "III/d", 120, false, null, Map.of("M.1", m1, "M.2", m2));
    }

    private static String nip(int i) {
        return String.format("1980010120050110%02d", i);
    }

    // ------------------------------------------------------------------ hand-checked cascade

    @Test
    void rantaiAdministratorPengawasPelaksanaBerakhirDiFormasi() {
        List<PosisiKaskade> pos = List.of(
                pos(1, "ADMINISTRATOR", 11, "UMUM", 1),
                pos(2, "PENGAWAS", 9, "UMUM", 2),
                pos(3, "PELAKSANA", 7, "UMUM", 3));
        List<CalonKaskade> orang = List.of(
                orang(nip(1), 2L, 2, 2), // pengawas, gap 200
                orang(nip(2), 2L, 3, 3), // pengawas, gap 0: the better fit
                orang(nip(3), 3L, 1, 1), // pelaksana, gap 400
                orang(nip(4), 3L, 3, 2), // pelaksana, gap 100
                orang(nip(5), 3L, 0, 0)); // pelaksana, gap 600
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, orang, A));

        assertThat(h.promosi())
                .extracting(Promosi::nip, Promosi::dariJabatanId, Promosi::keJabatanId, Promosi::kesenjangan)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(nip(2), 2L, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(nip(4), 3L, 2L, 100L));
        assertThat(h.rantai()).hasSize(1);
        Rantai r = h.rantai().get(0);
        assertThat(r.jabatanAwalId()).isEqualTo(1);
        assertThat(r.mata()).containsExactly(new MataRantai(1, nip(2), 2), new MataRantai(2, nip(4), 3));
        assertThat(r.akhir()).isEqualTo(AkhirRantai.FORMASI);
        assertThat(r.jabatanAkhirId()).isEqualTo(3);
        assertThat(h.formasi()).containsExactly(new Formasi(3, "PELAKSANA", 1));
        assertThat(h.ringkasan().lowonganAwal()).isEqualTo(1);
        assertThat(h.ringkasan().kursiTerbuka()).isEqualTo(2);
        assertThat(h.ringkasan().semuaSertifikatSah()).isTrue();
        assertThat(h.langkah()).extracting(HasilKaskade.Langkah::tingkat).containsExactly("ADMINISTRATOR", "PENGAWAS");
    }

    @Test
    void promosiDariJabatanYangKelebihanTidakMembukaKursi() {
        List<PosisiKaskade> pos = List.of(pos(1, "PENGAWAS", 9, "UMUM", 1), pos(2, "PELAKSANA", 7, "UMUM", 1));
        List<CalonKaskade> orang = List.of(orang(nip(1), 2L, 3, 3), orang(nip(2), 2L, 1, 1));
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, orang, A));
        assertThat(h.promosi()).singleElement().satisfies(p -> {
            assertThat(p.nip()).isEqualTo(nip(1));
            assertThat(p.membukaKursi()).isFalse();
        });
        assertThat(h.rantai()).singleElement().extracting(Rantai::akhir).isEqualTo(AkhirRantai.TANPA_KURSI_TERBUKA);
        assertThat(h.formasi()).isEmpty();
        assertThat(h.surplus()).isEmpty();
    }

    @Test
    void lowonganTanpaCalonMenyebutGerbangYangGagal() {
        List<PosisiKaskade> pos = List.of(pos(1, "PENGAWAS", 9, "UMUM", 1), pos(2, "PELAKSANA", 7, "UMUM", 2));
        CalonKaskade baru = CalonUji.calon(nip(1), 2L, true, "S1", "III/d", 47, false, null, Map.of());
        CalonKaskade dihukum = CalonUji.calon(nip(2), 2L, true, "S1", "III/d", 100, true, null, Map.of());
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, List.of(baru, dihukum), A));
        assertThat(h.promosi()).isEmpty();
        assertThat(h.tanpaCalon()).singleElement().satisfies(t -> {
            assertThat(t.jabatanId()).isEqualTo(1);
            assertThat(t.calonDiperiksa()).isEqualTo(2);
            assertThat(t.gagal()).containsEntry(Gerbang.MASA, 1).containsEntry(Gerbang.HUKUMAN, 1);
        });
        assertThat(h.rantai()).singleElement().extracting(Rantai::akhir).isEqualTo(AkhirRantai.TANPA_CALON);
    }

    @Test
    void jptTidakDiisiTetapiDaftarCalonInternalUntukSeleksiTerbuka() {
        List<PosisiKaskade> pos =
                List.of(pos(1, "JPT_PRATAMA", 14, "UMUM", 1), pos(2, "ADMINISTRATOR", 11, "HUKUM", 2));
        CalonKaskade layak = CalonUji.calon(nip(1), 2L, true, "S2", "IV/b", 24, false, null, Map.of());
        CalonKaskade golonganKurang = CalonUji.calon(nip(2), 2L, true, "S2", "IV/a", 60, false, null, Map.of());
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, List.of(layak, golonganKurang), A));
        assertThat(h.promosi()).isEmpty();
        assertThat(h.rantai()).isEmpty();
        assertThat(h.seleksiTerbuka()).singleElement().satisfies(s -> {
            assertThat(s.jabatanId()).isEqualTo(1);
            assertThat(s.jumlah()).isEqualTo(1);
            // Open selection is not limited to the rumpun.
            assertThat(s.calonInternal()).containsExactly(nip(1));
        });
        assertThat(h.ringkasan().seleksiTerbuka()).isEqualTo(1);
    }

    @Test
    void kinerjaMemilihYangLebihBaikDanMenolakDiBawahBaik() {
        List<PosisiKaskade> pos = List.of(pos(1, "PENGAWAS", 9, "UMUM", 1), pos(2, "PELAKSANA", 7, "UMUM", 3));
        CalonKaskade baik = CalonUji.calon(nip(1), 2L, true, "S1", "III/c", 60, false, PredikatKinerja.BAIK, Map.of());
        CalonKaskade sangatBaik =
                CalonUji.calon(nip(2), 2L, true, "S1", "III/c", 60, false, PredikatKinerja.SANGAT_BAIK, Map.of());
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, List.of(baik, sangatBaik), A));
        assertThat(h.promosi()).singleElement().satisfies(p -> {
            assertThat(p.nip()).isEqualTo(nip(2));
            assertThat(p.kinerja()).isZero();
        });
        // Same gap, but the better one is under the minimum: the other is chosen.
        CalonKaskade kurang = CalonUji.calon(
                nip(3), 2L, true, "S1", "III/c", 60, false, PredikatKinerja.KURANG, Map.of("M.1", 5, "M.2", 5));
        h = KaskadePromosi.jalankan(new MasalahKaskade(pos, List.of(baik, kurang), A));
        assertThat(h.promosi()).singleElement().extracting(Promosi::nip).isEqualTo(nip(1));
    }

    @Test
    void surplusDiredistribusiKeLowonganRumpunSamaYangTersisa() {
        List<PosisiKaskade> pos = List.of(
                pos(1, "PELAKSANA", 7, "UMUM", 1),
                new PosisiKaskade(
                        2,
                        1,
                        1,
                        "PELAKSANA",
                        7,
                        "UMUM",
                        2,
                        null,
                        null,
                        List.of(new Syarat("M.1", 1, 100), new Syarat("M.2", 1, 100))),
                pos(3, "PELAKSANA", 7, "KESEHATAN", 1));
        List<CalonKaskade> orang = List.of(
                orang(nip(1), 1L, 3, 3), orang(nip(2), 1L, 1, 1), orang(nip(3), 1L, 3, 2), orang(nip(4), 2L, 3, 3));
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, orang, A));
        // Three hold a one-seat position: the best fit for position 1 keeps it; one goes to position 2; one is left.
        assertThat(h.surplus()).hasSize(2);
        assertThat(h.surplus())
                .filteredOn(s -> s.jabatanUsulanId() != null)
                .singleElement()
                .extracting(Surplus::jabatanUsulanId)
                .isEqualTo(2L);
        assertThat(h.surplus()).filteredOn(s -> s.jabatanUsulanId() == null).hasSize(1);
        assertThat(h.surplus()).extracting(Surplus::nip).doesNotContain(nip(1));
        assertThat(h.formasi()).containsExactly(new Formasi(3, "PELAKSANA", 1));
        assertThat(h.rantai())
                .extracting(Rantai::akhir)
                .containsExactlyInAnyOrder(AkhirRantai.DIISI_REDISTRIBUSI, AkhirRantai.FORMASI);
        assertThat(h.ringkasan().surplusAwal()).isEqualTo(2);
        assertThat(h.ringkasan().surplusDiusulkan()).isEqualTo(1);
    }

    @Test
    void pengawasKelasLebihRendahNaikKeKelasLebihTinggiLaluKursinyaDiisi() {
        List<PosisiKaskade> pos = List.of(
                pos(1, "PENGAWAS", 9, "UMUM", 1), pos(2, "PENGAWAS", 8, "UMUM", 1), pos(3, "PELAKSANA", 7, "UMUM", 1));
        List<CalonKaskade> orang = List.of(orang(nip(1), 2L, 3, 3), orang(nip(2), 3L, 2, 2));
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, orang, A));
        assertThat(h.promosi()).extracting(Promosi::nip).containsExactly(nip(1), nip(2));
        assertThat(h.rantai()).singleElement().satisfies(r -> {
            assertThat(r.mata()).extracting(MataRantai::jabatanId).containsExactly(1L, 2L);
            assertThat(r.akhir()).isEqualTo(AkhirRantai.FORMASI);
        });
    }

    @Test
    void tingkatYangMemimpinKelasTertinggiDidahulukanMeskiTanpaJabatan() {
        // The demo Kabupaten has no JPT madya position: the administrator chain below it still goes before the JF
        // keterampilan chain (mahir, kelas 7), which would win a tie on names alone.
        List<PosisiKaskade> pos = List.of(
                pos(1, "FUNGSIONAL/MAHIR", 7, "UMUM", 1),
                pos(2, "FUNGSIONAL/TERAMPIL", 6, "UMUM", 1),
                pos(3, "ADMINISTRATOR", 11, "UMUM", 1),
                pos(4, "PENGAWAS", 9, "UMUM", 1));
        List<CalonKaskade> orang = List.of(orang(nip(1), 2L, 3, 3), orang(nip(2), 4L, 3, 3));
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, orang, A));
        assertThat(h.langkah())
                .extracting(HasilKaskade.Langkah::tingkat)
                .containsExactly("ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL/MAHIR");
    }

    @Test
    void aturanPengisiBerputarDitolak() {
        AturanKaskade siklus = new AturanKaskade(
                Map.of("A", List.of("B"), "B", List.of("A")),
                Set.of(),
                Set.of(),
                Map.of(),
                0,
                Map.of(),
                Map.of(),
                new GerbangKinerja(2, false, GerbangKinerja.KebijakanDataTidakLengkap.TOLAK),
                0,
                BatasUsiaJpt.STANDAR,
                KesetaraanTingkat.STANDAR);
        assertThatThrownBy(() ->
                        KaskadePromosi.jalankan(new MasalahKaskade(List.of(pos(1, "A", 9, "U", 1)), List.of(), siklus)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("siklus");
    }

    @Test
    void masukanTidakSahDitolak() {
        assertThatThrownBy(() -> KaskadePromosi.jalankan(new MasalahKaskade(
                        List.of(pos(1, "PELAKSANA", 7, "U", 1)), List.of(orang(nip(1), 9L, 0, 0)), A)))
                .hasMessageContaining("jabatan 9 tidak ada");
        assertThatThrownBy(() -> KaskadePromosi.jalankan(new MasalahKaskade(
                        List.of(pos(1, "PELAKSANA", 7, "U", 1)),
                        List.of(orang(nip(1), 1L, 0, 0), orang(nip(1), 1L, 0, 0)),
                        A)))
                .hasMessageContaining("ganda");
    }

    // ------------------------------------------------------------------ corrections at their edge

    private static AturanKaskade denganKinerja(GerbangKinerja k) {
        return new AturanKaskade(
                A.pengisi(),
                A.tingkatAwal(),
                A.tingkatSeleksiTerbuka(),
                A.masaMinimalBulan(),
                A.masaMinimalSetingkatBulan(),
                A.pendidikanMinimal(),
                A.pangkatMinimal(),
                k,
                A.bobotKinerja(),
                A.usiaJpt(),
                A.setara());
    }

    /** PP 11/2017: "baik" in each of the last two years; one BAIK and one missing year is not promoted by default. */
    @Test
    void satuBaikDanSatuTahunTanpaSkpTidakDipromosikanKecualiKebijakanMengizinkan() {
        List<PosisiKaskade> pos = List.of(pos(1, "PENGAWAS", 9, "UMUM", 1), pos(2, "PELAKSANA", 7, "UMUM", 3));
        CalonKaskade satuTahun = CalonUji.denganPredikatTahunan(orang(nip(1), 2L, 3, 3), PredikatKinerja.BAIK, null);
        HasilKaskade h = KaskadePromosi.jalankan(new MasalahKaskade(pos, List.of(satuTahun), A));
        assertThat(h.promosi()).isEmpty();
        assertThat(h.tanpaCalon())
                .singleElement()
                .satisfies(t -> assertThat(t.gagal()).isEqualTo(Map.of(Gerbang.DATA_KINERJA, 1)));
        // No SKP at all is data tidak lengkap too.
        CalonKaskade tanpaSkp = CalonUji.denganPredikatTahunan(orang(nip(2), 2L, 3, 3));
        assertThat(KaskadePromosi.gerbang(A, tanpaSkp, pos.get(1), pos.get(0), true))
                .containsExactly(Gerbang.DATA_KINERJA);

        AturanKaskade izinkan =
                denganKinerja(new GerbangKinerja(2, true, GerbangKinerja.KebijakanDataTidakLengkap.IZINKAN));
        h = KaskadePromosi.jalankan(new MasalahKaskade(pos, List.of(satuTahun), izinkan));
        assertThat(h.promosi()).singleElement().extracting(Promosi::nip).isEqualTo(nip(1));
        // The policy allows incomplete data, never a predikat below BAIK.
        CalonKaskade kurang =
                CalonUji.denganPredikatTahunan(orang(nip(3), 2L, 3, 3), null, PredikatKinerja.BUTUH_PERBAIKAN);
        assertThat(KaskadePromosi.gerbang(izinkan, kurang, pos.get(1), pos.get(0), true))
                .containsExactly(Gerbang.KINERJA);
        // Both years BAIK or better: promoted under either policy; the older year below BAIK fails.
        CalonKaskade duaBaik = CalonUji.denganPredikatTahunan(
                orang(nip(4), 2L, 3, 3), PredikatKinerja.SANGAT_BAIK, PredikatKinerja.BAIK);
        assertThat(KaskadePromosi.gerbang(A, duaBaik, pos.get(1), pos.get(0), true))
                .isEmpty();
        CalonKaskade lamaKurang = CalonUji.denganPredikatTahunan(
                orang(nip(5), 2L, 3, 3), PredikatKinerja.SANGAT_BAIK, PredikatKinerja.KURANG);
        assertThat(KaskadePromosi.gerbang(A, lamaKurang, pos.get(1), pos.get(0), true))
                .containsExactly(Gerbang.KINERJA);
    }

    /**
     * PP 11/2017 jo. PP 17/2020 Pasal 107: a JPT pratama candidate must be below 56 on the planned inauguration date
     * (56 years and 11 months is age 56: fails), never sanctioned sedang/berat and not under examination.
     */
    @Test
    void calonInternalJptDiperiksaUsiaDanRekamJejakDisiplin() {
        List<PosisiKaskade> pos = List.of(pos(1, "JPT_PRATAMA", 14, "UMUM", 1), pos(2, "ADMINISTRATOR", 11, "UMUM", 5));
        CalonKaskade dasar = CalonUji.calon(nip(1), 2L, true, "S2", "IV/b", 24, false, null, Map.of());
        CalonKaskade muda = CalonUji.denganJpt(dasar, false, false, 55);
        CalonKaskade usia56 = CalonUji.denganJpt(
                CalonUji.calon(nip(2), 2L, true, "S2", "IV/b", 24, false, null, Map.of()), false, false, 56);
        CalonKaskade pernah = CalonUji.denganJpt(
                CalonUji.calon(nip(3), 2L, true, "S2", "IV/b", 24, false, null, Map.of()), true, false, 50);
        CalonKaskade diperiksa = CalonUji.denganJpt(
                CalonUji.calon(nip(4), 2L, true, "S2", "IV/b", 24, false, null, Map.of()), false, true, 50);
        CalonKaskade tanpaUsia = CalonUji.denganJpt(
                CalonUji.calon(nip(5), 2L, true, "S2", "IV/b", 24, false, null, Map.of()), false, false, null);
        HasilKaskade h = KaskadePromosi.jalankan(
                new MasalahKaskade(pos, List.of(muda, usia56, pernah, diperiksa, tanpaUsia), A));
        assertThat(h.seleksiTerbuka())
                .singleElement()
                .satisfies(s -> assertThat(s.calonInternal()).containsExactly(nip(1)));
        assertThat(KaskadePromosi.gerbang(A, usia56, pos.get(1), pos.get(0), false))
                .containsExactly(Gerbang.USIA);
        assertThat(KaskadePromosi.gerbang(A, pernah, pos.get(1), pos.get(0), false))
                .containsExactly(Gerbang.REKAM_JEJAK_DISIPLIN);
        assertThat(KaskadePromosi.gerbang(A, diperiksa, pos.get(1), pos.get(0), false))
                .containsExactly(Gerbang.REKAM_JEJAK_DISIPLIN);
        assertThat(KaskadePromosi.gerbang(A, tanpaUsia, pos.get(1), pos.get(0), false))
                .containsExactly(Gerbang.USIA);
        // Below JPT neither the age nor an old sanction is a gate.
        PosisiKaskade pengawas = pos(3, "PENGAWAS", 9, "UMUM", 1);
        PosisiKaskade admin = pos(4, "ADMINISTRATOR", 11, "UMUM", 1);
        CalonKaskade pengawasTua = CalonUji.denganJpt(
                CalonUji.calon(nip(6), 3L, true, "S2", "IV/b", 36, false, null, Map.of()), true, false, 57);
        assertThat(KaskadePromosi.gerbang(A, pengawasTua, pengawas, admin, true))
                .isEmpty();
    }

    @Test
    void batasUsiaJptDanTanggalPelantikan() {
        BatasUsiaJpt b = BatasUsiaJpt.STANDAR;
        java.time.LocalDate acuan = java.time.LocalDate.of(2026, 11, 28);
        assertThat(b.tanggalPelantikan(acuan, null)).isEqualTo(java.time.LocalDate.of(2027, 2, 28));
        assertThat(b.tanggalPelantikan(acuan, 2026)).isEqualTo(java.time.LocalDate.of(2027, 2, 28));
        assertThat(b.tanggalPelantikan(acuan, 2030)).isEqualTo(java.time.LocalDate.of(2030, 4, 1));
        CalonKaskade c = CalonUji.denganJpt(orang(nip(1), 1L, 0, 0), false, false, 56);
        assertThat(b.status(c, "JPT_PRATAMA")).isEqualTo(BatasUsiaJpt.Status.MENCAPAI_BATAS);
        assertThat(b.status(c, "JPT_MADYA")).isEqualTo(BatasUsiaJpt.Status.DI_BAWAH_BATAS);
        assertThat(b.status(c, "ADMINISTRATOR")).isEqualTo(BatasUsiaJpt.Status.TIDAK_BERLAKU);
    }

    @Test
    void kesetaraanTingkatMenurutPenyetaraanJabatan() {
        KesetaraanTingkat k = KesetaraanTingkat.STANDAR;
        assertThat(k.grupDari("FUNGSIONAL/AHLI_MADYA")).isEqualTo(k.grupDari("ADMINISTRATOR"));
        assertThat(k.grupDari("FUNGSIONAL/AHLI_MUDA")).isEqualTo(k.grupDari("PENGAWAS"));
        assertThat(k.grupDari("PELAKSANA")).isEqualTo("PELAKSANA").isNotEqualTo(k.grupDari("PENGAWAS"));
    }

    // ------------------------------------------------------------------ every gate

    @Test
    void setiapGerbang() {
        PosisiKaskade pengawas = new PosisiKaskade(1, 1, 1, "PENGAWAS", 9, "UMUM", 1, "S1", "III/c", SKJ);
        PosisiKaskade pelaksana = pos(2, "PELAKSANA", 7, "UMUM", 1);
        CalonKaskade ok = CalonUji.calon(nip(1), 2L, true, "D4", "III/c", 48, false, PredikatKinerja.BAIK, Map.of());
        assertThat(KaskadePromosi.gerbang(A, ok, pelaksana, pengawas, true)).isEmpty();

        assertThat(KaskadePromosi.gerbang(A, ok, pos(3, "PELAKSANA", 7, "HUKUM", 1), pengawas, true))
                .containsExactly(Gerbang.RUMPUN);
        assertThat(KaskadePromosi.gerbang(A, ok, null, pengawas, true)).contains(Gerbang.TINGKAT);
        assertThat(KaskadePromosi.gerbang(A, ok, pos(3, "FUNGSIONAL/AHLI_MUDA", 9, "UMUM", 1), pengawas, true))
                .containsExactly(Gerbang.TINGKAT);
        assertThat(KaskadePromosi.gerbang(A, ok, pos(3, "FUNGSIONAL/AHLI_PERTAMA", 8, "UMUM", 1), pengawas, true))
                .isEmpty();
        // Same level: only from a lower kelas, after the (shorter) same-level minimum.
        assertThat(KaskadePromosi.gerbang(A, ok, pos(3, "PENGAWAS", 9, "UMUM", 1), pengawas, true))
                .containsExactly(Gerbang.KELAS);
        assertThat(KaskadePromosi.gerbang(
                        A,
                        with(ok, 11, "D4", "III/c", false, true, null),
                        pos(3, "PENGAWAS", 8, "UMUM", 1),
                        pengawas,
                        true))
                .containsExactly(Gerbang.MASA);
        assertThat(KaskadePromosi.gerbang(
                        A,
                        with(ok, 12, "D4", "III/c", false, true, null),
                        pos(3, "PENGAWAS", 8, "UMUM", 1),
                        pengawas,
                        true))
                .isEmpty();
        // 4 years pelaksana → pengawas, 3 pengawas → administrator, 2 administrator → JPT pratama.
        assertThat(KaskadePromosi.gerbang(A, with(ok, 47, "D4", "III/c", false, true, null), pelaksana, pengawas, true))
                .containsExactly(Gerbang.MASA);
        PosisiKaskade admin = pos(4, "ADMINISTRATOR", 11, "UMUM", 1);
        PosisiKaskade pengawasAsal = pos(5, "PENGAWAS", 9, "UMUM", 1);
        assertThat(KaskadePromosi.gerbang(A, with(ok, 35, "S1", "III/d", false, true, null), pengawasAsal, admin, true))
                .containsExactly(Gerbang.MASA);
        assertThat(KaskadePromosi.gerbang(A, with(ok, 36, "S1", "III/d", false, true, null), pengawasAsal, admin, true))
                .isEmpty();
        PosisiKaskade jpt = pos(6, "JPT_PRATAMA", 14, "UMUM", 1);
        assertThat(KaskadePromosi.gerbang(A, with(ok, 23, "S1", "IV/b", false, true, null), admin, jpt, true))
                .containsExactly(Gerbang.MASA);
        assertThat(KaskadePromosi.gerbang(A, with(ok, 24, "S1", "IV/b", false, true, null), admin, jpt, true))
                .isEmpty();
        // Pendidikan: the position's own syarat (S1) is stricter than the level default (D3); D4 counts as S1.
        assertThat(KaskadePromosi.gerbang(A, with(ok, 48, "D3", "III/c", false, true, null), pelaksana, pengawas, true))
                .containsExactly(Gerbang.PENDIDIKAN);
        assertThat(KaskadePromosi.gerbang(A, with(ok, 48, null, "III/c", false, true, null), pelaksana, pengawas, true))
                .containsExactly(Gerbang.PENDIDIKAN);
        // Pangkat: own syarat III/c stricter than default III/b; no golongan (PPPK) fails.
        assertThat(KaskadePromosi.gerbang(A, with(ok, 48, "S1", "III/b", false, true, null), pelaksana, pengawas, true))
                .containsExactly(Gerbang.PANGKAT);
        assertThat(KaskadePromosi.gerbang(A, with(ok, 48, "S1", null, false, true, null), pelaksana, pengawas, true))
                .containsExactly(Gerbang.PANGKAT);
        assertThat(KaskadePromosi.gerbang(
                        A,
                        with(ok, 48, "S1", "III/a", false, true, null),
                        pelaksana,
                        pos(7, "PENGAWAS", 9, "UMUM", 1),
                        true))
                .containsExactly(Gerbang.PANGKAT);
        assertThat(KaskadePromosi.gerbang(A, with(ok, 48, "S1", "III/c", true, true, null), pelaksana, pengawas, true))
                .containsExactly(Gerbang.HUKUMAN);
        assertThat(KaskadePromosi.gerbang(
                        A, with(ok, 48, "S1", "III/c", false, false, null), pelaksana, pengawas, true))
                .containsExactly(Gerbang.STATUS);
        assertThat(KaskadePromosi.gerbang(
                        A,
                        with(ok, 48, "S1", "III/c", false, true, PredikatKinerja.BUTUH_PERBAIKAN),
                        pelaksana,
                        pengawas,
                        true))
                .containsExactly(Gerbang.KINERJA);
        assertThat(KaskadePromosi.gerbang(A, with(ok, 48, "S1", "III/c", false, true, null), pelaksana, pengawas, true))
                .isEmpty();
    }

    private static CalonKaskade with(
            CalonKaskade c,
            int bulan,
            @Nullable String pend,
            @Nullable String gol,
            boolean hukuman,
            boolean pns,
            @Nullable PredikatKinerja predikat) {
        return CalonUji.calon(c.nip(), c.jabatanId(), pns, pend, gol, bulan, hukuman, predikat, c.kompetensi());
    }

    @Test
    void syaratPendidikanDariTeks() {
        assertThat(SyaratPendidikan.dariTeks("D-III/S-1 Akuntansi")).isEqualTo("D3");
        assertThat(SyaratPendidikan.dariTeks("SLTA/D-III semua jurusan")).isEqualTo("SMA");
        assertThat(SyaratPendidikan.dariTeks("S-1/D-IV semua jurusan")).isIn("S1", "D4");
        assertThat(SyaratPendidikan.peringkat(SyaratPendidikan.dariTeks("S-1/D-IV semua jurusan")))
                .isEqualTo(7);
        assertThat(SyaratPendidikan.dariTeks("S-2 Manajemen")).isEqualTo("S2");
        assertThat(SyaratPendidikan.dariTeks("Diploma III Keperawatan")).isEqualTo("D3");
        assertThat(SyaratPendidikan.dariTeks("Pengalaman di bidang hukum")).isNull();
        assertThat(SyaratPendidikan.dariTeks(null)).isNull();
    }

    // ------------------------------------------------------------------ invariants on random instances

    @Test
    void invarianKaskadePadaInstansAcak() {
        Random rnd = new Random(20261128);
        int denganPromosi = 0;
        int rantaiPanjang = 0;
        int redistribusi = 0;
        for (int n = 0; n < 1000; n++) {
            MasalahKaskade m = acak(rnd);
            HasilKaskade h = KaskadePromosi.jalankan(m);
            periksaInvarian(m, h);
            if (!h.promosi().isEmpty()) {
                denganPromosi++;
            }
            rantaiPanjang +=
                    (int) h.rantai().stream().filter(r -> r.mata().size() >= 2).count();
            redistribusi += h.ringkasan().terisiRedistribusi();
            assertThat(tanpaWaktu(h, KaskadePromosi.jalankan(m)))
                    .as("deterministik")
                    .isEqualTo(h);
        }
        // The generator must exercise the interesting paths, or the invariants prove little.
        assertThat(denganPromosi).as("instans dengan promosi").isGreaterThan(250);
        assertThat(rantaiPanjang).as("rantai dengan dua promosi atau lebih").isGreaterThan(10);
        assertThat(redistribusi).as("lowongan diisi redistribusi").isGreaterThan(10);
    }

    @Test
    void invarianPadaPemdaBuatanTigaRibuPegawai() {
        for (long seed = 1; seed <= 3; seed++) {
            MasalahKaskade m = id.aparatur.benchmark.perencanaan.GeneratorKaskade.buat(3000, seed);
            HasilKaskade h = KaskadePromosi.jalankan(m);
            periksaInvarian(m, h);
            assertThat(h.promosi()).isNotEmpty();
            assertThat(h.rantai()).anyMatch(r -> r.mata().size() >= 2);
        }
    }

    /** Results carry wall-clock milliseconds; compare everything else. */
    private static HasilKaskade tanpaWaktu(HasilKaskade acuan, HasilKaskade h) {
        List<HasilKaskade.Langkah> langkah = new ArrayList<>();
        for (int i = 0; i < h.langkah().size(); i++) {
            HasilKaskade.Langkah l = h.langkah().get(i);
            langkah.add(new HasilKaskade.Langkah(
                    l.nomor(),
                    l.tingkat(),
                    l.kelas(),
                    l.lowongan(),
                    l.calon(),
                    l.terisi(),
                    l.totalBiaya(),
                    l.sertifikatSah(),
                    acuan.langkah().get(i).milidetik()));
        }
        HasilKaskade.Ringkasan r = h.ringkasan();
        return new HasilKaskade(
                h.promosi(),
                h.rantai(),
                h.surplus(),
                h.formasi(),
                h.seleksiTerbuka(),
                h.tanpaCalon(),
                langkah,
                new HasilKaskade.Ringkasan(
                        r.lowonganAwal(),
                        r.kursiTerbuka(),
                        r.promosi(),
                        r.terisiRedistribusi(),
                        r.formasi(),
                        r.tanpaCalon(),
                        r.seleksiTerbuka(),
                        r.surplusAwal(),
                        r.surplusDiusulkan(),
                        r.langkah(),
                        r.semuaSertifikatSah(),
                        acuan.ringkasan().milidetik()));
    }

    private static final String[][] TINGKAT = {
        {"JPT_PRATAMA", "13", "14"},
        {"ADMINISTRATOR", "10", "12"},
        {"PENGAWAS", "8", "9"},
        {"PELAKSANA", "5", "7"},
        {"FUNGSIONAL/AHLI_MUDA", "9", "9"},
        {"FUNGSIONAL/AHLI_PERTAMA", "8", "8"}
    };
    private static final String[] PEND = {"SMA", "D3", "S1", "S2"};
    private static final String[] GOL = {"II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"};

    /** A small Pemda: per rumpun a pyramid of levels, mostly filled, some vacancies and surpluses. */
    private static MasalahKaskade acak(Random rnd) {
        List<PosisiKaskade> pos = new ArrayList<>();
        List<CalonKaskade> orang = new ArrayList<>();
        PredikatKinerja[] predikat = {
            null, PredikatKinerja.SANGAT_BAIK, PredikatKinerja.BAIK, PredikatKinerja.BUTUH_PERBAIKAN
        };
        int nRumpun = 1 + rnd.nextInt(2);
        for (int r = 0; r < nRumpun; r++) {
            for (String[] t : TINGKAT) {
                int n = rnd.nextInt(3);
                for (int x = 0; x < n; x++) {
                    int kelas =
                            Integer.parseInt(t[1]) + rnd.nextInt(Integer.parseInt(t[2]) - Integer.parseInt(t[1]) + 1);
                    List<Syarat> skj = List.of(
                            new Syarat("K1", rnd.nextInt(5), rnd.nextInt(3) * 50L),
                            new Syarat("K2", 1 + rnd.nextInt(4), 100));
                    int k = t[0].equals("PELAKSANA") ? 1 + rnd.nextInt(5) : rnd.nextInt(3);
                    PosisiKaskade p = new PosisiKaskade(
                            pos.size() + 1,
                            1,
                            1,
                            t[0],
                            kelas,
                            "R" + r,
                            k,
                            rnd.nextInt(4) == 0 ? PEND[rnd.nextInt(PEND.length)] : null,
                            rnd.nextInt(4) == 0 ? GOL[rnd.nextInt(GOL.length)] : null,
                            skj);
                    pos.add(p);
                    int b = Math.max(0, k - rnd.nextInt(2) + (rnd.nextInt(6) == 0 ? 1 : 0));
                    for (int i = 0; i < b; i++) {
                        orang.add(CalonUji.calon(
                                String.format("19800101200501%04d", orang.size()),
                                p.id(),
                                rnd.nextInt(8) != 0,
                                rnd.nextInt(10) == 0 ? null : PEND[1 + rnd.nextInt(3)],
                                rnd.nextInt(10) == 0 ? null : GOL[1 + rnd.nextInt(GOL.length - 1)],
                                10 + rnd.nextInt(110),
                                rnd.nextInt(12) == 0,
                                predikat[rnd.nextInt(predikat.length)],
                                Map.of("K1", rnd.nextInt(6), "K2", rnd.nextInt(6))));
                    }
                }
            }
        }
        if (rnd.nextInt(4) == 0) {
            orang.add(CalonUji.calon("199001012015011999", null, true, "S1", "III/a", 0, false, null, Map.of()));
        }
        return new MasalahKaskade(pos, orang, A);
    }

    /** Every invariant the issue names, recomputed from the input and the output alone. */
    static void periksaInvarian(MasalahKaskade m, HasilKaskade h) {
        AturanKaskade a = m.aturan();
        Map<Long, PosisiKaskade> pos = new HashMap<>();
        m.jabatan().forEach(p -> pos.put(p.id(), p));
        Map<String, CalonKaskade> orang = new HashMap<>();
        Map<String, Long> kursi = new HashMap<>();
        for (CalonKaskade c : m.pegawai()) {
            orang.put(c.nip(), c);
            if (c.jabatanId() != null) {
                kursi.put(c.nip(), c.jabatanId());
            }
        }
        assertThat(h.ringkasan().semuaSertifikatSah()).isTrue();
        // Nobody promoted twice; nobody across rumpun or past a gate; never into JPT or an entry level without feeders.
        Set<String> sudah = new HashSet<>();
        for (Promosi p : h.promosi()) {
            assertThat(sudah.add(p.nip()))
                    .as("dipromosikan dua kali: %s", p.nip())
                    .isTrue();
            PosisiKaskade asal = pos.get(p.dariJabatanId());
            PosisiKaskade tujuan = pos.get(p.keJabatanId());
            assertThat(kursi.get(p.nip()))
                    .as("promosi dari kursi yang dipegang")
                    .isEqualTo(p.dariJabatanId());
            assertThat(asal.rumpun()).isEqualTo(tujuan.rumpun());
            assertThat(KaskadePromosi.gerbang(a, orang.get(p.nip()), asal, tujuan, true))
                    .isEmpty();
            assertThat(a.tingkatSeleksiTerbuka()).doesNotContain(tujuan.tingkat());
            kursi.put(p.nip(), p.keJabatanId());
        }
        for (Surplus s : h.surplus()) {
            assertThat(kursi.get(s.nip())).isEqualTo(s.jabatanId());
            if (s.jabatanUsulanId() != null) {
                PosisiKaskade dari = pos.get(s.jabatanId());
                PosisiKaskade ke = pos.get(s.jabatanUsulanId());
                assertThat(ke.tingkat()).isEqualTo(dari.tingkat());
                assertThat(ke.rumpun()).isEqualTo(dari.rumpun());
                kursi.put(s.nip(), s.jabatanUsulanId());
            }
        }
        // Final occupancy: nobody above K except surplus without a proposal; formation = entry vacancies left.
        Map<Long, Integer> b = new HashMap<>();
        kursi.forEach((n, j) -> b.merge(j, 1, Integer::sum));
        Map<Long, Integer> lebihTanpaUsulan = new HashMap<>();
        h.surplus().stream()
                .filter(s -> s.jabatanUsulanId() == null)
                .forEach(s -> lebihTanpaUsulan.merge(s.jabatanId(), 1, Integer::sum));
        Map<Long, Integer> formasi = new HashMap<>();
        h.formasi().forEach(f -> formasi.put(f.jabatanId(), f.jumlah()));
        int totalFormasi = 0;
        int totalTanpaCalon = 0;
        int totalJpt = 0;
        Map<Long, Integer> tanpaCalon = new HashMap<>();
        h.tanpaCalon().forEach(t -> tanpaCalon.put(t.jabatanId(), t.jumlah()));
        Map<Long, Integer> jpt = new HashMap<>();
        h.seleksiTerbuka().forEach(t -> jpt.put(t.jabatanId(), t.jumlah()));
        for (PosisiKaskade p : m.jabatan()) {
            int bb = b.getOrDefault(p.id(), 0);
            int sisa = Math.max(0, p.kebutuhan() - bb);
            int lebih = Math.max(0, bb - p.kebutuhan());
            if (!a.tingkatSeleksiTerbuka().contains(p.tingkat())) {
                assertThat(lebih).as("kelebihan %s", p.id()).isEqualTo(lebihTanpaUsulan.getOrDefault(p.id(), 0));
            }
            if (a.tingkatAwal().contains(p.tingkat())) {
                assertThat(formasi.getOrDefault(p.id(), 0))
                        .as("formasi %s", p.id())
                        .isEqualTo(sisa);
                totalFormasi += sisa;
            } else if (a.tingkatSeleksiTerbuka().contains(p.tingkat())) {
                assertThat(jpt.getOrDefault(p.id(), 0)).isEqualTo(sisa);
                totalJpt += sisa;
            } else {
                assertThat(formasi).doesNotContainKey(p.id());
                assertThat(tanpaCalon.getOrDefault(p.id(), 0))
                        .as("tanpa calon %s", p.id())
                        .isEqualTo(sisa);
                totalTanpaCalon += sisa;
                // Maximal fill: no eligible person who was not promoted is left for a vacancy that stayed empty.
                if (sisa > 0) {
                    for (CalonKaskade c : m.pegawai()) {
                        if (!sudah.contains(c.nip()) && c.jabatanId() != null) {
                            assertThat(KaskadePromosi.gerbang(a, c, pos.get(c.jabatanId()), p, true))
                                    .as("%s bisa mengisi %s yang kosong", c.nip(), p.id())
                                    .isNotEmpty();
                        }
                    }
                }
            }
        }
        assertThat(h.ringkasan().formasi()).isEqualTo(totalFormasi);
        assertThat(h.ringkasan().tanpaCalon()).isEqualTo(totalTanpaCalon);
        assertThat(h.ringkasan().seleksiTerbuka()).isEqualTo(totalJpt);
        // Chains: each link fills the seat the previous one opened; every opened seat is filled or ends the chain.
        int formasiRantai = 0;
        for (Rantai r : h.rantai()) {
            long kosong = r.jabatanAwalId();
            for (int i = 0; i < r.mata().size(); i++) {
                MataRantai mt = r.mata().get(i);
                assertThat(mt.jabatanId()).isEqualTo(kosong);
                kosong = mt.asalJabatanId();
            }
            switch (r.akhir()) {
                case FORMASI -> {
                    assertThat(r.jabatanAkhirId()).isEqualTo(kosong);
                    assertThat(a.tingkatAwal()).contains(pos.get(kosong).tingkat());
                    formasiRantai++;
                }
                case TANPA_CALON -> {
                    assertThat(r.jabatanAkhirId()).isEqualTo(kosong);
                    assertThat(a.tingkatAwal()).doesNotContain(pos.get(kosong).tingkat());
                }
                case DIISI_REDISTRIBUSI -> {
                    assertThat(r.jabatanAkhirId()).isEqualTo(kosong);
                    assertThat(r.nipRedistribusi()).isNotNull();
                }
                case TANPA_KURSI_TERBUKA -> {
                    assertThat(r.mata()).isNotEmpty();
                    Promosi terakhir = h.promosi().stream()
                            .filter(p -> p.nip()
                                    .equals(r.mata().get(r.mata().size() - 1).nip()))
                            .findFirst()
                            .orElseThrow();
                    assertThat(terakhir.membukaKursi()).isFalse();
                }
            }
        }
        assertThat(formasiRantai)
                .as("setiap kursi formasi adalah ujung satu rantai")
                .isEqualTo(totalFormasi);
        long dibuka = h.promosi().stream().filter(Promosi::membukaKursi).count();
        assertThat(dibuka).isEqualTo(h.ringkasan().kursiTerbuka());
        assertThat(h.ringkasan().lowonganAwal() + h.ringkasan().kursiTerbuka())
                .isEqualTo(h.promosi().size()
                        + h.ringkasan().terisiRedistribusi()
                        + totalFormasi
                        + totalTanpaCalon
                        + totalJpt);
    }
}
