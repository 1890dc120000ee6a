package id.aparatur.kinerja;

import static id.aparatur.aturan.AturanUji.BKD;
import static id.aparatur.aturan.AturanUji.PPK;
import static id.aparatur.aturan.AturanUji.SANDI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.aturan.AturanUji;
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
 * The predikat matrix in force on an SKP year's reference date (31 December): the PPK approves a new version of
 * {@code MATRIKS_PREDIKAT} from a future date in which "hasil kerja sesuai, perilaku di bawah" is Butuh Perbaikan
 * instead of Kurang/Misconduct; the SKP of the year before that date is rated by version 1 and the SKP of the year it
 * starts in by the new version, and each finalisation records the versions it used — of the matrix, the follow-up mapping, the TPP shares and
 * the angka kredit table — (API and page). The new version
 * starts far in the future (2091) so that the other tests, which share the database, keep version 1.
 */
@UjiIntegrasi
class AturanKinerjaBerlakuIT {

    static final String MATRIKS = "$.aturanDipakai[?(@.kode == 'MATRIKS_PREDIKAT')]";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PengelolaanPengguna pengguna;

    @Test
    void skpMemakaiMatriksYangBerlakuPadaTanggalAcuannyaDanMencatatVersinya() throws Exception {
        AturanUji.siapkan(pengguna);
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, 2);
        JsonNode v1 = json.readTree(
                mvc.perform(get("/api/v1/aturan/MATRIKS_PREDIKAT/berlaku").with(httpBasic(BKD, SANDI)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        int lama = v1.get("nomor").asInt();
        LocalDate mulai = LocalDate.of(2091, 1, 1);
        LocalDate paling = AturanUji.mulaiBerikut(jdbc, "MATRIKS_PREDIKAT", 1);
        if (paling.isAfter(mulai)) {
            mulai = LocalDate.of(paling.getYear() + 1, 1, 1);
        }
        ObjectNode nilai = (ObjectNode) v1.get("nilai").deepCopy();
        assertThat(nilai.get("SESUAI").get("DI_BAWAH").asString()).isEqualTo("KURANG");
        ((ObjectNode) nilai.get("SESUAI")).put("DI_BAWAH", "BUTUH_PERBAIKAN");
        ObjectNode usul = json.createObjectNode();
        usul.put("kode", "MATRIKS_PREDIKAT")
                .put("berlakuMulai", mulai.toString())
                .put("dasarHukum", "Peraturan Bupati Contoh 9/2090 tentang Penilaian Kinerja Pasal 4");
        usul.set("nilai", nilai);
        int baru = json.readTree(mvc.perform(post("/api/v1/aturan")
                                .with(httpBasic(BKD, SANDI))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(usul)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("nomor")
                .asInt();
        mvc.perform(post("/api/v1/aturan/MATRIKS_PREDIKAT/versi/" + baru + "/setujui")
                        .with(httpBasic(PPK, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\":0}"))
                .andExpect(status().isOk());

        int tahunLama = mulai.getYear() - 1; // 31 December before the new version
        int tahunBaru = mulai.getYear(); // 31 December on or after it
        f.predikatOrganisasi(tahunLama, "BAIK");
        f.predikatOrganisasi(tahunBaru, "BAIK");
        long skpLama = f.skpFinal(0, tahunLama, "SESUAI", "DI_BAWAH");
        long skpBaru = f.skpFinal(1, tahunBaru, "SESUAI", "DI_BAWAH");

        mvc.perform(get("/api/v1/kinerja/skp/" + skpLama).with(KinerjaFixture.BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.predikat").value("KURANG"))
                .andExpect(jsonPath("$.aturanDipakai[*].kode")
                        .value(contains("ANGKA_KREDIT", "MATRIKS_PREDIKAT", "TINDAK_LANJUT", "TPP_PERSEN")))
                .andExpect(jsonPath(MATRIKS + ".nomor").value(contains(lama)))
                .andExpect(jsonPath(MATRIKS + ".berlakuMulai")
                        .value(contains(v1.get("berlakuMulai").asString())));
        mvc.perform(get("/api/v1/kinerja/skp/" + skpBaru).with(KinerjaFixture.BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.predikat").value("BUTUH_PERBAIKAN"))
                .andExpect(jsonPath(MATRIKS + ".nomor").value(contains(baru)))
                .andExpect(jsonPath(MATRIKS + ".berlakuMulai").value(contains(mulai.toString())));
        // the follow-up follows the predikat the matrix in force gave
        assertThat(jdbc.sql("SELECT jenis FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                        .param(skpLama)
                        .query(String.class)
                        .single())
                .isEqualTo("PEMBINAAN");
        assertThat(jdbc.sql("SELECT jenis FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                        .param(skpBaru)
                        .query(String.class)
                        .single())
                .isEqualTo("PENGEMBANGAN");
        // a version approved after the rating that changes this year's predikat: finalising is refused until re-rated
        int tahunKetiga = tahunBaru + 1;
        f.predikatOrganisasi(tahunKetiga, "BAIK");
        long skpKetiga = f.skpDinilai(0, tahunKetiga, "SESUAI", "DI_BAWAH");
        ObjectNode kembali = usul.deepCopy();
        kembali.put("berlakuMulai", LocalDate.of(tahunKetiga, 6, 1).toString());
        ((ObjectNode) kembali.get("nilai").get("SESUAI")).put("DI_BAWAH", "KURANG");
        int ketiga = json.readTree(mvc.perform(post("/api/v1/aturan")
                                .with(httpBasic(BKD, SANDI))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(kembali)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("nomor")
                .asInt();
        mvc.perform(post("/api/v1/aturan/MATRIKS_PREDIKAT/versi/" + ketiga + "/setujui")
                        .with(httpBasic(PPK, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\":0}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/kinerja/skp/" + skpKetiga + "/finalkan").with(f.penilai()))
                .andExpect(status().isConflict());
        assertThat(f.nilai(skpKetiga, "SESUAI", "DI_BAWAH")).isEqualTo("KURANG");
        mvc.perform(post("/api/v1/kinerja/skp/" + skpKetiga + "/finalkan").with(f.penilai()))
                .andExpect(status().isOk())
                .andExpect(jsonPath(MATRIKS + ".nomor").value(contains(ketiga)));

        // the SKP page names the versions in one line
        mvc.perform(get("/kinerja/skp/" + skpBaru).with(f.penilai()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"aturan-dipakai\"")))
                .andExpect(
                        content().string(containsString("data-kode=\"MATRIKS_PREDIKAT\" data-nomor=\"" + baru + "\"")));
    }
}
