package id.aparatur.seleksi;

import static id.aparatur.aturan.AturanUji.BKD;
import static id.aparatur.aturan.AturanUji.PPK;
import static id.aparatur.aturan.AturanUji.SANDI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
 * A selection's eligibility hints use the JPT pratama requirements ({@code SYARAT_JPT_PRATAMA}) in force on its
 * reference date (the planned end of the announcement, else today), and its detail names the version: BKD changes the
 * requirements from a future date, the PPK approves, and the selection's version follows its announcement date.
 */
@UjiIntegrasi
class SyaratJptBerlakuIT {

    private static final String KODE = "SYARAT_JPT_PRATAMA";

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

    JsonNode kirim(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b,
            String siapa,
            String isi,
            int status)
            throws Exception {
        String s = mvc.perform(b.with(httpBasic(siapa, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(isi))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return s.isBlank() ? json.createObjectNode() : json.readTree(s);
    }

    JsonNode dipakai(long id) throws Exception {
        JsonNode d = kirim(get("/api/v1/seleksi-terbuka/" + id), BKD, "", 200).get("aturanDipakai");
        assertThat(d).hasSize(1);
        assertThat(d.get(0).get("kode").asString()).isEqualTo(KODE);
        return d.get(0);
    }

    void jadwal(long id, LocalDate selesaiPengumuman) throws Exception {
        kirim(
                put("/api/v1/seleksi-terbuka/" + id + "/jadwal"),
                BKD,
                "{\"PENGUMUMAN\": {\"mulai\": \"%s\", \"selesai\": \"%s\"}}"
                        .formatted(selesaiPengumuman.minusDays(14), selesaiPengumuman),
                200);
    }

    @Test
    void seleksiMemakaiSyaratYangBerlakuPadaTanggalAcuannya() throws Exception {
        AturanUji.siapkan(pengguna);
        LocalDate hariIni = LocalDate.now(clock);
        JsonNode lama = kirim(get("/api/v1/aturan/" + KODE + "/berlaku"), BKD, "", 200);
        int nomorLama = lama.get("nomor").asInt();
        LocalDate mulai = LocalDate.of(hariIni.getYear() + 8, 1, 1);
        assertThat(mulai).isAfter(AturanUji.mulaiBerikut(jdbc, KODE, 0));
        ObjectNode nilai = (ObjectNode) lama.get("nilai").deepCopy();
        nilai.put("pengalamanTahun", 7);
        int nomorBaru = kirim(
                        post("/api/v1/aturan"),
                        BKD,
                        json.writeValueAsString(json.createObjectNode()
                                .put("kode", KODE)
                                .put("berlakuMulai", mulai.toString())
                                .put("dasarHukum", "Peraturan Bupati Contoh 9/2030 tentang Pola Karier Pasal 9")
                                .set("nilai", nilai)),
                        201)
                .get("nomor")
                .asInt();
        kirim(post("/api/v1/aturan/" + KODE + "/versi/" + nomorBaru + "/setujui"), PPK, "{\"versi\":0}", 200);

        long jabatan = new SeleksiFixture(jdbc).jptLowong();
        long id = kirim(post("/api/v1/seleksi-terbuka"), BKD, "{\"jabatanId\": " + jabatan + "}", 201)
                .get("id")
                .asLong();
        // no schedule: dated today
        assertThat(dipakai(id).get("nomor").asInt()).isEqualTo(nomorLama);

        // announcement ending the day before the new version: still the old one
        jadwal(id, mulai.minusDays(1));
        assertThat(dipakai(id).get("nomor").asInt()).isEqualTo(nomorLama);

        // announcement ending on its first day: the new requirements, named with their start
        jadwal(id, mulai);
        JsonNode baru = dipakai(id);
        assertThat(baru.get("nomor").asInt()).isEqualTo(nomorBaru);
        assertThat(baru.get("berlakuMulai").asString()).isEqualTo(mulai.toString());

        String halaman = mvc.perform(
                        get("/seleksi-terbuka/" + id).with(user(BKD).roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(halaman)
                .contains("id=\"aturan-dipakai\"")
                .contains("href=\"/aturan/SYARAT_JPT_PRATAMA\"")
                .contains(KODE + " versi " + nomorBaru)
                .contains("pengalaman kumulatif paling singkat 7 tahun");
    }
}
