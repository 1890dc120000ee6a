package id.aparatur.perencanaan;

import static id.aparatur.aturan.AturanUji.BKD;
import static id.aparatur.aturan.AturanUji.PPK;
import static id.aparatur.aturan.AturanUji.SANDI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.aturan.AturanUji;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cascade applies the gates ({@code GERBANG_KASKADE}) in force on its reference date (today, or 1 January of a
 * later planning year): BKD changes the gates from a future date, the PPK approves, a run planned for the year before
 * keeps the old version, a run planned for the year of the new version applies it — and each run, stored and answered,
 * names the version it used.
 */
@UjiIntegrasi
class GerbangKaskadeBerlakuIT {

    private static final String KODE = "GERBANG_KASKADE";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PengelolaanPengguna pengguna;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    JsonNode baca(String url, String user) throws Exception {
        return json.readTree(mvc.perform(get(url).with(httpBasic(user, SANDI)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    JsonNode jalankan(int tahunRencana) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tahunRencana\": " + tahunRencana + "}")
                        .with(httpBasic(BKD, SANDI)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    JsonNode tersimpan(long id, String kolom) {
        return json.readTree(jdbc.sql("SELECT " + kolom + "::text FROM perencanaan.kaskade WHERE id = ?")
                .param(id)
                .query(String.class)
                .single());
    }

    @Test
    void kaskadeMemakaiGerbangYangBerlakuPadaTahunRencana() throws Exception {
        AturanUji.siapkan(pengguna);
        LocalDate hariIni = LocalDate.now(clock);
        JsonNode lama = baca("/api/v1/aturan/" + KODE + "/berlaku", BKD);
        int nomorLama = lama.get("nomor").asInt();
        assertThat(lama.get("nilai").get("masaMinimalSetingkatBulan").asInt()).isEqualTo(12);

        // A planning year no other test uses (they plan at most five years ahead), beyond every approved version.
        LocalDate mulai = LocalDate.of(hariIni.getYear() + 8, 1, 1);
        assertThat(mulai).isAfter(AturanUji.mulaiBerikut(jdbc, KODE, 0));
        ObjectNode nilai = (ObjectNode) lama.get("nilai").deepCopy();
        nilai.put("masaMinimalSetingkatBulan", 18);
        String usulan = mvc.perform(post("/api/v1/aturan")
                        .with(httpBasic(BKD, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(json.createObjectNode()
                                .put("kode", KODE)
                                .put("berlakuMulai", mulai.toString())
                                .put("dasarHukum", "Peraturan Bupati Contoh 9/2030 tentang Pola Karier Pasal 7")
                                .set("nilai", nilai))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int nomorBaru = json.readTree(usulan).get("nomor").asInt();
        mvc.perform(post("/api/v1/aturan/" + KODE + "/versi/" + nomorBaru + "/setujui")
                        .with(httpBasic(PPK, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\":0}"))
                .andExpect(status().isOk());

        // planned for the year before the new version: version in force today
        JsonNode sebelum = jalankan(mulai.getYear() - 1);
        assertThat(sebelum.get("aturanDipakai")).hasSize(1);
        assertThat(sebelum.get("aturanDipakai").get(0).get("kode").asString()).isEqualTo(KODE);
        assertThat(sebelum.get("aturanDipakai").get(0).get("nomor").asInt()).isEqualTo(nomorLama);
        assertThat(sebelum.get("aturanDipakai").get(0).get("berlakuMulai").asString())
                .isEqualTo(lama.get("berlakuMulai").asString());
        long idSebelum = sebelum.get("id").asLong();
        assertThat(tersimpan(idSebelum, "aturan")
                        .get("masaMinimalSetingkatBulan")
                        .asInt())
                .isEqualTo(12);
        assertThat(tersimpan(idSebelum, "hasil")
                        .get("aturanDipakai")
                        .get(0)
                        .get("nomor")
                        .asInt())
                .isEqualTo(nomorLama);

        // planned for the year the new version starts: the new gates, and the run says so
        JsonNode sesudah = jalankan(mulai.getYear());
        assertThat(sesudah.get("aturanDipakai").get(0).get("nomor").asInt()).isEqualTo(nomorBaru);
        assertThat(sesudah.get("aturanDipakai").get(0).get("berlakuMulai").asString())
                .isEqualTo(mulai.toString());
        long idSesudah = sesudah.get("id").asLong();
        assertThat(tersimpan(idSesudah, "aturan")
                        .get("masaMinimalSetingkatBulan")
                        .asInt())
                .isEqualTo(18);
        assertThat(baca("/api/v1/perencanaan/kaskade/" + idSesudah, BKD)
                        .get("aturanDipakai")
                        .get(0)
                        .get("nomor")
                        .asInt())
                .isEqualTo(nomorBaru);

        // a run planned for this year is dated today: the version in force today
        JsonNode kini = jalankan(hariIni.getYear());
        assertThat(kini.get("aturanDipakai").get(0).get("nomor").asInt()).isEqualTo(nomorLama);

        // the run's page names and links the version
        String halaman = mvc.perform(
                        get("/perencanaan/kaskade/" + idSesudah).with(user(BKD).roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(halaman)
                .contains("id=\"aturan-dipakai\"")
                .contains("href=\"/aturan/GERBANG_KASKADE\"")
                .contains("GERBANG_KASKADE versi " + nomorBaru + " (berlaku mulai " + fmt(mulai) + ")");
    }

    private static String fmt(LocalDate d) {
        return String.format("%02d-%02d-%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
