package id.aparatur.asesmen;

import static id.aparatur.aturan.AturanUji.BKD;
import static id.aparatur.aturan.AturanUji.PPK;
import static id.aparatur.aturan.AturanUji.SANDI;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.aturan.AturanUji;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The JPM category of a gap analysis uses the bands in force on its reference date: BKD changes the bands from a
 * future date, the PPK approves, a comparison dated before that date keeps the old version and one dated on it uses the
 * new — and each names the version it used.
 */
@UjiIntegrasi
class PitaJpmBerlakuIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PengelolaanPengguna pengguna;

    @Autowired
    ObjectMapper json;

    @Test
    void kategoriJpmMemakaiPitaYangBerlakuPadaTanggalAcuan() throws Exception {
        AturanUji.siapkan(pengguna);
        var org = new id.aparatur.organisasi.OrganisasiFixture(jdbc).opdBaru("Dinas Uji Pita JPM");
        var p = new AsesmenFixture(jdbc).pegawaiDenganSkj(org.id(), org.unitId());
        // SKJ 3 + 2 + 4 = 9; levels 3, 2, 3 → 8 of 9 = 88.89 %: Cukup Optimal under 90/78, Optimal under 85/70
        new AsesmenFixture(jdbc)
                .catat(
                        p.nip(),
                        LocalDate.now().minusDays(1),
                        "ASSESSMENT_CENTER",
                        "uji",
                        Map.of("M.01", 3, "M.02", 2, "M.03", 3));
        int lama = json.readTree(
                        mvc.perform(get("/api/v1/aturan/JPM_PITA/berlaku").with(httpBasic(BKD, SANDI)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                .get("nomor")
                .asInt();
        LocalDate mulai = AturanUji.mulaiBerikut(jdbc, "JPM_PITA", 30);

        String usulan = mvc.perform(post("/api/v1/aturan")
                        .with(httpBasic(BKD, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kode":"JPM_PITA","berlakuMulai":"%s",
                                 "dasarHukum":"Peraturan Bupati Contoh 3/2027 tentang Manajemen Talenta Pasal 12",
                                 "nilai":{"pita":[{"kategori":"OPTIMAL","batasBawah":85},
                                   {"kategori":"CUKUP_OPTIMAL","batasBawah":70},
                                   {"kategori":"KURANG_OPTIMAL","batasBawah":0}]}}""".formatted(mulai)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int baru = json.readTree(usulan).get("nomor").asInt();

        // proposed, not approved: nothing changes, even on its date
        mvc.perform(get("/api/v1/pegawai/" + p.nip() + "/kesenjangan")
                        .param("tanggal", mulai.toString())
                        .with(httpBasic(BKD, SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kategori").value("CUKUP_OPTIMAL"))
                .andExpect(jsonPath("$.aturanJpm.nomor").value(lama));

        mvc.perform(post("/api/v1/aturan/JPM_PITA/versi/" + baru + "/setujui")
                        .with(httpBasic(PPK, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\":0}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/pegawai/" + p.nip() + "/kesenjangan")
                        .param("tanggal", mulai.minusDays(1).toString())
                        .with(httpBasic(BKD, SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jpm").value(88.89))
                .andExpect(jsonPath("$.kategori").value("CUKUP_OPTIMAL"))
                .andExpect(jsonPath("$.tanggalAcuan").value(mulai.minusDays(1).toString()))
                .andExpect(jsonPath("$.aturanJpm.kode").value("JPM_PITA"))
                .andExpect(jsonPath("$.aturanJpm.nomor").value(lama));
        mvc.perform(get("/api/v1/pegawai/" + p.nip() + "/kesenjangan")
                        .param("tanggal", mulai.toString())
                        .with(httpBasic(BKD, SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jpm").value(88.89))
                .andExpect(jsonPath("$.kategori").value("OPTIMAL"))
                .andExpect(jsonPath("$.aturanJpm.nomor").value(baru))
                .andExpect(jsonPath("$.aturanJpm.berlakuMulai").value(mulai.toString()))
                .andExpect(jsonPath("$.aturanJpm.dasarHukum")
                        .value("Peraturan Bupati Contoh 3/2027 tentang Manajemen Talenta Pasal 12"));
        // today (no date given) is before the new version
        mvc.perform(get("/api/v1/pegawai/" + p.nip() + "/kesenjangan").with(httpBasic(BKD, SANDI)))
                .andExpect(jsonPath("$.kategori").value("CUKUP_OPTIMAL"))
                .andExpect(jsonPath("$.aturanJpm.nomor").value(lama));
    }
}
