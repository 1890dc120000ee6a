package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.Serentak;
import id.aparatur.Serentak.Jawaban;
import id.aparatur.UjiIntegrasi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Two decisions on the same usulan formasi or ABK at the same instant: exactly one wins, the other gets a 409
 * ProblemDetail, the final state is the winner's and the trail and the audit hold the winner's step once. Each race
 * runs several rounds, so that a read-check-then-write implementation fails reliably.
 */
@UjiIntegrasi
class PerencanaanKonkurensiIT {

    static final int PUTARAN = 5;
    static final String SANDI = "aparatur-demo";
    static final RequestPostProcessor BKD = httpBasic("bkd", SANDI);
    static final RequestPostProcessor PPK = httpBasic("ppk", SANDI);
    static final RequestPostProcessor KADIS = httpBasic("kadis.pendidikan", SANDI);
    static final String API = "/api/v1/perencanaan/usulan-formasi";
    static final String CATATAN = "Sesuaikan dengan kemampuan anggaran belanja pegawai.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    static long kaskadeId;

    @BeforeEach
    void kaskade() throws Exception {
        if (kaskadeId == 0) {
            int tahun = LocalDate.now(clock).getYear() + 4;
            kaskadeId = kirim(post("/api/v1/perencanaan/kaskade"), BKD, "{\"tahunRencana\": " + tahun + "}", 201)
                    .get("id")
                    .asLong();
        }
    }

    @AfterEach
    void bersihkan() {
        jdbc.sql(
                        "DELETE FROM perencanaan.tugas_abk WHERE abk_id IN (SELECT id FROM perencanaan.abk WHERE tahun >= 2095)")
                .update();
        jdbc.sql("DELETE FROM perencanaan.abk WHERE tahun >= 2095").update();
    }

    JsonNode kirim(MockHttpServletRequestBuilder r, RequestPostProcessor siapa, String isi, int status)
            throws Exception {
        String s = mvc.perform(
                        r.with(siapa).contentType(MediaType.APPLICATION_JSON).content(isi))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return s.isEmpty() ? json.createObjectNode() : json.readTree(s);
    }

    static MockHttpServletRequestBuilder jsonPost(String url, RequestPostProcessor siapa, String isi) {
        return post(url).with(siapa).contentType(MediaType.APPLICATION_JSON).content(isi);
    }

    JsonNode usulanBaru() throws Exception {
        int tahun = LocalDate.now(clock).getYear() + 1;
        return kirim(
                post(API),
                BKD,
                "{\"kaskadeId\": " + kaskadeId + ", \"tahun\": " + tahun + ", \"judul\": \"Uji serentak\"}",
                201);
    }

    JsonNode rinci(long id) throws Exception {
        return json.readTree(mvc.perform(get(API + "/" + id).with(BKD))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    List<String> audit(String entitas, long id) {
        return jdbc.sql("SELECT aksi FROM audit.jejak_audit WHERE entitas = ? AND entitas_id = ? ORDER BY id")
                .params(entitas, String.valueOf(id))
                .query(String.class)
                .list();
    }

    List<String> jejak(long id) {
        return jdbc.sql("SELECT ke_status FROM perencanaan.usulan_formasi_jejak WHERE usulan_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    @Test
    void usulanFormasiDiajukanDanDisetujuiDuaKaliSerentakHanyaSatuYangMenang() throws Exception {
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            JsonNode u = usulanBaru();
            long id = u.get("usulan").get("id").asLong();
            String versi = "{\"versi\": " + u.get("usulan").get("versi").asInt() + "}";
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            jsonPost(API + "/" + id + "/ajukan", BKD, versi),
                            jsonPost(API + "/" + id + "/ajukan", BKD, versi)),
                    true);
            JsonNode r = rinci(id);
            assertThat(r.get("usulan").get("status").asString()).isEqualTo("DIAJUKAN");
            assertThat(jejak(id)).containsExactly("DRAF", "DIAJUKAN");

            versi = "{\"versi\": " + r.get("usulan").get("versi").asInt() + "}";
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            jsonPost(API + "/" + id + "/setujui", PPK, versi),
                            jsonPost(API + "/" + id + "/setujui", PPK, versi)),
                    true);
            assertThat(rinci(id).get("usulan").get("status").asString()).isEqualTo("DISETUJUI");
            assertThat(jejak(id)).containsExactly("DRAF", "DIAJUKAN", "DISETUJUI");
            assertThat(audit("USULAN_FORMASI", id)).containsExactly("BUAT", "AJUKAN", "SETUJUI");
        }
    }

    @Test
    void setujuiDanKembalikanSerentakHanyaSatuPutusan() throws Exception {
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            JsonNode u = usulanBaru();
            long id = u.get("usulan").get("id").asLong();
            int versi = kirim(
                            post(API + "/" + id + "/ajukan"),
                            BKD,
                            "{\"versi\": " + u.get("usulan").get("versi").asInt() + "}",
                            200)
                    .get("usulan")
                    .get("versi")
                    .asInt();
            List<Jawaban> j = Serentak.kirim(
                    mvc,
                    jsonPost(API + "/" + id + "/setujui", PPK, "{\"versi\": " + versi + "}"),
                    jsonPost(
                            API + "/" + id + "/kembalikan",
                            PPK,
                            "{\"versi\": " + versi + ", \"catatan\": \"" + CATATAN + "\"}"));
            int menang = Serentak.satuMenang(j, true);
            String akhir = menang == 0 ? "DISETUJUI" : "DIKEMBALIKAN";
            JsonNode r = rinci(id);
            assertThat(r.get("usulan").get("status").asString()).isEqualTo(akhir);
            assertThat(json.readTree(j.get(menang).isi())
                            .get("usulan")
                            .get("status")
                            .asString())
                    .isEqualTo(akhir);
            assertThat(jejak(id)).containsExactly("DRAF", "DIAJUKAN", akhir);
            assertThat(audit("USULAN_FORMASI", id))
                    .containsExactly("BUAT", "AJUKAN", menang == 0 ? "SETUJUI" : "KEMBALIKAN");
        }
    }

    @Test
    void ubahBarisSerentakDenganVersiSamaHanyaSatuYangTersimpan() throws Exception {
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            JsonNode u = usulanBaru();
            long id = u.get("usulan").get("id").asLong();
            int versi = u.get("usulan").get("versi").asInt();
            JsonNode b = u.get("baris").get(0);
            long baris = b.get("id").asLong();
            int lowongan = b.get("lowongan").asInt();
            String ubah = "{\"versi\": " + versi + ", \"baris\": [{\"barisId\": " + baris + ", \"jumlahUsulan\": %d, "
                    + "\"jenisPengadaan\": \"%s\"}]}";
            List<Jawaban> j = Serentak.kirim(
                    mvc,
                    put(API + "/" + id + "/baris")
                            .with(BKD)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ubah.formatted(0, "PPPK")),
                    put(API + "/" + id + "/baris")
                            .with(BKD)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(ubah.formatted(Math.max(0, lowongan - 1), "CPNS")));
            int menang = Serentak.satuMenang(j, true);
            String jenis = jdbc.sql("SELECT jenis_pengadaan FROM perencanaan.usulan_formasi_baris WHERE id = ?")
                    .param(baris)
                    .query(String.class)
                    .single();
            assertThat(jenis).isEqualTo(menang == 0 ? "PPPK" : "CPNS");
            assertThat(rinci(id).get("usulan").get("versi").asInt()).isEqualTo(versi + 1);
            assertThat(audit("USULAN_FORMASI", id)).containsExactly("BUAT", "UBAH");
        }
    }

    long abkDiajukan(long jabatan, int tahun) throws Exception {
        long id = kirim(post("/api/v1/abk"), KADIS, "{\"jabatanId\": " + jabatan + ", \"tahun\": " + tahun + "}", 201)
                .get("id")
                .asLong();
        int versi = kirim(get("/api/v1/abk/" + id), KADIS, "", 200).get("versi").asInt();
        kirim(
                put("/api/v1/abk/" + id + "/tugas"),
                KADIS,
                "{\"versi\": " + versi + ", \"tugas\": [{\"uraian\": "
                        + "\"Melayani\", \"hasilKerja\": \"Layanan\", \"satuan\": \"dokumen\", \"volume\": 2, "
                        + "\"normaWaktu\": 75000}]}",
                200);
        return id;
    }

    @Test
    void abkDiajukanDifinalkanAtauDikembalikanSerentakHanyaSatuYangMenang() throws Exception {
        PerencanaanFixture fixture = new PerencanaanFixture(jdbc);
        // New positions of Dinas Pendidikan (its head signs in) whose kuota is not the kebutuhan below (2): finalising
        // must then change the kuota exactly once.
        List<Long> jabatan = fixture.jabatanBaru(fixture.opdDemo("Dinas Pendidikan"), PUTARAN, 1);
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long j = jabatan.get(putaran);
            long id = abkDiajukan(j, 2095 + putaran);
            String url = "/api/v1/abk/" + id;
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            post(url + "/ajukan").with(KADIS),
                            post(url + "/ajukan").with(KADIS)),
                    true);
            List<Jawaban> putusan = Serentak.kirim(
                    mvc,
                    post(url + "/finalkan").with(BKD),
                    post(url + "/kembalikan")
                            .with(BKD)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"catatan\": \"" + CATATAN + "\"}"),
                    post(url + "/finalkan").with(BKD));
            int menang = Serentak.satuMenang(putusan, true);
            String akhir = menang == 1 ? "DIKEMBALIKAN" : "FINAL";
            assertThat(jdbc.sql("SELECT status FROM perencanaan.abk WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo(akhir);
            assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'ABK' AND entitas_id = ? "
                                    + "AND sesudah->>'status' = ?")
                            .params(String.valueOf(id), akhir)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'ABK' AND entitas_id = ? "
                                    + "AND sesudah->>'status' = 'DIAJUKAN'")
                            .param(String.valueOf(id))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            if (akhir.equals("FINAL")) {
                assertThat(jdbc.sql(
                                        "SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'JABATAN' AND entitas_id = ? "
                                                + "AND ringkasan LIKE ?")
                                .params(String.valueOf(j), "%ABK tahun " + (2095 + putaran) + "%")
                                .query(Long.class)
                                .single())
                        .as("kuota ditetapkan sekali")
                        .isEqualTo(1);
            }
            List<Jawaban> salin = Serentak.kirim(
                    mvc, post(url + "/salin").with(KADIS), post(url + "/salin").with(KADIS));
            Serentak.satuMenang(salin, true);
        }
    }
}
