package id.aparatur.perencanaan.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.perencanaan.kaskade.AturanKaskade;
import id.aparatur.perencanaan.kaskade.CalonKaskade;
import id.aparatur.perencanaan.kaskade.CalonUji;
import id.aparatur.perencanaan.kaskade.Gerbang;
import id.aparatur.perencanaan.kaskade.GerbangKinerja;
import id.aparatur.perencanaan.kaskade.PosisiKaskade;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The rules from configuration, the SKJ weight conversion, and the report built from a hand-written result. */
class KaskadeAplikasiTests {

    @Test
    void aturanTanpaKonfigurasiAdalahStandar() {
        Binder b = new Binder(new MapConfigurationPropertySource(Map.of()));
        assertThat(KaskadeConfiguration.baca(b)).isEqualTo(AturanKaskade.STANDAR);
    }

    @Test
    void aturanDapatDiaturDanKunciDinormalkan() {
        Binder b = new Binder(new MapConfigurationPropertySource(Map.of(
                "aparatur.kaskade.pengisi[PENGAWAS]", "pelaksana,fungsional/ahli-pertama",
                "aparatur.kaskade.tingkat-awal", "PELAKSANA",
                "aparatur.kaskade.masa-minimal-bulan[pengawas]", "36",
                "aparatur.kaskade.masa-minimal-setingkat-bulan", "6",
                "aparatur.kaskade.pendidikan-minimal[PENGAWAS]", "s1",
                "aparatur.kaskade.kinerja-minimal-baik", "false",
                "aparatur.kaskade.bobot-kinerja", "0")));
        AturanKaskade a = KaskadeConfiguration.baca(b);
        assertThat(a.pengisi()).containsOnlyKeys("PENGAWAS");
        assertThat(a.pengisi().get("PENGAWAS")).containsExactly("PELAKSANA", "FUNGSIONAL/AHLI_PERTAMA");
        assertThat(a.tingkatAwal()).containsExactly("PELAKSANA");
        assertThat(a.masaMinimalBulan()).isEqualTo(Map.of("PENGAWAS", 36));
        assertThat(a.masaMinimalSetingkatBulan()).isEqualTo(6);
        assertThat(a.pendidikanMinimal()).isEqualTo(Map.of("PENGAWAS", "S1"));
        assertThat(a.kinerja().minimalBaik()).isFalse();
        assertThat(a.bobotKinerja()).isZero();
        // Not configured: the default.
        assertThat(a.tingkatSeleksiTerbuka()).isEqualTo(AturanKaskade.STANDAR.tingkatSeleksiTerbuka());
        assertThat(a.pangkatMinimal()).isEqualTo(AturanKaskade.STANDAR.pangkatMinimal());
    }

    @Test
    void bobotSkjDibulatkanKePoinPersenPalingKecilSatu() {
        assertThat(PembangunMasalahKaskade.bobotBulat(new BigDecimal("12.50"))).isEqualTo(13);
        assertThat(PembangunMasalahKaskade.bobotBulat(new BigDecimal("3.33"))).isEqualTo(3);
        assertThat(PembangunMasalahKaskade.bobotBulat(new BigDecimal("0.40"))).isEqualTo(1);
    }

    @Test
    void laporanMemberiNamaDanPenjelasanSetiapPromosi() {
        PosisiKaskade pengawas = LaporanKaskadeContoh.PENGAWAS;
        PosisiKaskade pelaksana = LaporanKaskadeContoh.PELAKSANA;
        KaskadeLaporan l = KaskadePelapor.susun(LaporanKaskadeContoh.snapshot(), LaporanKaskadeContoh.hasil(), 7);
        assertThat(l.sumber()).isEqualTo(KaskadeLaporan.DATA_SAAT_INI);
        assertThat(l.tahunRencana()).isEqualTo(2031);
        assertThat(l.statistik().snapshotMs()).isEqualTo(5);
        assertThat(l.statistik().kaskadeMs()).isEqualTo(7);
        assertThat(l.statistik().jumlahPensiun()).isEqualTo(1);
        KaskadeLaporan.Promosi p = l.promosi().get(0);
        assertThat(p.nama()).isEqualTo("Ani");
        assertThat(p.dariJabatanNama()).isEqualTo("Pengadministrasi");
        assertThat(p.keJabatanNama()).isEqualTo("Kepala Seksi A");
        assertThat(p.opdNama()).isEqualTo("Dinas X");
        assertThat(p.dariKelas()).isEqualTo(7);
        assertThat(p.kelas()).isEqualTo(9);
        assertThat(p.penjelasan().kompetensi())
                .containsExactly(
                        new KaskadeLaporan.KesenjanganKompetensi("M1", 3, 2, 1, 13),
                        new KaskadeLaporan.KesenjanganKompetensi("M2", 2, 4, 0, 5));
        Map<Gerbang, KaskadeLaporan.NilaiGerbang> g = new java.util.EnumMap<>(Gerbang.class);
        p.penjelasan().gerbang().forEach(x -> g.put(x.gerbang(), x));
        assertThat(g).hasSize(Gerbang.values().length);
        assertThat(g.values()).allMatch(KaskadeLaporan.NilaiGerbang::lulus);
        assertThat(g.get(Gerbang.MASA).syarat()).isEqualTo("48");
        assertThat(g.get(Gerbang.MASA).nilai()).isEqualTo("60");
        assertThat(g.get(Gerbang.PENDIDIKAN).syarat()).isEqualTo("S1");
        assertThat(g.get(Gerbang.PANGKAT).syarat()).isEqualTo("III/b");
        assertThat(g.get(Gerbang.PANGKAT).nilai()).isEqualTo("III/c");
        assertThat(g.get(Gerbang.TINGKAT).nilai()).isEqualTo("PELAKSANA");
        assertThat(g.get(Gerbang.RUMPUN).syarat()).isEqualTo("ADM");

        KaskadeLaporan.Rantai r = l.rantai().get(0);
        assertThat(r.jabatanAwalNama()).isEqualTo("Kepala Seksi A");
        assertThat(r.mata().get(0).nama()).isEqualTo("Ani");
        assertThat(r.mata().get(0).asalJabatanNama()).isEqualTo("Pengadministrasi");
        assertThat(r.jabatanAkhirNama()).isEqualTo("Pengadministrasi");
        KaskadeLaporan.Formasi f = l.formasi().get(0);
        assertThat(f.unitNama()).isEqualTo("Seksi B");
        assertThat(f.pendidikan()).isEqualTo("D-III/S-1");
        assertThat(f.kelas()).isEqualTo(7);
        assertThat(l.tanpaCalon().get(0).gagal()).isEqualTo(Map.of(Gerbang.MASA, 2));
        assertThat(l.pensiun().get(0).jabatanNama()).isEqualTo("Kepala Seksi A");

        // A failing gate shows as failed in the explanation (the algorithm's own gate check).
        CalonKaskade baru = CalonUji.calon("199001012015012002", 20L, true, "D3", "II/c", 10, true, null, Map.of());
        var pj = KaskadePelapor.penjelasan(AturanKaskade.STANDAR, baru, pelaksana, pengawas, 2026);
        assertThat(pj.gerbang().stream().filter(x -> !x.lulus()).map(KaskadeLaporan.NilaiGerbang::gerbang))
                .containsExactly(Gerbang.MASA, Gerbang.PENDIDIKAN, Gerbang.PANGKAT, Gerbang.HUKUMAN);
    }

    @Test
    void gerbangBaruDapatDiatur() {
        Binder b = new Binder(new MapConfigurationPropertySource(Map.of(
                "aparatur.kaskade.kinerja-tahun", "3",
                "aparatur.kaskade.kinerja-data-tidak-lengkap", "izinkan",
                "aparatur.kaskade.usia-jpt[jpt-pratama]", "55",
                "aparatur.kaskade.bulan-hingga-pelantikan-jpt", "6",
                "aparatur.kaskade.setara[PELAKSANA]", "pelaksana",
                "aparatur.kaskade.setara[FUNGSIONAL/AHLI_PERTAMA]", "pelaksana")));
        AturanKaskade a = KaskadeConfiguration.baca(b);
        assertThat(a.kinerja())
                .isEqualTo(new GerbangKinerja(3, true, GerbangKinerja.KebijakanDataTidakLengkap.IZINKAN));
        assertThat(a.usiaJpt().batas()).isEqualTo(Map.of("JPT_PRATAMA", 55));
        assertThat(a.usiaJpt().bulanHinggaPelantikan()).isEqualTo(6);
        assertThat(a.setara().grupDari("FUNGSIONAL/AHLI_PERTAMA")).isEqualTo("PELAKSANA");
        assertThat(a.setara().grupDari("PENGAWAS")).isEqualTo("PENGAWAS");
    }

    /** A missing SKP year shows as "data tidak lengkap" in the explanation, and says when the policy allowed it. */
    @Test
    void penjelasanMenyebutDataKinerjaTidakLengkapDanKebijakannya() {
        PosisiKaskade pengawas = LaporanKaskadeContoh.PENGAWAS;
        PosisiKaskade pelaksana = LaporanKaskadeContoh.PELAKSANA;
        CalonKaskade satuTahun = CalonUji.denganPredikatTahunan(
                CalonUji.calon("199001012015012002", 20L, true, "S1", "III/c", 60, false, null, Map.of()),
                PredikatKinerja.BAIK,
                null);
        Map<Gerbang, KaskadeLaporan.NilaiGerbang> tolak =
                perGerbang(KaskadePelapor.penjelasan(AturanKaskade.STANDAR, satuTahun, pelaksana, pengawas, 2026));
        assertThat(tolak.get(Gerbang.KINERJA).nilai()).isEqualTo("2025: BAIK; 2024: —");
        assertThat(tolak.get(Gerbang.KINERJA).lulus()).isTrue();
        assertThat(tolak.get(Gerbang.DATA_KINERJA))
                .isEqualTo(new KaskadeLaporan.NilaiGerbang(Gerbang.DATA_KINERJA, "TOLAK", "TIDAK_LENGKAP", false));
        AturanKaskade izinkan = KaskadeConfiguration.baca(new Binder(
                new MapConfigurationPropertySource(Map.of("aparatur.kaskade.kinerja-data-tidak-lengkap", "IZINKAN"))));
        Map<Gerbang, KaskadeLaporan.NilaiGerbang> boleh =
                perGerbang(KaskadePelapor.penjelasan(izinkan, satuTahun, pelaksana, pengawas, 2026));
        assertThat(boleh.get(Gerbang.DATA_KINERJA))
                .isEqualTo(new KaskadeLaporan.NilaiGerbang(Gerbang.DATA_KINERJA, "IZINKAN", "TIDAK_LENGKAP", true));
        assertThat(boleh.values()).allMatch(KaskadeLaporan.NilaiGerbang::lulus);
        // Not a JPT move: the age and the track record do not apply.
        assertThat(boleh.get(Gerbang.USIA).syarat()).isNull();
        assertThat(boleh.get(Gerbang.REKAM_JEJAK_DISIPLIN).syarat()).isNull();
    }

    static Map<Gerbang, KaskadeLaporan.NilaiGerbang> perGerbang(KaskadeLaporan.Penjelasan p) {
        Map<Gerbang, KaskadeLaporan.NilaiGerbang> g = new java.util.EnumMap<>(Gerbang.class);
        p.gerbang().forEach(x -> g.put(x.gerbang(), x));
        return g;
    }
}
