package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * ABK on positions of its own in the demo Kabupaten's Dinas Pendidikan ({@link PerencanaanFixture}): the workflow with
 * its roles and scope (kadis.pendidikan fills and submits, bkd finalises or returns), the final kebutuhan becoming the jabatan's kuota with its audit row, copy to the next year with that
 * year's WKE, every bad input through the API and the pages (nothing half-saved), and the OpenAPI document. Works in
 * the years 2090–2099, which nothing else uses, and removes its rows afterwards.
 */
@UjiIntegrasi
class AbkIT {

    static final String SANDI = "aparatur-demo";
    static final RequestPostProcessor KADIS = httpBasic("kadis.pendidikan", SANDI);
    static final RequestPostProcessor BKD = httpBasic("bkd", SANDI);
    static final RequestPostProcessor PEGAWAI = httpBasic("pegawai.pendidikan", SANDI);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    long disdik;
    long opdLain;
    List<Long> jabatanDisdik;
    long jabatanLain;

    @BeforeEach
    void siapkan() {
        PerencanaanFixture fixture = new PerencanaanFixture(jdbc);
        // The head of Dinas Pendidikan signs in, so the positions are new ones of that OPD; another OPD of its own.
        disdik = fixture.opdDemo("Dinas Pendidikan");
        jabatanDisdik = fixture.jabatanBaru(disdik, 6, 1);
        long[] lain = fixture.opdLainDenganJabatan();
        opdLain = lain[0];
        jabatanLain = lain[1];
    }

    @AfterEach
    void bersihkan() {
        jdbc.sql(
                        "DELETE FROM perencanaan.tugas_abk WHERE abk_id IN (SELECT id FROM perencanaan.abk WHERE tahun >= 2090)")
                .update();
        jdbc.sql("DELETE FROM perencanaan.abk WHERE tahun >= 2090").update();
        jdbc.sql("DELETE FROM perencanaan.waktu_kerja_efektif WHERE berlaku_mulai >= DATE '2090-01-01'")
                .update();
    }

    int kuota(long jabatan) {
        return jdbc.sql("SELECT kuota FROM organisasi.v_jabatan WHERE id = ?")
                .param(jabatan)
                .query(Integer.class)
                .single();
    }

    int versiJabatan(long jabatan) {
        return jdbc.sql("SELECT versi FROM organisasi.jabatan WHERE id = ?")
                .param(jabatan)
                .query(Integer.class)
                .single();
    }

    int bezetting(long jabatan) {
        return jdbc.sql("SELECT count(*) FROM pegawai.v_pegawai_aktif WHERE jabatan_id = ?")
                .param(jabatan)
                .query(Integer.class)
                .single();
    }

    MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder b, Object body) {
        return b.contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body));
    }

    JsonNode baca(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    long buat(RequestPostProcessor siapa, long jabatan, int tahun) throws Exception {
        MvcResult r = mvc.perform(jsonBody(post("/api/v1/abk"), Map.of("jabatanId", jabatan, "tahun", tahun))
                        .with(siapa))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAF"))
                .andReturn();
        return baca(r).get("id").asLong();
    }

    static Map<String, Object> tugas(String uraian, Object volume, Object norma) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("uraian", uraian);
        m.put("hasilKerja", "Hasil " + uraian);
        m.put("satuan", "dokumen");
        m.put("volume", volume);
        m.put("normaWaktu", norma);
        return m;
    }

    JsonNode simpan(RequestPostProcessor siapa, long id, List<?> tugas) throws Exception {
        int versi = baca(mvc.perform(get("/api/v1/abk/" + id).with(siapa)).andReturn())
                .get("versi")
                .asInt();
        return baca(mvc.perform(jsonBody(put("/api/v1/abk/" + id + "/tugas"), Map.of("versi", versi, "tugas", tugas))
                        .with(siapa))
                .andExpect(status().isOk())
                .andReturn());
    }

    long jumlahAudit(String entitas, String id) {
        return jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = ? AND entitas_id = ?")
                .params(entitas, id)
                .query(Long.class)
                .single();
    }

    @Test
    void kadisMengisiDanMengajukanBkdMemfinalkanKebutuhanMenjadiKuotaDanTeraudit() throws Exception {
        long jabatan = jabatanDisdik.get(0);
        long id = buat(KADIS, jabatan, 2091);
        mvc.perform(get("/api/v1/abk/" + id).with(KADIS))
                .andExpect(jsonPath("$.wkeMenit").value(75000))
                .andExpect(jsonPath("$.aturanPembulatan").value("SETENGAH_KE_ATAS"))
                .andExpect(jsonPath("$.jabatanId").value(jabatan))
                .andExpect(jsonPath("$.tahun").value(2091));

        // The worked example of the reference: 120 × 180 + 40,000 = 61,600 ÷ 75,000 = 0.82 → 1.
        JsonNode h = simpan(KADIS, id, List.of(tugas("Menyusun laporan", 120, 180), tugas("Tugas B", 1, 40000)));
        assertThat(h.get("totalBebanMenit").asLong()).isEqualTo(61_600);
        assertThat(h.get("kebutuhanTepat").decimalValue()).isEqualByComparingTo("0.8213");
        assertThat(h.get("kebutuhan").asInt()).isEqualTo(1);
        assertThat(h.get("tugas").get(0).get("bebanMenit").asLong()).isEqualTo(21_600);
        assertThat(h.get("tugas").get(1).get("normaWaktu").asLong()).isEqualTo(40_000);
        int b = bezetting(jabatan);
        assertThat(h.get("pemangku").asInt()).isEqualTo(b);
        if (b == 0) {
            assertThat(h.has("ej")).isFalse();
        } else {
            assertThat(h.get("ej").decimalValue())
                    .isEqualByComparingTo(new java.math.BigDecimal(61_600)
                            .divide(new java.math.BigDecimal(75_000L * b), 2, java.math.RoundingMode.HALF_UP));
            assertThat(h.get("gradeEj").asText()).isNotBlank();
        }

        // A need different from the current kuota: kuota + 2 employees of full workload.
        int kuotaLama = kuota(jabatan);
        int target = kuotaLama + 2;
        simpan(KADIS, id, List.of(tugas("Melayani", target, 75000)));

        // Finalising a draft that was not submitted; BKD cannot submit; the OPD head cannot finalise.
        mvc.perform(post("/api/v1/abk/" + id + "/finalkan").with(BKD))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("belum diajukan")));
        mvc.perform(post("/api/v1/abk/" + id + "/ajukan").with(BKD)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/abk/" + id + "/ajukan").with(KADIS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIAJUKAN"))
                .andExpect(jsonPath("$.diajukanOleh").value("kadis.pendidikan"));
        mvc.perform(post("/api/v1/abk/" + id + "/finalkan").with(KADIS)).andExpect(status().isForbidden());
        // Submitted: no more edits, not even by BKD.
        mvc.perform(jsonBody(put("/api/v1/abk/" + id + "/tugas"), Map.of("versi", 99, "tugas", List.of()))
                        .with(BKD))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("ABK yang sudah diajukan atau final tidak dapat diubah."));
        assertThat(kuota(jabatan)).isEqualTo(kuotaLama);

        int versiSebelum = versiJabatan(jabatan);
        mvc.perform(post("/api/v1/abk/" + id + "/finalkan").with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINAL"))
                .andExpect(jsonPath("$.kebutuhan").value(target))
                .andExpect(jsonPath("$.kuota").value(target));
        assertThat(kuota(jabatan)).isEqualTo(target);
        assertThat(versiJabatan(jabatan)).isEqualTo(versiSebelum + 1);
        Map<String, Object> audit =
                jdbc.sql("""
                SELECT ringkasan, sebelum->>'kuota' AS sebelum, sesudah->>'kuota' AS sesudah, pengguna
                FROM audit.jejak_audit WHERE entitas = 'JABATAN' AND entitas_id = ? ORDER BY id DESC LIMIT 1""").param(String.valueOf(jabatan)).query().singleRow();
        assertThat((String) audit.get("ringkasan")).contains("ABK tahun 2091").contains(kuotaLama + " → " + target);
        assertThat(audit.get("sebelum")).isEqualTo(String.valueOf(kuotaLama));
        assertThat(audit.get("sesudah")).isEqualTo(String.valueOf(target));
        assertThat(audit.get("pengguna")).isEqualTo("bkd");
        // Create, two saves, submit, finalise.
        assertThat(jumlahAudit("ABK", String.valueOf(id))).isEqualTo(5);

        // Final is final.
        mvc.perform(post("/api/v1/abk/" + id + "/kembalikan")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"catatan\":\"terlambat\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/abk/" + id + "/ajukan").with(KADIS)).andExpect(status().isConflict());

        // The list shows it with B, K and the grade.
        mvc.perform(get("/api/v1/abk").param("tahun", "2091").with(KADIS))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.jabatanId == " + jabatan + ")].status").value(hasItem("FINAL")))
                .andExpect(
                        jsonPath("$[?(@.jabatanId == " + jabatan + ")].kuota").value(hasItem(target)))
                .andExpect(jsonPath("$[?(@.jabatanId == " + jabatan + ")].kebutuhan")
                        .value(hasItem(target)));
    }

    @Test
    void tahunLebihAwalYangDifinalkanKemudianTidakMenimpaKuotaTahunLebihAkhir() throws Exception {
        long jabatan = jabatanDisdik.get(1);
        int awal = kuota(jabatan);
        long akhir = buat(KADIS, jabatan, 2096);
        simpan(KADIS, akhir, List.of(tugas("A", awal + 3, 75000)));
        long lebihAwal = buat(KADIS, jabatan, 2095);
        simpan(KADIS, lebihAwal, List.of(tugas("A", awal + 5, 75000)));
        for (long id : List.of(akhir, lebihAwal)) {
            mvc.perform(post("/api/v1/abk/" + id + "/ajukan").with(KADIS)).andExpect(status().isOk());
            mvc.perform(post("/api/v1/abk/" + id + "/finalkan").with(BKD)).andExpect(status().isOk());
        }
        assertThat(kuota(jabatan)).isEqualTo(awal + 3);
    }

    @Test
    void dikembalikanWajibCatatanLaluOpdMengubahDanMengajukanLagi() throws Exception {
        long id = buat(BKD, jabatanDisdik.get(2), 2093);
        // BKD may fill too; an empty ABK cannot be submitted.
        mvc.perform(post("/api/v1/abk/" + id + "/ajukan").with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tugas"));
        simpan(BKD, id, List.of(tugas("Mengajar", 10, 60)));
        mvc.perform(post("/api/v1/abk/" + id + "/ajukan").with(KADIS)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/abk/" + id + "/kembalikan")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"catatan\":\"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("catatan"))
                .andExpect(jsonPath("$.errors[0].message").value("Catatan pengembalian wajib diisi."));
        mvc.perform(get("/api/v1/abk/" + id).with(KADIS))
                .andExpect(jsonPath("$.status").value("DIAJUKAN"));
        mvc.perform(post("/api/v1/abk/" + id + "/kembalikan")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"catatan\":\"Norma waktu mengajar terlalu kecil\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIKEMBALIKAN"))
                .andExpect(jsonPath("$.catatanPengembalian").value("Norma waktu mengajar terlalu kecil"));
        JsonNode h = simpan(KADIS, id, List.of(tugas("Mengajar", 10, 90)));
        assertThat(h.get("status").asText()).isEqualTo("DIKEMBALIKAN");
        assertThat(h.get("totalBebanMenit").asLong()).isEqualTo(900);
        mvc.perform(post("/api/v1/abk/" + id + "/ajukan").with(KADIS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DIAJUKAN"));
    }

    @Test
    void salinKeTahunBerikutMemakaiWkeTahunItu() throws Exception {
        // WKE: BKD only, validated, one row per date, audited.
        mvc.perform(jsonBody(
                                post("/api/v1/abk/wke"),
                                Map.of(
                                        "berlakuMulai",
                                        "2095-01-01",
                                        "menitPerTahun",
                                        72000,
                                        "dasarHukum",
                                        "Uji: standar lama"))
                        .with(KADIS))
                .andExpect(status().isForbidden());
        mvc.perform(jsonBody(
                                post("/api/v1/abk/wke"),
                                Map.of(
                                        "berlakuMulai",
                                        "2095-01-01",
                                        "menitPerTahun",
                                        72000,
                                        "dasarHukum",
                                        "Uji: standar lama"))
                        .with(BKD))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.menitPerTahun").value(72000));
        assertThat(jumlahAudit("WKE", "2095-01-01")).isOne();
        mvc.perform(jsonBody(
                                post("/api/v1/abk/wke"),
                                Map.of("berlakuMulai", "2095-01-01", "menitPerTahun", 70000, "dasarHukum", "dobel"))
                        .with(BKD))
                .andExpect(status().isConflict());
        mvc.perform(jsonBody(post("/api/v1/abk/wke"), Map.of("menitPerTahun", 600000, "dasarHukum", ""))
                        .with(BKD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains("berlakuMulai", "menitPerTahun", "dasarHukum")));
        mvc.perform(get("/api/v1/abk/wke").with(PEGAWAI))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].menitPerTahun").value(75000));

        long id = buat(KADIS, jabatanDisdik.get(3), 2094);
        simpan(KADIS, id, List.of(tugas("Menyusun laporan", 120, 180), tugas("Tugas B", 1, 40000)));
        MvcResult r = mvc.perform(post("/api/v1/abk/" + id + "/salin").with(KADIS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tahun").value(2095))
                .andExpect(jsonPath("$.status").value("DRAF"))
                .andExpect(jsonPath("$.wkeMenit").value(72000))
                .andExpect(jsonPath("$.tugas.length()").value(2))
                .andExpect(jsonPath("$.tugas[0].uraian").value("Menyusun laporan"))
                .andExpect(jsonPath("$.totalBebanMenit").value(61600))
                .andReturn();
        assertThat(baca(r).get("kebutuhanTepat").decimalValue()).isEqualByComparingTo("0.8556");
        mvc.perform(post("/api/v1/abk/" + id + "/salin").with(KADIS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("ABK jabatan ini untuk tahun berikutnya sudah ada."));
        // The source is untouched; the 2094 draft still uses 75,000 (in force on 1 January 2094).
        mvc.perform(get("/api/v1/abk/" + id).with(KADIS))
                .andExpect(jsonPath("$.wkeMenit").value(75000))
                .andExpect(jsonPath("$.idTahunBerikut").value(baca(r).get("id").asLong()));
    }

    @Test
    void cakupanPeranDanOpd() throws Exception {
        long id = buat(KADIS, jabatanDisdik.get(4), 2092);
        // Other OPD: invisible for the OPD head (404), and he cannot create there.
        mvc.perform(jsonBody(post("/api/v1/abk"), Map.of("jabatanId", jabatanLain, "tahun", 2092))
                        .with(KADIS))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/abk")
                        .param("opd", String.valueOf(opdLain))
                        .param("tahun", "2092")
                        .with(KADIS))
                .andExpect(status().isNotFound());
        long lain = buat(BKD, jabatanLain, 2092);
        mvc.perform(get("/api/v1/abk/" + lain).with(KADIS)).andExpect(status().isNotFound());
        mvc.perform(jsonBody(put("/api/v1/abk/" + lain + "/tugas"), Map.of("versi", 0, "tugas", List.of()))
                        .with(KADIS))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/abk/" + lain + "/salin").with(KADIS)).andExpect(status().isNotFound());
        // An employee of the OPD reads but does not write.
        mvc.perform(get("/api/v1/abk/" + id).with(PEGAWAI)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/abk").param("tahun", "2092").with(PEGAWAI))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.abkId == " + id + ")].status").value(hasItem("DRAF")));
        mvc.perform(get("/api/v1/abk/" + lain).with(PEGAWAI)).andExpect(status().isNotFound());
        mvc.perform(jsonBody(put("/api/v1/abk/" + id + "/tugas"), Map.of("versi", 0, "tugas", List.of()))
                        .with(PEGAWAI))
                .andExpect(status().isForbidden());
        mvc.perform(jsonBody(post("/api/v1/abk"), Map.of("jabatanId", jabatanDisdik.get(5), "tahun", 2092))
                        .with(PEGAWAI))
                .andExpect(status().isForbidden());
        // BKD sees all and needs an OPD for the list.
        mvc.perform(get("/api/v1/abk/" + id).with(BKD)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/abk").with(BKD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opd"));
        mvc.perform(get("/api/v1/abk/" + id)).andExpect(status().isUnauthorized());
    }

    @Test
    void isianBurukLewatApiDitolakPerBarisTanpaTersimpanSebagian() throws Exception {
        long jabatan = jabatanDisdik.get(5);
        long id = buat(KADIS, jabatan, 2097);
        simpan(KADIS, id, List.of(tugas("Awal", 2, 30)));
        // Duplicate, year out of range, missing fields.
        mvc.perform(jsonBody(post("/api/v1/abk"), Map.of("jabatanId", jabatan, "tahun", 2097))
                        .with(KADIS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("ABK untuk jabatan dan tahun ini sudah ada."));
        mvc.perform(jsonBody(post("/api/v1/abk"), Map.of("jabatanId", jabatan, "tahun", 1999))
                        .with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tahun"));
        mvc.perform(jsonBody(post("/api/v1/abk"), Map.of("jabatanId", jabatan, "tahun", 2101))
                        .with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tahun"));
        mvc.perform(jsonBody(post("/api/v1/abk"), Map.of()).with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("jabatanId", "tahun")));
        mvc.perform(jsonBody(post("/api/v1/abk"), "{\"jabatanId\": \"satu\", \"tahun\": 2098}")
                        .with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jabatanId"));

        // Every broken rule of every row in one answer.
        List<Object> buruk = new ArrayList<>();
        buruk.add(tugas("", 10, 60));
        buruk.add(tugas("Nol", 0, 60));
        buruk.add(tugas("Negatif", 5, -1));
        buruk.add(tugas("Lebih dari WKE", 1, 75001));
        buruk.add(tugas("Raksasa", new java.math.BigDecimal("1e30"), 60));
        buruk.add(tugas("Pecahan", 2.5, 60));
        buruk.add(tugas("Kosong", null, null));
        mvc.perform(jsonBody(put("/api/v1/abk/" + id + "/tugas"), Map.of("versi", 1, "tugas", buruk))
                        .with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.contains(
                                "tugas[0].uraian",
                                "tugas[1].volume",
                                "tugas[2].normaWaktu",
                                "tugas[3].normaWaktu",
                                "tugas[4].volume",
                                "tugas[5].volume",
                                "tugas[6].volume",
                                "tugas[6].normaWaktu")))
                .andExpect(jsonPath("$.errors[0].message").value("Uraian tugas wajib diisi."))
                .andExpect(jsonPath("$.errors[3].message")
                        .value("Norma waktu tidak boleh melebihi waktu kerja efektif setahun."))
                .andExpect(jsonPath("$.errors[4].message").value(containsString("terlalu besar")));
        // Text in a number field: the parser's path names the row.
        mvc.perform(jsonBody(
                                put("/api/v1/abk/" + id + "/tugas"),
                                "{\"versi\":1,\"tugas\":[{\"uraian\":\"a\",\"volume\":1,\"normaWaktu\":1},"
                                        + "{\"uraian\":\"b\",\"volume\":\"banyak\",\"normaWaktu\":1}]}")
                        .with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tugas[1].volume"));
        // Huge but integral numbers within long still hit the limit, never an overflow.
        mvc.perform(jsonBody(
                                put("/api/v1/abk/" + id + "/tugas"),
                                Map.of("versi", 1, "tugas", List.of(tugas("Besar", Long.MAX_VALUE, 75000))))
                        .with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tugas[0].volume"));
        // Missing versi, stale versi, missing list.
        mvc.perform(jsonBody(put("/api/v1/abk/" + id + "/tugas"), Map.of("tugas", List.of()))
                        .with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("versi"));
        mvc.perform(jsonBody(put("/api/v1/abk/" + id + "/tugas"), Map.of("versi", 0, "tugas", List.of()))
                        .with(KADIS))
                .andExpect(status().isConflict());
        mvc.perform(jsonBody(put("/api/v1/abk/" + id + "/tugas"), Map.of("versi", 1))
                        .with(KADIS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tugas"));
        // Nothing was half-saved.
        mvc.perform(get("/api/v1/abk/" + id).with(KADIS))
                .andExpect(jsonPath("$.versi").value(1))
                .andExpect(jsonPath("$.tugas.length()").value(1))
                .andExpect(jsonPath("$.tugas[0].uraian").value("Awal"))
                .andExpect(jsonPath("$.totalBebanMenit").value(60));
        assertThat(jdbc.sql("SELECT count(*) FROM perencanaan.tugas_abk WHERE abk_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isOne();
        mvc.perform(post("/api/v1/abk/999999999/ajukan").with(KADIS)).andExpect(status().isNotFound());
    }

    @Test
    void halamanAbkDenganGalatDiSampingIsianDanAlurTombol() throws Exception {
        var kadis = user("kadis.pendidikan").roles("PIMPINAN_OPD");
        var bkd = user("bkd").roles("ADMIN_BKD");
        long jabatan = jabatanDisdik.get(0);
        mvc.perform(get("/abk").param("tahun", "2098").with(kadis))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tabel-abk\"")))
                .andExpect(content().string(containsString("id=\"buat-abk-0\"")))
                .andExpect(content().string(containsString("id=\"nav-abk\"")));
        MvcResult r = mvc.perform(post("/abk")
                        .with(kadis)
                        .with(csrf())
                        .param("jabatanId", String.valueOf(jabatan))
                        .param("tahun", "2098"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String url = r.getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        mvc.perform(post("/abk")
                        .with(kadis)
                        .with(csrf())
                        .param("jabatanId", String.valueOf(jabatan))
                        .param("tahun", "2098"))
                .andExpect(flash().attribute("galat", List.of("ABK untuk jabatan dan tahun ini sudah ada.")));
        mvc.perform(get(url).with(kadis))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tugas-uraian-0\"")))
                .andExpect(content().string(containsString("id=\"simpan\"")))
                .andExpect(content().string(not(containsString("id=\"ajukan\""))));

        // Bad rows: every message next to its field, typed values kept, nothing saved.
        mvc.perform(post(url + "/tugas")
                        .with(kadis)
                        .with(csrf())
                        .param("versi", "0")
                        .param("tugas[0].uraian", "Menyusun laporan")
                        .param("tugas[0].volume", "abc")
                        .param("tugas[0].normaWaktu", "180")
                        .param("tugas[1].uraian", "")
                        .param("tugas[1].volume", "0")
                        .param("tugas[1].normaWaktu", "99999")
                        .param("tugas[2].uraian", "")
                        .param("tugas[2].volume", "")
                        .param("tugas[2].normaWaktu", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Volume harus berupa angka.")))
                .andExpect(content().string(containsString("Uraian tugas wajib diisi.")))
                .andExpect(content().string(containsString("Volume harus lebih besar dari 0.")))
                .andExpect(content()
                        .string(containsString("Norma waktu tidak boleh melebihi waktu kerja efektif setahun.")))
                .andExpect(content().string(containsString("id=\"galat-volume-0\"")))
                .andExpect(content().string(containsString("id=\"galat-norma-1\"")))
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andExpect(content().string(containsString("Menyusun laporan")));
        mvc.perform(post(url + "/tugas")
                        .with(kadis)
                        .with(csrf())
                        .param("versi", "0")
                        .param("tugas[0].uraian", "Menyusun laporan")
                        .param("tugas[0].volume", "120")
                        .param("tugas[0].normaWaktu", "75001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"galat-norma-0\"")));
        assertThat(jdbc.sql("SELECT count(*) FROM perencanaan.tugas_abk WHERE abk_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();

        // Add rows without saving.
        mvc.perform(post(url + "/tugas")
                        .with(kadis)
                        .with(csrf())
                        .param("versi", "0")
                        .param("aksi", "tambah-baris")
                        .param("tugas[0].uraian", "Draf baris"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tugas-uraian-3\"")))
                .andExpect(content().string(containsString("Draf baris")));

        // A good save: per-row beban and totals after the redirect; a blank row is ignored, a marked row removed.
        mvc.perform(post(url + "/tugas")
                        .with(kadis)
                        .with(csrf())
                        .param("versi", "0")
                        .param("tugas[0].uraian", "Menyusun laporan")
                        .param("tugas[0].hasilKerja", "Laporan")
                        .param("tugas[0].satuan", "dokumen")
                        .param("tugas[0].volume", "120")
                        .param("tugas[0].normaWaktu", "180")
                        .param("tugas[1].uraian", "")
                        .param("tugas[1].volume", "")
                        .param("tugas[2].uraian", "Dibuang")
                        .param("tugas[2].volume", "1")
                        .param("tugas[2].normaWaktu", "1")
                        .param("tugas[2].hapus", "true")
                        .param("tugas[3].uraian", "Tugas B")
                        .param("tugas[3].volume", "1")
                        .param("tugas[3].normaWaktu", "40000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("pesan", "Uraian tugas tersimpan dan kebutuhan dihitung ulang."));
        mvc.perform(get(url).with(kadis))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("21.600")))
                .andExpect(content().string(containsString("61.600")))
                .andExpect(content().string(containsString("0,82")))
                .andExpect(content().string(containsString("id=\"ajukan\"")))
                .andExpect(content().string(not(containsString("Dibuang"))));

        // BKD: returning without a note, finalising before submission.
        mvc.perform(post(url + "/finalkan").with(bkd).with(csrf()))
                .andExpect(flash().attribute(
                                "galat",
                                List.of("ABK belum diajukan oleh pimpinan OPD sehingga belum dapat difinalkan.")));
        mvc.perform(post(url + "/ajukan").with(kadis).with(csrf()))
                .andExpect(flash().attribute("pesan", "ABK diajukan ke BKD."));
        mvc.perform(get(url).with(bkd))
                .andExpect(content().string(containsString("id=\"finalkan\"")))
                .andExpect(content().string(containsString("id=\"kembalikan\"")))
                .andExpect(content().string(not(containsString("id=\"simpan\""))));
        mvc.perform(post(url + "/kembalikan").with(bkd).with(csrf()).param("catatan", ""))
                .andExpect(flash().attribute("galat", List.of("Catatan pengembalian wajib diisi.")));
        // Editing a submitted ABK through the page is refused with the reason.
        mvc.perform(post(url + "/tugas")
                        .with(kadis)
                        .with(csrf())
                        .param("versi", "2")
                        .param("tugas[0].uraian", "x")
                        .param("tugas[0].volume", "1")
                        .param("tugas[0].normaWaktu", "1"))
                .andExpect(redirectedUrl(url))
                .andExpect(
                        flash().attribute("galat", List.of("ABK yang sudah diajukan atau final tidak dapat diubah.")));
        mvc.perform(post(url + "/finalkan").with(bkd).with(csrf()))
                .andExpect(flash().attribute("pesan", "ABK difinalkan; kebutuhan menjadi kuota jabatan."));
        assertThat(kuota(jabatan)).isOne();
        mvc.perform(get(url).with(kadis))
                .andExpect(content().string(containsString("data-status=\"FINAL\"")))
                .andExpect(content().string(containsString("id=\"salin\"")));
        mvc.perform(post(url + "/salin").with(kadis).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/salin").with(kadis).with(csrf()))
                .andExpect(flash().attribute("galat", List.of("ABK jabatan ini untuk tahun berikutnya sudah ada.")));

        // WKE page: readable by all, the form and its errors for BKD.
        mvc.perform(get("/abk/wke").with(kadis))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("75.000")))
                .andExpect(content().string(not(containsString("id=\"simpan-wke\""))));
        mvc.perform(post("/abk/wke")
                        .with(bkd)
                        .with(csrf())
                        .param("berlakuMulai", "2099-01-01")
                        .param("menitPerTahun", "tujuh puluh")
                        .param("dasarHukum", "Uji"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"galat-wke-menit\"")))
                .andExpect(content().string(containsString("value=\"tujuh puluh\"")));
        mvc.perform(post("/abk/wke")
                        .with(bkd)
                        .with(csrf())
                        .param("berlakuMulai", "2020-01-01")
                        .param("menitPerTahun", "75000")
                        .param("dasarHukum", "dobel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("WKE dengan tanggal berlaku itu sudah ada.")));
        mvc.perform(post("/abk/wke")
                        .with(bkd)
                        .with(csrf())
                        .param("berlakuMulai", "2099-01-01")
                        .param("menitPerTahun", "72000")
                        .param("dasarHukum", "Uji"))
                .andExpect(redirectedUrl("/abk/wke"));
        mvc.perform(post("/abk/wke")
                        .with(kadis)
                        .with(csrf())
                        .param("berlakuMulai", "2099-06-01")
                        .param("menitPerTahun", "72000")
                        .param("dasarHukum", "Uji"))
                .andExpect(status().isForbidden());
    }

    @Test
    void openApiMemuatEndpointAbk() throws Exception {
        mvc.perform(get("/v3/api-docs").with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/abk'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/abk'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/abk/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/abk/{id}/tugas'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/abk/{id}/ajukan'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/abk/{id}/finalkan'].post").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/abk/{id}/kembalikan'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/abk/{id}/salin'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/abk/wke'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/abk/wke'].post").exists());
    }
}
