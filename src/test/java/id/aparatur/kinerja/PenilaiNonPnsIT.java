package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Who rates the head of an OPD or the Sekda: the kepala daerah, who is not a PNS. The SKP records a non-PNS penilai by
 * name and jabatan, without NIP (as e-Kinerja does); an employee without a PNS atasan (the Sekda) gets the kepala
 * daerah as penilai, and BKD may record a non-PNS penilai on a draft (a kepala OPD rated by the Bupati). In Aparatur
 * the PPK account — the kepala daerah is the PPK of the Pemda — takes the penilai's steps, and BKD may record them on
 * the kepala daerah's behalf.
 */
@UjiIntegrasi
class PenilaiNonPnsIT {

    static final RequestPostProcessor PPK = httpBasic("ppk", "aparatur-demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    KinerjaFixture f;

    @BeforeEach
    void opdSendiri() {
        f = new KinerjaFixture(mvc, jdbc, json, 1);
    }

    long drafSendiri(RequestPostProcessor siapa, int tahun) throws Exception {
        JsonNode skp = f.kirim(post("/api/v1/kinerja/skp"), siapa, Map.of("tahun", tahun), 201);
        long id = skp.get("id").asLong();
        f.kirim(
                put("/api/v1/kinerja/skp/" + id + "/rhk"),
                siapa,
                Map.of(
                        "versi",
                        skp.get("versi").asInt(),
                        "rhk",
                        List.of(KinerjaFixture.rhk("Capaian sasaran OPD", null))),
                200);
        return id;
    }

    @Test
    void skpTanpaAtasanPnsDinilaiKepalaDaerahLewatPpkAtauBkd() throws Exception {
        int tahun = 2044;
        // the top of the tree (no PNS atasan, like the Sekda): the kepala daerah is the penilai, without NIP
        JsonNode skp = f.kirim(post("/api/v1/kinerja/skp"), f.kepala(), Map.of("tahun", tahun), 201);
        assertThat(skp.hasNonNull("penilaiNip")).isFalse();
        assertThat(skp.get("penilaiNonPns").get("nama").asString()).isNotBlank();
        assertThat(skp.get("penilaiNonPns").get("jabatan").asString()).isNotBlank();
        long id = skp.get("id").asLong();
        f.kirim(
                put("/api/v1/kinerja/skp/" + id + "/rhk"),
                f.kepala(),
                Map.of(
                        "versi",
                        skp.get("versi").asInt(),
                        "rhk",
                        List.of(KinerjaFixture.rhk("Capaian sasaran OPD", null))),
                200);
        assertThat(jdbc.sql("SELECT penilai_nip IS NULL AND penilai_nama IS NOT NULL FROM kinerja.skp WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // agreement and rating by the kepala daerah (the PPK account); the owner cannot agree to their own SKP
        f.kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), f.kepala(), Map.of(), 403);
        f.kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), PPK, Map.of(), 200);
        JsonNode dinilai = f.kirim(
                post("/api/v1/kinerja/skp/" + id + "/nilai"),
                PPK,
                Map.of(
                        "hasilKerja",
                        "DI_ATAS",
                        "perilakuKerja",
                        "SESUAI",
                        "perilaku",
                        KinerjaFixture.catatanBerakhlak()),
                200);
        assertThat(dinilai.get("predikat").asString()).isEqualTo("BAIK");
        // BKD finalises on the kepala daerah's behalf
        f.predikatOrganisasi(tahun, "BAIK");
        f.kirim(post("/api/v1/kinerja/skp/" + id + "/finalkan"), KinerjaFixture.BKD, Map.of(), 200);
        assertThat(jdbc.sql("SELECT status FROM kinerja.skp WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("FINAL");
    }

    @Test
    void bkdMencatatPenilaiNonPnsPadaDrafKepalaOpd() throws Exception {
        int tahun = 2045;
        // the penilai's own SKP: their PNS atasan (the kepala) would rate it ...
        long id = drafSendiri(f.penilai(), tahun);
        String url = "/api/v1/kinerja/skp/" + id + "/penilai";
        // ... until BKD records the Bupati as penilai; only BKD, with name and jabatan
        f.kirim(put(url), f.penilai(), Map.of("nama", "H. Bupati", "jabatan", "Bupati Contoh"), 403);
        mvc.perform(put(url).with(KinerjaFixture.BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nama\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("nama", "jabatan")));
        JsonNode skp = f.kirim(
                put(url), KinerjaFixture.BKD, Map.of("nama", "H. Bupati Contoh", "jabatan", "Bupati Contoh"), 200);
        assertThat(skp.hasNonNull("penilaiNip")).isFalse();
        assertThat(skp.get("penilaiNonPns").get("nama").asString()).isEqualTo("H. Bupati Contoh");
        assertThat(skp.get("penilaiNonPns").get("jabatan").asString()).isEqualTo("Bupati Contoh");
        // the former PNS atasan is no longer the penilai; the kepala daerah is
        f.kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), f.kepala(), Map.of(), 403);
        f.kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), PPK, Map.of(), 200);
        // an agreed SKP keeps its penilai
        f.kirim(put(url), KinerjaFixture.BKD, Map.of("nama", "Lain", "jabatan", "Wakil Bupati"), 409);
    }
}
