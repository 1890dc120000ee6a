package id.aparatur.aturan;

import static id.aparatur.aturan.AturanUji.BKD;
import static id.aparatur.aturan.AturanUji.PEGAWAI;
import static id.aparatur.aturan.AturanUji.PPK;
import static id.aparatur.aturan.AturanUji.SANDI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code /api/v1/aturan}: every table listed, proposals by BKD, decisions by the PPK, 400/403/409, audit rows. */
@UjiIntegrasi
class AturanApiIT {

    static final String TPP = "TPP_PERSEN";

    @Autowired
    MockMvc mvc;

    @Autowired
    PengelolaanPengguna pengguna;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void siapkan() {
        AturanUji.siapkan(pengguna);
    }

    private static MockHttpServletRequestBuilder sebagai(String user, MockHttpServletRequestBuilder r) {
        return r.with(httpBasic(user, SANDI)).contentType(MediaType.APPLICATION_JSON);
    }

    private String usulanTpp(LocalDate mulai, int baik) {
        return """
                {"kode":"TPP_PERSEN","berlakuMulai":"%s","dasarHukum":"Perkada Kabupaten Contoh 7/2027 Pasal 4",
                 "catatan":"TPP baru","nilai":{"SANGAT_BAIK":100,"BAIK":%d,"BUTUH_PERBAIKAN":60,"KURANG":30,
                 "SANGAT_KURANG":0}}""".formatted(mulai, baik);
    }

    private JsonNode usulkan(String body) throws Exception {
        String isi = mvc.perform(sebagai(BKD, post("/api/v1/aturan")).content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(isi);
    }

    @Test
    void daftarMenyebutSetiapTabelDenganVersiPertamaDariBawaan() throws Exception {
        mvc.perform(get("/api/v1/aturan").with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kode")
                        .value(hasItems(
                                "BUP",
                                "JPM_PITA",
                                "EJ_GRADE",
                                "TPP_PERSEN",
                                "DISTRIBUSI_PREDIKAT",
                                "MATRIKS_PREDIKAT",
                                "ANGKA_KREDIT",
                                "TINDAK_LANJUT",
                                "PERIODE_EVALUASI",
                                "GERBANG_KASKADE",
                                "SYARAT_JPT_PRATAMA",
                                "WKE",
                                "STANDAR_LEVEL_JENJANG")));
        mvc.perform(get("/api/v1/aturan/JPM_PITA").with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versi[?(@.nomor == 1)].status").value(hasItem("DISETUJUI")))
                .andExpect(jsonPath("$.versi[?(@.nomor == 1)].diusulkanOleh").value(hasItem("sistem")))
                .andExpect(jsonPath("$.versi[?(@.nomor == 1)].berlakuMulai").value(hasItem("2017-08-01")))
                .andExpect(
                        jsonPath("$.versi[?(@.nomor == 1)].belumDikonfirmasi").value(hasItem(true)))
                .andExpect(jsonPath("$.versi[?(@.nomor == 1)].dasarHukum")
                        .value(hasItem(org.hamcrest.Matchers.containsString("38/2017"))))
                .andExpect(jsonPath("$.versi[?(@.nomor == 1)].nilai.pita[0].batasBawah")
                        .value(hasItem(90)));
        mvc.perform(get("/api/v1/aturan/WKE").with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(jsonPath("$.dikelolaPemilik").value(true))
                .andExpect(jsonPath("$.halamanPemilik").value("/abk/wke"))
                .andExpect(jsonPath("$.versi[*].nilai.menitPerTahun").value(hasItem(75000)));
        Long awal = jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'ATURAN' AND aksi = 'BUAT' "
                        + "AND entitas_id = 'JPM_PITA v1'")
                .query(Long.class)
                .single();
        assertThat(awal).isEqualTo(1);
    }

    @Test
    void usulanBerlakuSetelahDisetujuiPpkDanMenutupVersiSebelumnya() throws Exception {
        LocalDate mulai = AturanUji.mulaiBerikut(jdbc, TPP, 20);
        JsonNode v = usulkan(usulanTpp(mulai, 90));
        int nomor = v.get("nomor").asInt();
        assertThat(v.get("status").stringValue()).isEqualTo("DIUSULKAN");

        mvc.perform(get("/api/v1/aturan/TPP_PERSEN/berlaku")
                        .param("tanggal", mulai.toString())
                        .with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(jsonPath("$.nomor").value(org.hamcrest.Matchers.not(nomor)));

        mvc.perform(sebagai(PPK, post("/api/v1/aturan/TPP_PERSEN/versi/" + nomor + "/setujui"))
                        .content("{\"versi\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISETUJUI"))
                .andExpect(jsonPath("$.diputusOleh").value(PPK));

        mvc.perform(get("/api/v1/aturan/TPP_PERSEN/berlaku")
                        .param("tanggal", mulai.toString())
                        .with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(jsonPath("$.nomor").value(nomor))
                .andExpect(jsonPath("$.nilai.BAIK").value(90))
                .andExpect(jsonPath("$.berlakuSampai").doesNotExist());
        mvc.perform(get("/api/v1/aturan/TPP_PERSEN/berlaku")
                        .param("tanggal", mulai.minusDays(1).toString())
                        .with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(jsonPath("$.nomor").value(org.hamcrest.Matchers.not(nomor)))
                .andExpect(jsonPath("$.berlakuSampai").value(mulai.minusDays(1).toString()));

        List<Map<String, Object>> jejak = jdbc.sql("SELECT pengguna, aksi, sebelum::text AS sebelum, "
                        + "sesudah::text AS sesudah FROM audit.jejak_audit WHERE entitas = 'ATURAN' AND entitas_id = ? "
                        + "ORDER BY id")
                .param(TPP + " v" + nomor)
                .query()
                .listOfRows();
        assertThat(jejak).extracting(m -> m.get("aksi")).containsExactly("USULKAN", "SETUJUI");
        assertThat(jejak).extracting(m -> m.get("pengguna")).containsExactly(BKD, PPK);
        assertThat((String) jejak.get(0).get("sebelum")).contains("\"BAIK\"");
        assertThat((String) jejak.get(0).get("sesudah")).contains("\"BAIK\": 90");
        assertThat((String) jejak.get(1).get("sesudah")).contains("DISETUJUI");
    }

    @Test
    void isianSalahDijawab400DenganSetiapJalur() throws Exception {
        mvc.perform(sebagai(BKD, post("/api/v1/aturan")).content("""
                                {"kode":"JPM_PITA","berlakuMulai":"2001-01-01","dasarHukum":"",
                                 "nilai":{"pita":[{"kategori":"OPTIMAL","batasBawah":120},
                                 {"kategori":"CUKUP_OPTIMAL","batasBawah":"x"},{"kategori":"KURANG_OPTIMAL","batasBawah":0}]}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("berlakuMulai", "dasarHukum", "nilai.pita[1].batasBawah")));
        mvc.perform(sebagai(BKD, post("/api/v1/aturan")).content("""
                                {"kode":"JPM_PITA","berlakuMulai":"2099-01-01","dasarHukum":"Perkada 1/2099",
                                 "nilai":{"pita":[{"kategori":"OPTIMAL","batasBawah":120},
                                 {"kategori":"CUKUP_OPTIMAL","batasBawah":78},{"kategori":"KURANG_OPTIMAL","batasBawah":0}]}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nilai.pita[0].batasBawah"))
                .andExpect(jsonPath("$.errors[0].message").value("Harus antara 0 dan 100."));
        mvc.perform(sebagai(BKD, post("/api/v1/aturan")).content("{\"kode\":\"TIDAK_ADA\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kode")));
        mvc.perform(sebagai(BKD, post("/api/v1/aturan"))
                        .content("{\"kode\":\"WKE\",\"berlakuMulai\":\"2099-01-01\",\"dasarHukum\":\"x\","
                                + "\"nilai\":{\"menitPerTahun\":72000}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kode")));
        assertThat(jdbc.sql("SELECT count(*) FROM aturan.versi_aturan WHERE berlaku_mulai = '2099-01-01'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void hanyaBkdMengusulkanDanHanyaPpkMemutus() throws Exception {
        LocalDate mulai = AturanUji.mulaiBerikut(jdbc, TPP, 40);
        mvc.perform(sebagai(PEGAWAI, post("/api/v1/aturan")).content(usulanTpp(mulai, 80)))
                .andExpect(status().isForbidden());
        mvc.perform(sebagai(PPK, post("/api/v1/aturan")).content(usulanTpp(mulai, 80)))
                .andExpect(status().isForbidden());
        int nomor = usulkan(usulanTpp(mulai, 80)).get("nomor").asInt();
        mvc.perform(sebagai(BKD, post("/api/v1/aturan/TPP_PERSEN/versi/" + nomor + "/setujui"))
                        .content("{\"versi\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(sebagai(PEGAWAI, post("/api/v1/aturan/TPP_PERSEN/versi/" + nomor + "/tolak"))
                        .content("{\"versi\":0,\"alasan\":\"tidak\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(sebagai(PPK, post("/api/v1/aturan/TPP_PERSEN/versi/" + nomor + "/tolak"))
                        .content("{\"versi\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alasan"));
        mvc.perform(sebagai(PPK, post("/api/v1/aturan/TPP_PERSEN/versi/" + nomor + "/tolak"))
                        .content("{\"versi\":0,\"alasan\":\"Menunggu Perkada\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DITOLAK"))
                .andExpect(jsonPath("$.alasanPenolakan").value("Menunggu Perkada"));
    }

    @Test
    void versiUsangAtauSudahDiputusDijawab409() throws Exception {
        LocalDate mulai = AturanUji.mulaiBerikut(jdbc, TPP, 60);
        int nomor = usulkan(usulanTpp(mulai, 85)).get("nomor").asInt();
        mvc.perform(sebagai(PPK, post("/api/v1/aturan/TPP_PERSEN/versi/" + nomor + "/setujui"))
                        .content("{\"versi\":3}"))
                .andExpect(status().isConflict());
        mvc.perform(sebagai(PPK, post("/api/v1/aturan/TPP_PERSEN/versi/" + nomor + "/setujui"))
                        .content("{\"versi\":0}"))
                .andExpect(status().isOk());
        mvc.perform(sebagai(PPK, post("/api/v1/aturan/TPP_PERSEN/versi/" + nomor + "/tolak"))
                        .content("{\"versi\":0,\"alasan\":\"terlambat\"}"))
                .andExpect(status().isConflict());
        // a proposal from the same date as an approved version is refused: it would slip in, not supersede
        mvc.perform(sebagai(BKD, post("/api/v1/aturan")).content(usulanTpp(mulai, 70)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("berlakuMulai"));
        // the database refuses any change of a decided version, whoever tries
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> jdbc.sql("UPDATE aturan.versi_aturan SET nilai = '{}' WHERE kode = ? AND nomor = ?")
                                .params(TPP, nomor)
                                .update()))
                .isNotNull();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> jdbc.sql("DELETE FROM aturan.versi_aturan WHERE kode = ? AND nomor = ?")
                                .params(TPP, nomor)
                                .update()))
                .isNotNull();
    }

    @Test
    void duaPutusanSerentakHanyaSatuYangMenang() throws Exception {
        LocalDate mulai = AturanUji.mulaiBerikut(jdbc, TPP, 80);
        int nomor = usulkan(usulanTpp(mulai, 95)).get("nomor").asInt();
        String url = "/api/v1/aturan/TPP_PERSEN/versi/" + nomor;
        int menang = id.aparatur.Serentak.satuMenang(
                id.aparatur.Serentak.kirim(
                        mvc,
                        sebagai(PPK, post(url + "/setujui")).content("{\"versi\":0}"),
                        sebagai(PPK, post(url + "/tolak")).content("{\"versi\":0,\"alasan\":\"Belum ada Perkada\"}")),
                true);
        String status = jdbc.sql("SELECT status FROM aturan.versi_aturan WHERE kode = ? AND nomor = ?")
                .params(TPP, nomor)
                .query(String.class)
                .single();
        assertThat(status).isEqualTo(menang == 0 ? "DISETUJUI" : "DITOLAK");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'ATURAN' AND entitas_id = ? "
                                + "AND aksi IN ('SETUJUI', 'TOLAK')")
                        .param(TPP + " v" + nomor)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
