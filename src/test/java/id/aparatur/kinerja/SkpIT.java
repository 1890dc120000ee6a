package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PenggunaAparatur;
import id.aparatur.akses.Peran;
import id.aparatur.pegawai.PegawaiFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The SKP flow through the API with the demo accounts: the employee drafts and cascades an RHK from their kasi's SKP,
 * the kasi (the recorded penilai) agrees, rates and finalises; the predikat appears in the employee's kinerja; people
 * outside the scope get 404; a final SKP is locked (API and database); bad input names the fields.
 */
@UjiIntegrasi
class SkpIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    String nipPegawai;
    String nipKasi;
    String nipKabid;
    long disdik;
    String nipLainOpd;
    String nipRekan;

    @BeforeEach
    void dataDemo() {
        nipPegawai = nip("pegawai.pendidikan");
        nipKabid = nip("atasan.pendidikan");
        nipKasi = jdbc.sql("SELECT atasan_nip FROM pegawai.v_pegawai WHERE nip = ?")
                .param(nipPegawai)
                .query(String.class)
                .single()
                .strip();
        disdik = jdbc.sql("SELECT opd_id FROM pegawai.v_pegawai WHERE nip = ?")
                .param(nipPegawai)
                .query(Long.class)
                .single();
        nipLainOpd = KinerjaFixture.pegawaiOpdLain(jdbc);
        // A colleague in the same OPD who is neither in the employee's atasan chain nor below them.
        nipRekan = new PegawaiFixture(jdbc).pegawaiBaru(KinerjaFixture.tempat(jdbc, nipPegawai), null);
    }

    String nip(String username) {
        return jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = ?")
                .param(username)
                .query(String.class)
                .single()
                .strip();
    }

    /** Signs in as an employee without a demo account, the way the login would build them. */
    RequestPostProcessor sebagai(String nip, Peran... peran) {
        long opd = jdbc.sql("SELECT opd_id FROM pegawai.v_pegawai WHERE nip = ?")
                .param(nip)
                .query(Long.class)
                .single();
        return user(new PenggunaAparatur("uji." + nip, null, "Uji " + nip, Set.of(peran), opd, nip, true, false));
    }

    RequestPostProcessor pegawai() {
        return httpBasic("pegawai.pendidikan", SANDI);
    }

    RequestPostProcessor kasi() {
        return sebagai(nipKasi, Peran.ATASAN, Peran.PEGAWAI);
    }

    JsonNode kirim(MockHttpServletRequestBuilder req, RequestPostProcessor siapa, Object isi, int status)
            throws Exception {
        String hasil = mvc.perform(
                        req.with(siapa).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(isi)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return hasil.isEmpty() ? json.createObjectNode() : json.readTree(hasil);
    }

    static Map<String, Object> rhk(String uraian, Long rhkAtasanId) {
        return KinerjaFixture.rhk(uraian, rhkAtasanId);
    }

    static Map<String, String> catatanBerakhlak() {
        return KinerjaFixture.catatanBerakhlak();
    }

    /** An SKP with one RHK for someone, written directly (as if they had drafted it). */
    long skpLangsung(String nip, int tahun) {
        long skp = jdbc.sql("""
                INSERT INTO kinerja.skp (nip, tahun, dibuat_oleh, diubah_oleh) VALUES (?, ?, 'uji', 'uji')
                ON CONFLICT (nip, tahun) DO UPDATE SET diubah_oleh = 'uji' RETURNING id""").params(nip, tahun).query(Long.class).single();
        return jdbc.sql("INSERT INTO kinerja.rhk (skp_id, urutan, uraian, jenis) VALUES (?, 1, 'RHK uji', 'UTAMA') "
                        + "RETURNING id")
                .param(skp)
                .query(Long.class)
                .single();
    }

    @Test
    void alurLengkapDariDrafSampaiFinalDanPredikatTampil() throws Exception {
        int tahun = 2031;
        // The kasi drafts their own SKP first, so the employee can cascade from it.
        JsonNode skpKasi = kirim(post("/api/v1/kinerja/skp"), kasi(), Map.of("tahun", tahun), 201);
        assertThat(skpKasi.get("penilaiNip").asString()).isEqualTo(nipKabid);
        JsonNode kasiRhk = kirim(
                put("/api/v1/kinerja/skp/" + skpKasi.get("id").asLong() + "/rhk"),
                kasi(),
                Map.of("versi", skpKasi.get("versi").asInt(), "rhk", List.of(rhk("Layanan pendidikan dasar", null))),
                200);
        long rhkKasi = kasiRhk.get("rhk").get(0).get("id").asLong();
        long rhkKabid = skpLangsung(nipKabid, tahun);
        long rhkLuar = skpLangsung(nipLainOpd, tahun);
        long rhkKasiTahunLain = skpLangsung(nipKasi, tahun - 1);

        JsonNode skp = kirim(
                post("/api/v1/kinerja/skp"), pegawai(), Map.of("tahun", tahun, "periodeEvaluasi", "BULANAN"), 201);
        long id = skp.get("id").asLong();
        assertThat(skp.get("status").asString()).isEqualTo("DRAF");
        assertThat(skp.get("penilaiNip").asString())
                .as("penilai = atasan langsung")
                .isEqualTo(nipKasi);
        assertThat(skp.get("periodeEvaluasi").asString()).isEqualTo("BULANAN");
        kirim(post("/api/v1/kinerja/skp"), pegawai(), Map.of("tahun", tahun), 409);

        String url = "/api/v1/kinerja/skp/" + id;
        // Cascading: only RHK of the own atasan chain in the same year.
        mvc.perform(put(url + "/rhk")
                        .with(pegawai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "versi",
                                skp.get("versi").asInt(),
                                "rhk",
                                List.of(rhk("A", rhkLuar), rhk("B", rhkKasiTahunLain), rhk("C", rhkKasi))))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("rhk[0].rhkAtasanId", "rhk[1].rhkAtasanId")))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'rhk[2].rhkAtasanId')]").isEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.rhk WHERE skp_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("nothing written")
                .isZero();
        JsonNode diubah = kirim(
                put(url + "/rhk"),
                pegawai(),
                Map.of(
                        "versi",
                        skp.get("versi").asInt(),
                        "rhk",
                        List.of(rhk("Menyusun modul ajar", rhkKasi), rhk("Mendukung program bidang", rhkKabid))),
                200);
        assertThat(diubah.get("rhk").get(0).get("rhkAtasanId").asLong()).isEqualTo(rhkKasi);
        assertThat(diubah.get("rhk").get(1).get("indikator")).hasSize(2);
        int versi = diubah.get("versi").asInt();
        assertThat(versi).isGreaterThan(skp.get("versi").asInt());
        kirim(put(url + "/rhk"), pegawai(), Map.of("versi", versi - 1, "rhk", List.of(rhk("Basi", null))), 409);
        // The kasi cannot remove their RHK while the employee's RHK intervenes it.
        kirim(
                put("/api/v1/kinerja/skp/" + skpKasi.get("id").asLong() + "/rhk"),
                kasi(),
                Map.of("versi", kasiRhk.get("versi").asInt(), "rhk", List.of(rhk("Pengganti", null))),
                409);

        // Only the penilai (or BKD) agrees; the owner and the kabid above the penilai may not.
        kirim(post(url + "/setujui"), pegawai(), Map.of(), 403);
        kirim(post(url + "/setujui"), httpBasic("atasan.pendidikan", SANDI), Map.of(), 403);
        mvc.perform(get(url).with(httpBasic("atasan.pendidikan", SANDI))).andExpect(status().isOk());
        kirim(
                post(url + "/nilai"),
                kasi(),
                Map.of("hasilKerja", "DI_ATAS", "perilakuKerja", "DI_ATAS", "perilaku", catatanBerakhlak()),
                409);
        assertThat(kirim(post(url + "/setujui"), kasi(), Map.of(), 200)
                        .get("status")
                        .asString())
                .isEqualTo("DISETUJUI");
        kirim(put(url + "/rhk"), pegawai(), Map.of("versi", versi + 1, "rhk", List.of(rhk("Telat", null))), 409);

        // Rating: every BerAKHLAK value needs feedback.
        Map<String, String> kurang = catatanBerakhlak();
        kurang.remove("LOYAL");
        kurang.put("ADAPTIF", " ");
        mvc.perform(post(url + "/nilai")
                        .with(kasi())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("hasilKerja", "DI_ATAS", "perilakuKerja", "DI_ATAS", "perilaku", kurang))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("perilaku.LOYAL", "perilaku.ADAPTIF")));
        kirim(
                post(url + "/nilai"),
                pegawai(),
                Map.of("hasilKerja", "DI_ATAS", "perilakuKerja", "DI_ATAS", "perilaku", catatanBerakhlak()),
                403);
        assertThat(kirim(
                                post(url + "/nilai"),
                                kasi(),
                                Map.of(
                                        "hasilKerja",
                                        "SESUAI",
                                        "perilakuKerja",
                                        "DI_BAWAH",
                                        "perilaku",
                                        catatanBerakhlak()),
                                200)
                        .get("predikat")
                        .asString())
                .isEqualTo("KURANG");
        assertThat(kirim(
                                post(url + "/nilai"),
                                kasi(),
                                Map.of(
                                        "hasilKerja",
                                        "DI_ATAS",
                                        "perilakuKerja",
                                        "DI_ATAS",
                                        "perilaku",
                                        catatanBerakhlak()),
                                200)
                        .get("predikat")
                        .asString())
                .as("dinilai ulang sebelum final")
                .isEqualTo("SANGAT_BAIK");

        mvc.perform(get("/api/v1/pegawai/" + nipPegawai + "/kinerja").with(pegawai()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].hasilKerja").value(hasItem("DI_ATAS")))
                .andExpect(
                        jsonPath("$[?(@.tahun == " + tahun + ")].perilakuKerja").value(hasItem("DI_ATAS")))
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].predikat").value(hasItem("SANGAT_BAIK")));
        mvc.perform(get("/api/v1/pegawai/" + nipPegawai + "/kinerja").with(httpBasic("kadis.pendidikan", SANDI)))
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].predikat").value(hasItem("SANGAT_BAIK")));
        mvc.perform(get(url).with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perilaku.length()").value(7))
                .andExpect(jsonPath("$.perilaku[*].catatan", hasItem("Umpan balik LOYAL")));

        // Final: needs the OPD's organisational predikat; then locked for everyone, in the API and in the database.
        predikatOrganisasi(tahun);
        assertThat(kirim(post(url + "/finalkan"), kasi(), Map.of(), 200)
                        .get("status")
                        .asString())
                .isEqualTo("FINAL");
        kirim(
                post(url + "/nilai"),
                httpBasic("bkd", SANDI),
                Map.of("hasilKerja", "DI_BAWAH", "perilakuKerja", "DI_BAWAH", "perilaku", catatanBerakhlak()),
                409);
        kirim(post(url + "/finalkan"), kasi(), Map.of(), 409);
        assertThatThrownBy(() -> jdbc.sql("UPDATE kinerja.skp SET predikat = 'BAIK' WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("UPDATE kinerja.perilaku SET catatan = 'x' WHERE skp_id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM kinerja.indikator WHERE rhk_id IN "
                                + "(SELECT id FROM kinerja.rhk WHERE skp_id = ?)")
                        .param(id)
                        .update())
                .hasMessageContaining("final");
        assertThat(jdbc.sql("SELECT predikat FROM kinerja.skp WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("SANGAT_BAIK");
        // Every step is audited.
        assertThat(jdbc.sql("SELECT aksi FROM audit.jejak_audit WHERE entitas = 'SKP' AND entitas_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .hasSize(1 + 1 + 1 + 2 + 1)
                .contains("BUAT");
    }

    @Test
    void diLuarCakupanMendapat404() throws Exception {
        JsonNode skp = kirim(post("/api/v1/kinerja/skp"), pegawai(), Map.of("tahun", 2032), 201);
        String url = "/api/v1/kinerja/skp/" + skp.get("id").asLong();
        for (RequestPostProcessor luar : List.of(
                sebagai(nipLainOpd, Peran.PEGAWAI, Peran.ATASAN), sebagai(nipRekan, Peran.PEGAWAI, Peran.ATASAN))) {
            mvc.perform(get(url).with(luar)).andExpect(status().isNotFound());
            mvc.perform(post(url + "/setujui").with(luar)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/pegawai/" + nipPegawai + "/kinerja").with(luar))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(url).with(httpBasic("kadis.pendidikan", SANDI))).andExpect(status().isOk());
        mvc.perform(get(url).with(kasi())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/kinerja/skp/999999999").with(httpBasic("bkd", SANDI)))
                .andExpect(status().isNotFound());
    }

    @Test
    void bkdBolehMelangkahDanInputBurukMenyebutIsian() throws Exception {
        mvc.perform(post("/api/v1/kinerja/skp")
                        .with(pegawai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tahun\": 1900}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("tahun")));
        mvc.perform(post("/api/v1/kinerja/skp")
                        .with(pegawai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("tahun")));
        mvc.perform(post("/api/v1/kinerja/skp")
                        .with(pegawai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tahun\": 2034, \"periodeEvaluasi\": \"MINGGUAN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("periodeEvaluasi")));
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.skp WHERE tahun = 2034")
                        .query(Long.class)
                        .single())
                .as("nothing written")
                .isZero();
        JsonNode skp = kirim(post("/api/v1/kinerja/skp"), pegawai(), Map.of("tahun", 2033), 201);
        String url = "/api/v1/kinerja/skp/" + skp.get("id").asLong();
        Map<String, Object> buruk = new LinkedHashMap<>();
        buruk.put("uraian", " ");
        buruk.put("jenis", null);
        buruk.put(
                "indikator",
                List.of(
                        Map.of("aspek", "WAKTU", "uraian", "Tepat", "target", ""),
                        Map.of("aspek", "MUTU", "uraian", "Mutu", "target", "baik")));
        Map<String, Object> tanpaIndikator = rhk("Tanpa indikator", null);
        tanpaIndikator.put("indikator", List.of());
        mvc.perform(put(url + "/rhk")
                        .with(pegawai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("versi", skp.get("versi").asInt(), "rhk", List.of(buruk, tanpaIndikator)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        hasItems(
                                "rhk[0].uraian",
                                "rhk[0].jenis",
                                "rhk[0].indikator[0].target",
                                "rhk[0].indikator[1].aspek",
                                "rhk[1].indikator")))
                .andExpect(jsonPath("$.errors[?(@.field == 'rhk[0].indikator[0].aspek')]")
                        .isEmpty());
        kirim(post(url + "/setujui"), httpBasic("bkd", SANDI), Map.of(), 200);
        mvc.perform(post(url + "/nilai")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hasilKerja\": \"HEBAT\", \"perilaku\": {\"JUJUR\": \"x\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        hasItems("hasilKerja", "perilakuKerja", "perilaku.JUJUR", "perilaku.LOYAL")));
        assertThat(kirim(
                                post(url + "/nilai"),
                                httpBasic("bkd", SANDI),
                                Map.of(
                                        "hasilKerja",
                                        "DI_BAWAH",
                                        "perilakuKerja",
                                        "SESUAI",
                                        "perilaku",
                                        catatanBerakhlak()),
                                200)
                        .get("predikat")
                        .asString())
                .isEqualTo("BUTUH_PERBAIKAN");
        predikatOrganisasi(2033);
        kirim(post(url + "/finalkan"), httpBasic("bkd", SANDI), Map.of(), 200);
    }

    /** BKD sets the employee's OPD's organisational predikat for the year (required before finalising). */
    void predikatOrganisasi(int tahun) throws Exception {
        kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                httpBasic("bkd", SANDI),
                Map.of("opdId", disdik, "tahun", tahun, "predikat", "BAIK", "dasar", "Uji SkpIT"),
                201);
    }

    @Test
    void penilaiTercatatTetapMenilaiMeskiBukanAtasanLagi() throws Exception {
        // The recorded penilai (here someone outside the employee's chain, as after a mutation) still sees and acts.
        long id = jdbc.sql("""
                INSERT INTO kinerja.skp (nip, tahun, penilai_nip, dibuat_oleh, diubah_oleh)
                VALUES (?, 2035, ?, 'uji', 'uji') RETURNING id""").params(nipLainOpd, nipRekan).query(Long.class).single();
        mvc.perform(get("/api/v1/kinerja/skp/" + id).with(sebagai(nipRekan, Peran.PEGAWAI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.penilaiNip").value(nipRekan));
        kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), sebagai(nipRekan, Peran.PEGAWAI), Map.of(), 200);
        String atasanSekarang = jdbc.sql("SELECT atasan_nip FROM pegawai.v_pegawai WHERE nip = ?")
                .param(nipLainOpd)
                .query(String.class)
                .single()
                .strip();
        kirim(
                post("/api/v1/kinerja/skp/" + id + "/nilai"),
                sebagai(atasanSekarang, Peran.ATASAN, Peran.PEGAWAI),
                Map.of("hasilKerja", "SESUAI", "perilakuKerja", "SESUAI", "perilaku", catatanBerakhlak()),
                403);
    }

    @Test
    void apiTerdokumentasi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/skp']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/skp/{id}/nilai']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/pegawai/{nip}/kinerja']").exists());
    }
}
