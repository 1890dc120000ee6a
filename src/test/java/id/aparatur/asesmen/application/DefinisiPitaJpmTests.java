package id.aparatur.asesmen.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.asesmen.domain.KategoriJpm;
import id.aparatur.aturan.PelanggaranNilai;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The JPM bands as a registry table: the shipped default is the property's, every broken rule has its JSON path. */
class DefinisiPitaJpmTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    final DefinisiPitaJpm definisi = new DefinisiPitaJpm(BatasJpm.STANDAR, JSON);

    @Test
    void nilaiAwalAdalahPitaBakuDanLolosPemeriksaan() {
        var awal = definisi.nilaiAwal();
        assertThat(definisi.periksa(awal)).isEmpty();
        BatasJpm b = DefinisiPitaJpm.batas(awal);
        assertThat(b.optimal()).isEqualByComparingTo("90");
        assertThat(b.cukupOptimal()).isEqualByComparingTo("78");
        assertThat(definisi.belumDikonfirmasi()).isTrue();
        assertThat(definisi.dasarHukum()).contains("PermenPANRB 38/2017").doesNotContain("BRIN");
    }

    @Test
    void pitaBaruMengubahKategori() {
        var nilai = JSON.readTree("""
                {"pita":[{"kategori":"OPTIMAL","batasBawah":85},{"kategori":"CUKUP_OPTIMAL","batasBawah":70},
                         {"kategori":"KURANG_OPTIMAL","batasBawah":0}]}""");
        assertThat(definisi.periksa(nilai)).isEmpty();
        BatasJpm b = DefinisiPitaJpm.batas(nilai);
        assertThat(b.kategori(new BigDecimal("88.89"))).isEqualTo(KategoriJpm.OPTIMAL);
        assertThat(BatasJpm.STANDAR.kategori(new BigDecimal("88.89"))).isEqualTo(KategoriJpm.CUKUP_OPTIMAL);
    }

    @Test
    void setiapPelanggaranDenganJalurJson() {
        var nilai = JSON.readTree("""
                {"pita":[{"kategori":"OPTIMAL","batasBawah":120},{"kategori":"KURANG_OPTIMAL","batasBawah":80},
                         {"kategori":"KURANG_OPTIMAL","batasBawah":5}]}""");
        assertThat(definisi.periksa(nilai))
                .extracting(PelanggaranNilai::field)
                .containsExactly("nilai.pita[0].batasBawah", "nilai.pita[1].kategori", "nilai.pita[2].batasBawah");
    }

    @Test
    void bentukSalahDisebutPerKunci() {
        var nilai = JSON.readTree("""
                {"pita":[{"kategori":"OPTIMAL","batasBawah":"sembilan puluh"},{"kategori":"CUKUP_OPTIMAL"},
                         {"kategori":"KURANG_OPTIMAL","batasBawah":0,"warna":"merah"}],"lain":1}""");
        assertThat(definisi.periksa(nilai))
                .extracting(PelanggaranNilai::field, PelanggaranNilai::kodePesan)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("nilai.pita[0].batasBawah", "aturan.nilai.harus-angka"),
                        org.assertj.core.groups.Tuple.tuple("nilai.pita[1].batasBawah", "aturan.nilai.wajib"),
                        org.assertj.core.groups.Tuple.tuple("nilai.pita[2].warna", "aturan.nilai.tidak-dikenal"),
                        org.assertj.core.groups.Tuple.tuple("nilai.lain", "aturan.nilai.tidak-dikenal"));
    }

    @Test
    void pitaBukanTigaDitolak() {
        var nilai = JSON.readTree("{\"pita\":[{\"kategori\":\"OPTIMAL\",\"batasBawah\":90}]}");
        assertThat(definisi.periksa(nilai)).extracting(PelanggaranNilai::field).containsExactly("nilai.pita");
    }
}
