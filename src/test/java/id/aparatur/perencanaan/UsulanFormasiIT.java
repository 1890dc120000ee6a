package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Usulan formasi on a real cascade run of the demo Kabupaten: rows equal the run's formation, BKD edits within the
 * computed vacancies, submits, the PPK returns it with a note and then approves it; every transition is in the trail
 * and the audit; an approved proposal cannot change (API and database); the XLSX and PDF documents; access and bad
 * input.
 */
@UjiIntegrasi
class UsulanFormasiIT {

    static final String SANDI = "aparatur-demo";
    static final String API = "/api/v1/perencanaan/usulan-formasi";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    private JsonNode kirim(MockHttpServletRequestBuilder r, String pengguna, int status) throws Exception {
        String s = mvc.perform(r.with(httpBasic(pengguna, SANDI)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return s.isEmpty() ? json.readTree("{}") : json.readTree(s);
    }

    private byte[] unduh(MockHttpServletRequestBuilder r) throws Exception {
        var mulai = mvc.perform(r)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .asyncStarted())
                .andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private long kaskade() throws Exception {
        int tahun = LocalDate.now(clock).getYear() + 5;
        JsonNode k = kirim(
                post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tahunRencana\": " + tahun + "}"),
                "bkd",
                201);
        return k.get("id").asLong();
    }

    private static MockHttpServletRequestBuilder jsonPost(String url, String body) {
        return post(url).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void alurLengkapDariKaskadeSampaiDisetujuiPpk() throws Exception {
        long kaskadeId = kaskade();
        int tahun = LocalDate.now(clock).getYear() + 1;
        JsonNode u = kirim(
                jsonPost(
                        API,
                        "{\"kaskadeId\": " + kaskadeId + ", \"tahun\": " + tahun
                                + ", \"judul\": \"Usulan Kebutuhan ASN " + tahun + "\"}"),
                "bkd",
                201);
        long id = u.get("usulan").get("id").asLong();
        assertThat(u.get("usulan").get("status").asString()).isEqualTo("DRAF");

        // Rows = the run's formation per jabatan, usulan = lowongan at the start.
        Map<Long, Integer> formasi = new HashMap<>();
        jdbc.sql("SELECT jabatan_id, sum(jumlah) FROM perencanaan.kaskade_formasi WHERE kaskade_id = ? GROUP BY 1")
                .param(kaskadeId)
                .query((rs, i) -> formasi.put(rs.getLong(1), rs.getInt(2)))
                .list();
        assertThat(formasi).isNotEmpty();
        Map<Long, Integer> baris = new HashMap<>();
        for (JsonNode b : u.get("baris")) {
            baris.put(b.get("jabatanId").asLong(), b.get("lowongan").asInt());
            assertThat(b.get("jumlahUsulan").asInt())
                    .isEqualTo(b.get("lowongan").asInt());
            assertThat(b.get("jenisPengadaan").asString()).isEqualTo("CPNS");
        }
        assertThat(baris).isEqualTo(formasi);
        int totalLowongan =
                formasi.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(u.get("usulan").get("lowongan").asInt()).isEqualTo(totalLowongan);

        JsonNode b0 = u.get("baris").get(0);
        long baris0 = b0.get("id").asLong();
        int lowongan0 = b0.get("lowongan").asInt();
        int versi = u.get("usulan").get("versi").asInt();

        // Bad input: above the computed vacancies, negative, unknown row, stale version, missing version.
        JsonNode salah = kirim(
                put(API + "/" + id + "/baris")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\": " + versi + ", \"baris\": [{\"barisId\": " + baris0
                                + ", \"jumlahUsulan\": "
                                + (lowongan0 + 1) + ", \"jenisPengadaan\": \"PPPK\"}, {\"barisId\": 999999999, "
                                + "\"jumlahUsulan\": -1, \"jenisPengadaan\": \"CPNS\"}]}"),
                "bkd",
                400);
        assertThat(salah.toString()).contains("baris[0].jumlahUsulan").contains("baris[1].barisId");
        kirim(
                put(API + "/" + id + "/baris")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\": " + (versi + 7) + ", \"baris\": []}"),
                "bkd",
                409);
        kirim(
                put(API + "/" + id + "/baris")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"baris\": []}"),
                "bkd",
                400);
        assertThat(jdbc.sql("SELECT jumlah_usulan FROM perencanaan.usulan_formasi_baris WHERE id = ?")
                        .param(baris0)
                        .query(Integer.class)
                        .single())
                .as("nothing half-saved")
                .isEqualTo(lowongan0);

        // BKD lowers one row and makes it PPPK.
        JsonNode ubah = kirim(
                put(API + "/" + id + "/baris")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\": " + versi + ", \"baris\": [{\"barisId\": " + baris0
                                + ", \"jumlahUsulan\": " + (lowongan0 - 1)
                                + ", \"jenisPengadaan\": \"PPPK\", \"keterangan\": \"anggaran\"}]}"),
                "bkd",
                200);
        assertThat(ubah.get("usulan").get("usulan").asInt()).isEqualTo(totalLowongan - 1);
        versi = ubah.get("usulan").get("versi").asInt();

        // Only BKD submits, only the PPK decides.
        kirim(jsonPost(API + "/" + id + "/ajukan", "{\"versi\": " + versi + "}"), "ppk", 403);
        kirim(jsonPost(API + "/" + id + "/setujui", "{\"versi\": " + versi + "}"), "ppk", 409);
        versi = kirim(jsonPost(API + "/" + id + "/ajukan", "{\"versi\": " + versi + "}"), "bkd", 200)
                .get("usulan")
                .get("versi")
                .asInt();
        kirim(
                put(API + "/" + id + "/baris")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\": " + versi + ", \"baris\": []}"),
                "bkd",
                409);
        kirim(jsonPost(API + "/" + id + "/setujui", "{\"versi\": " + versi + "}"), "bkd", 403);
        kirim(
                jsonPost(API + "/" + id + "/kembalikan", "{\"versi\": " + versi + ", \"catatan\": \"kurang\"}"),
                "ppk",
                400);
        JsonNode kembali = kirim(
                jsonPost(
                        API + "/" + id + "/kembalikan",
                        "{\"versi\": " + versi
                                + ", \"catatan\": \"Sesuaikan dengan kemampuan anggaran belanja pegawai.\"}"),
                "ppk",
                200);
        assertThat(kembali.get("usulan").get("status").asString()).isEqualTo("DIKEMBALIKAN");
        assertThat(kembali.get("catatanPutusan").asString()).contains("anggaran");
        versi = kembali.get("usulan").get("versi").asInt();
        versi = kirim(
                        put(API + "/" + id + "/baris")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"versi\": " + versi + ", \"baris\": [{\"barisId\": " + baris0
                                        + ", \"jumlahUsulan\": 0, " + "\"jenisPengadaan\": \"PPPK\"}]}"),
                        "bkd",
                        200)
                .get("usulan")
                .get("versi")
                .asInt();
        versi = kirim(jsonPost(API + "/" + id + "/ajukan", "{\"versi\": " + versi + "}"), "bkd", 200)
                .get("usulan")
                .get("versi")
                .asInt();
        JsonNode setuju = kirim(jsonPost(API + "/" + id + "/setujui", "{\"versi\": " + versi + "}"), "ppk", 200);
        assertThat(setuju.get("usulan").get("status").asString()).isEqualTo("DISETUJUI");
        assertThat(setuju.get("diputusOleh").asString()).isEqualTo("ppk");
        assertThat(setuju.get("jejak"))
                .extracting(j -> j.get("ke").asString())
                .containsExactly("DRAF", "DIAJUKAN", "DIKEMBALIKAN", "DIAJUKAN", "DISETUJUI");

        // Final: no change through the API, nor directly in the database; the trail cannot be rewritten.
        versi = setuju.get("usulan").get("versi").asInt();
        kirim(
                put(API + "/" + id + "/baris")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\": " + versi + ", \"baris\": []}"),
                "bkd",
                409);
        kirim(
                jsonPost(
                        API + "/" + id + "/kembalikan",
                        "{\"versi\": " + versi + ", \"catatan\": \"Terlambat dikembalikan setelah disetujui.\"}"),
                "ppk",
                409);
        assertThatThrownBy(() -> jdbc.sql("UPDATE perencanaan.usulan_formasi_baris SET jumlah_usulan = 0 WHERE id = ?")
                        .param(baris0)
                        .update())
                .hasMessageContaining("hanya dapat diubah");
        assertThatThrownBy(() -> jdbc.sql("UPDATE perencanaan.usulan_formasi SET judul = 'x' WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("sudah disetujui");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM perencanaan.usulan_formasi_jejak WHERE usulan_id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("tidak boleh");
        assertThat(jdbc.sql("SELECT aksi FROM audit.jejak_audit WHERE entitas = 'USULAN_FORMASI' AND entitas_id = ? "
                                + "ORDER BY id")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("BUAT", "UBAH", "AJUKAN", "KEMBALIKAN", "UBAH", "AJUKAN", "SETUJUI");

        // Documents.
        byte[] xlsx = unduh(get(API + "/" + id + "/dokumen.xlsx").with(httpBasic("ppk", SANDI)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getRow(0).getCell(0).getStringCellValue())
                    .contains("USULAN KEBUTUHAN ASN")
                    .contains(String.valueOf(tahun));
            int kepala = -1;
            for (Row r : sh) {
                if (r.getCell(1) != null && "Jabatan".equals(r.getCell(1).toString())) {
                    kepala = r.getRowNum();
                    break;
                }
            }
            assertThat(kepala).isPositive();
            int n = formasi.size();
            Row total = sh.getRow(kepala + n + 1);
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(totalLowongan);
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(totalLowongan - lowongan0);
            double usulan = 0;
            for (int i = 1; i <= n; i++) {
                usulan += sh.getRow(kepala + i).getCell(8).getNumericCellValue();
            }
            assertThat(usulan).isEqualTo(totalLowongan - lowongan0);
        }
        byte[] pdf = unduh(
                get("/formasi/" + id + "/usulan-formasi.pdf").with(user("bkd").roles("ADMIN_BKD")));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        // Pages.
        mvc.perform(get("/formasi/" + id).with(user("ppk").roles("PPK")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"status-usulan\"")));
        mvc.perform(get("/formasi").with(user("bkd").roles("ADMIN_BKD"))).andExpect(status().isOk());
    }

    @Test
    void aksesDanIsianBuruk() throws Exception {
        kirim(get(API), "kadis.pendidikan", 403);
        kirim(get(API), "pegawai.pendidikan", 403);
        mvc.perform(get("/formasi").with(user("kadis.pendidikan").roles("PIMPINAN_OPD")))
                .andExpect(status().isForbidden());
        kirim(get(API + "/987654321"), "bkd", 404);
        int tahun = LocalDate.now(clock).getYear() + 1;
        kirim(jsonPost(API, "{\"kaskadeId\": 987654321, \"tahun\": " + tahun + ", \"judul\": \"x\"}"), "bkd", 404);
        JsonNode salah = kirim(jsonPost(API, "{\"kaskadeId\": 1, \"tahun\": 1999, \"judul\": \" \"}"), "bkd", 400);
        assertThat(salah.toString()).contains("tahun").contains("judul");
        kirim(jsonPost(API, "{\"tahun\": " + tahun + "}"), "bkd", 400);
        kirim(jsonPost(API, "{\"kaskadeId\": 1, \"tahun\": " + tahun + ", \"judul\": \"x\"}"), "ppk", 403);
        // The page answers with an Indonesian message instead of an error page.
        mvc.perform(post("/formasi")
                        .param("kaskade", "1")
                        .param("tahun", "dua ribu")
                        .param("judul", "x")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute(
                                "galat",
                                org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Tahun anggaran"))));
    }
}
