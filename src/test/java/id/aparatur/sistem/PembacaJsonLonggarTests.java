package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The lenient body reader names every offending item with its JSON path and never throws. */
class PembacaJsonLonggarTests {

    enum Jenis {
        A,
        B
    }

    record Butir(String kode, int level, Integer bobot) {}

    record Contoh(
            Long opdId,
            String nama,
            Jenis jenis,
            int kelas,
            LocalDate tmt,
            YearMonth bulan,
            List<Butir> skj,
            boolean aktif,
            Map<Jenis, String> peta,
            List<Long> daftar) {}

    final PembacaJsonLonggar pembaca = new PembacaJsonLonggar(
            JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build(),
            50,
            5,
            10);

    PembacaJsonLonggar.Hasil baca(String json, Class<?> tipe) {
        return pembaca.baca(json.getBytes(StandardCharsets.UTF_8), pembaca.tipe(tipe), true);
    }

    List<String> field(PembacaJsonLonggar.Hasil h) {
        return h.galat().stream().map(ProblemApi.GalatIsian::field).toList();
    }

    List<String> kode(PembacaJsonLonggar.Hasil h) {
        return h.galat().stream().map(g -> g.pesan().getCodes()[0]).toList();
    }

    @Test
    void semuaKesalahanTipeDisebutDenganJalurnya() {
        var h = baca("""
                {"opdId": {"x": 1}, "nama": ["a"], "jenis": "C", "kelas": "delapan", "tmt": "2026-02-30",
                 "bulan": "2020-13", "aktif": "ya", "daftar": [1, "dua", 3],
                 "skj": [{"kode": "M.01", "level": 1}, {"kode": {"a": [1, 2]}, "level": "dua", "bobot": 1.5}]}""", Contoh.class);
        assertThat(field(h))
                .containsExactlyInAnyOrder(
                        "opdId",
                        "nama",
                        "jenis",
                        "kelas",
                        "tmt",
                        "bulan",
                        "aktif",
                        "daftar[1]",
                        "skj[1].kode",
                        "skj[1].level",
                        "skj[1].bobot");
        assertThat(h.galat().stream()
                        .filter(g -> g.field().equals("kelas"))
                        .findFirst()
                        .orElseThrow()
                        .pesan()
                        .getCodes())
                .containsExactly("validasi.tipe.bilangan-bulat");
        assertThat(h.galat().stream()
                        .filter(g -> g.field().equals("jenis"))
                        .findFirst()
                        .orElseThrow()
                        .pesan()
                        .getArguments())
                .containsExactly("A, B");
    }

    @Test
    void bilanganTerlaluBesarDanKunciPetaTidakMenghentikanPemeriksaan() {
        var h = baca(
                "{\"kelas\": 99999999999, \"opdId\": 99999999999999999999999, \"peta\": {\"Z\": \"x\"}, "
                        + "\"jenis\": \"C\", \"tmt\": \"2020-00-10\"}",
                Contoh.class);
        assertThat(field(h)).contains("kelas", "opdId", "jenis", "tmt");
        assertThat(field(h)).anyMatch(f -> f.startsWith("peta"));
    }

    @Test
    void teksNulSurrogateDanPanjangDisebut() {
        var h = baca(
                "{\"nama\": \"a\\u0000b\", \"skj\": [{\"kode\": \"\\ud800\"}, {\"kode\": \"" + "x".repeat(51)
                        + "\"}, {\"kode\": \"\\udc00x\"}, {\"kode\": \"\\ud83d\\ude00 sah\"}]}",
                Contoh.class);
        assertThat(field(h)).containsExactly("nama", "skj[0].kode", "skj[1].kode", "skj[2].kode");
        assertThat(kode(h))
                .containsExactly(
                        "validasi.teks.nul",
                        "validasi.teks.surrogate",
                        "validasi.teks.terlalu-panjang",
                        "validasi.teks.surrogate");
    }

    @Test
    void larikTerlaluBanyakDanTerlaluDalam() {
        var h = baca("{\"daftar\": [1,2,3,4,5,6], \"peta\": " + "[".repeat(20) + "]".repeat(20) + "}", Contoh.class);
        assertThat(field(h)).contains("daftar", "peta");
        assertThat(kode(h)).contains("validasi.larik.terlalu-banyak", "validasi.json.terlalu-dalam");
    }

    @Test
    void akarYangSalahJsonRusakDanKosong() {
        assertThat(field(baca("[1, 2]", Contoh.class))).containsExactly("$");
        assertThat(field(baca("\"teks\"", Contoh.class))).containsExactly("$");
        assertThat(field(baca("null", Contoh.class))).containsExactly("$");
        assertThat(field(baca("  ", Contoh.class))).containsExactly("$");
        var rusak = baca("{\"nama\": \"x\",\n \"kelas\": }", Contoh.class);
        assertThat(kode(rusak)).containsExactly("validasi.json.tidak-sah");
        assertThat(rusak.galat().get(0).pesan().getArguments()).containsExactly(2, 11);
        assertThat(kode(baca("{\"nama\": \"x\"} {}", Contoh.class))).containsExactly("validasi.json.tidak-sah");
    }

    @Test
    void satuObjekUntukDaftarDibacaSebagaiDaftarSatuButir() {
        var h = pembaca.baca(
                "{\"kode\": \"M.01\", \"level\": \"x\"}".getBytes(StandardCharsets.UTF_8),
                pembaca.tipe(new org.springframework.core.ParameterizedTypeReference<List<Butir>>() {}.getType()),
                true);
        assertThat(field(h)).containsExactly("[0].level");
        var sah = pembaca.baca(
                "[{\"kode\": \"M.01\", \"level\": 2}]".getBytes(StandardCharsets.UTF_8),
                pembaca.tipe(new org.springframework.core.ParameterizedTypeReference<List<Butir>>() {}.getType()),
                true);
        assertThat(sah.galat()).isEmpty();
        assertThat(sah.nilai()).isEqualTo(List.of(new Butir("M.01", 2, null)));
    }

    @Test
    void isianSahTerbacaUtuh() {
        var h = baca(
                "{\"opdId\": 7, \"nama\": \"Dinas\", \"jenis\": \"B\", \"kelas\": 8, \"tmt\": \"2026-02-28\", "
                        + "\"bulan\": \"2020-12\", \"aktif\": true, \"skj\": [], \"peta\": {\"A\": \"x\"}, \"lain\": 1}",
                Contoh.class);
        assertThat(h.galat()).isEmpty();
        assertThat(((Contoh) h.nilai()).tmt()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(h.tercakup("nama")).isFalse();
    }
}
