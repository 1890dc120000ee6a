package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.Peran;
import java.util.LinkedHashMap;
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
 * The SKP cycle after agreement through the API on an OPD of its own (policy PERINGATAN): the organisational predikat
 * is required before finalising, the distribution is checked and reported, finalisation locks and opens follow-ups
 * that only move forward, the employee's kinerja carries TPP, angka kredit and award eligibility; realisation,
 * feedback, periodic evaluation and review each by the right person only; bad input names the fields.
 */
@UjiIntegrasi
@org.springframework.test.context.event.RecordApplicationEvents
class EvaluasiIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final RequestPostProcessor PPK = httpBasic("ppk", "aparatur-demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    id.aparatur.aturan.AturanBerlaku aturan;

    /**
     * The TPP share of {@code predikat} in force on the year's reference date: the shipped default unless a registry
     * test (sharing this database) approved a later version.
     */
    int tpp(int tahun, String predikat) {
        return aturan.berlaku("TPP_PERSEN", java.time.LocalDate.of(tahun, 12, 31))
                .nilai()
                .get(predikat)
                .asInt();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    org.springframework.test.context.event.ApplicationEvents peristiwa;

    KinerjaFixture f;
    /** Someone of a demo OPD, outside this OPD. */
    RequestPostProcessor luar;

    @BeforeEach
    void opdSendiri() {
        f = new KinerjaFixture(mvc, jdbc, json, 3);
        String nipLuar = KinerjaFixture.pegawaiOpdLain(jdbc);
        long opdLuar = jdbc.sql("SELECT opd_id FROM pegawai.v_pegawai WHERE nip = ?")
                .param(nipLuar)
                .query(Long.class)
                .single();
        luar = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                new id.aparatur.akses.PenggunaAparatur(
                        "uji." + nipLuar,
                        null,
                        "Uji luar",
                        java.util.Set.of(Peran.PEGAWAI, Peran.ATASAN),
                        opdLuar,
                        nipLuar,
                        true,
                        false));
    }

    JsonNode kirim(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder req,
            RequestPostProcessor siapa,
            Object isi,
            int status)
            throws Exception {
        return f.kirim(req, siapa, isi, status);
    }

    Map<String, Object> predikatOrganisasi(Object opdId, int tahun, String predikat, String dasar) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("opdId", opdId);
        m.put("tahun", tahun);
        m.put("predikat", predikat);
        m.put("dasar", dasar);
        return m;
    }

    @Test
    void finalisasiButuhPredikatOrganisasiMemeriksaDistribusiDanMembukaTindakLanjut() throws Exception {
        int tahun = 2036;
        long sb = f.skpDinilai(0, tahun, "DI_ATAS", "DI_ATAS");
        long bp = f.skpDinilai(1, tahun, "DI_BAWAH", "SESUAI");
        long k = f.skpDinilai(2, tahun, "SESUAI", "DI_BAWAH");

        // Without the OPD's organisational predikat nothing is finalised.
        mvc.perform(post("/api/v1/kinerja/skp/" + sb + "/finalkan").with(f.penilai()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Predikat organisasi OPD")));
        kirim(post("/api/v1/kinerja/opd/" + f.opd + "/tahun/" + tahun + "/finalkan"), BKD, Map.of(), 409);

        // Only BKD or the PPK set it; bad input names the fields.
        kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                f.kepala(),
                predikatOrganisasi(f.opd, tahun, "BAIK", "SAKIP"),
                403);
        mvc.perform(post("/api/v1/kinerja/predikat-organisasi")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(predikatOrganisasi(999_999_999L, 1900, "HEBAT", " "))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("opdId", "tahun", "predikat", "dasar")));
        kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                PPK,
                predikatOrganisasi(f.opd, tahun, "ISTIMEWA", "Keliru"),
                201);
        kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                BKD,
                predikatOrganisasi(f.opd, tahun, "BUTUH_PERBAIKAN", "Hasil evaluasi SAKIP " + tahun),
                201);
        mvc.perform(get("/api/v1/kinerja/predikat-organisasi")
                        .param("opdId", String.valueOf(f.opd))
                        .param("tahun", String.valueOf(tahun))
                        .with(f.kepala()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].predikat").value("BUTUH_PERBAIKAN"));
        mvc.perform(get("/api/v1/kinerja/predikat-organisasi")
                        .param("opdId", String.valueOf(f.opd))
                        .param("tahun", String.valueOf(tahun))
                        .with(luar))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'PREDIKAT_ORGANISASI' AND "
                                + "entitas_id = ?")
                        .param(f.opd + "/" + tahun)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // Butuh Perbaikan: at least 60 % Butuh Perbaikan, at most 10 % Sangat Baik; 1 of 3 each breaks both.
        mvc.perform(get("/api/v1/kinerja/distribusi")
                        .param("opdId", String.valueOf(f.opd))
                        .param("tahun", String.valueOf(tahun))
                        .with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kebijakan").value("PERINGATAN"))
                .andExpect(jsonPath("$.distribusi.total").value(3))
                .andExpect(jsonPath("$.distribusi.predikatOrganisasi").value("BUTUH_PERBAIKAN"))
                .andExpect(jsonPath("$.pelanggaran.length()").value(2))
                .andExpect(jsonPath("$.pelanggaran[*].jenis", hasItems("PALING_SEDIKIT", "PALING_BANYAK")));
        JsonNode fin = kirim(post("/api/v1/kinerja/skp/" + sb + "/finalkan"), f.penilai(), Map.of(), 200);
        assertThat(fin.get("status").asString()).isEqualTo("FINAL");
        assertThat(fin.get("peringatan")).hasSize(2);
        assertThat(fin.get("peringatan").get(0).get("pesan").asString()).contains("dari 3");

        // BKD finalises the rest of the OPD at once; the atasan may not.
        kirim(post("/api/v1/kinerja/opd/" + f.opd + "/tahun/" + tahun + "/finalkan"), f.penilai(), Map.of(), 403);
        JsonNode opd =
                kirim(post("/api/v1/kinerja/opd/" + f.opd + "/tahun/" + tahun + "/finalkan"), BKD, Map.of(), 200);
        assertThat(opd.get("difinalkan").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(bp, k);
        assertThat(opd.get("peringatan")).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.skp WHERE opd_id = ? AND tahun = ? AND status = 'FINAL'")
                        .params(f.opd, tahun)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(peristiwa.stream(SkpDifinalkan.class)
                        .filter(e -> e.tahun() == tahun)
                        .map(e -> e.skpId() + ":" + e.predikat() + ":" + e.opdId())
                        .toList())
                .containsExactly(
                        sb + ":SANGAT_BAIK:" + f.opd, bp + ":BUTUH_PERBAIKAN:" + f.opd, k + ":KURANG:" + f.opd);

        // Follow-ups: coaching for Butuh Perbaikan, development for Kurang, with the penilai; none for Sangat Baik.
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                        .param(sb)
                        .query(Long.class)
                        .single())
                .isZero();
        var tlBp = jdbc.sql("SELECT id, jenis, atasan_nip, status FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                .param(bp)
                .query()
                .singleRow();
        assertThat(tlBp.get("jenis")).isEqualTo("PENGEMBANGAN");
        assertThat(tlBp.get("atasan_nip").toString().strip()).isEqualTo(f.penilai);
        assertThat(tlBp.get("status")).isEqualTo("TERBUKA");
        assertThat(jdbc.sql("SELECT jenis FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                        .param(k)
                        .query(String.class)
                        .single())
                .isEqualTo("PEMBINAAN");
        long tl = ((Number) tlBp.get("id")).longValue();
        mvc.perform(get("/api/v1/kinerja/tindak-lanjut").with(f.penilai()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) tl)));
        mvc.perform(get("/api/v1/kinerja/skp/" + bp + "/pelaksanaan").with(f.pegawai(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tindakLanjut.jenis").value("PENGEMBANGAN"));

        // Status only forward, by the atasan or BKD.
        String url = "/api/v1/kinerja/tindak-lanjut/" + tl + "/status";
        kirim(post(url), f.pegawai(1), Map.of("status", "BERJALAN", "rencana", "x"), 403);
        kirim(post(url), luar, Map.of("status", "BERJALAN", "rencana", "x"), 404);
        mvc.perform(post(url)
                        .with(f.penilai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"BERJALAN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("rencana")));
        mvc.perform(post(url)
                        .with(f.penilai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"LAMBAT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("status")));
        // the cause first, then the action
        kirim(post(url), f.penilai(), Map.of("status", "BERJALAN", "rencana", "Coaching bulanan 3 bulan"), 409);
        kirim(
                post("/api/v1/kinerja/tindak-lanjut/" + tl + "/penyebab"),
                f.penilai(),
                Map.of("penyebab", "Target teknis baru belum dikuasai"),
                204);
        kirim(post(url), f.penilai(), Map.of("status", "BERJALAN", "rencana", "Coaching bulanan 3 bulan"), 204);
        kirim(post(url), f.penilai(), Map.of("status", "TERBUKA"), 409);
        kirim(post(url), f.penilai(), Map.of("status", "BERJALAN"), 409);
        kirim(post(url), BKD, Map.of("status", "SELESAI"), 400);
        kirim(post(url), BKD, Map.of("status", "SELESAI", "hasil", "Kinerja membaik"), 204);
        kirim(post(url), f.penilai(), Map.of("status", "BERJALAN"), 409);
        assertThat(jdbc.sql("SELECT status FROM kinerja.tindak_lanjut WHERE id = ?")
                        .param(tl)
                        .query(String.class)
                        .single())
                .isEqualTo("SELESAI");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE kinerja.tindak_lanjut SET status = 'BERJALAN' WHERE id = ?")
                                .param(tl)
                                .update())
                .hasMessageContaining("hanya maju");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("DELETE FROM kinerja.tindak_lanjut WHERE id = ?")
                                .param(tl)
                                .update())
                .hasMessageContaining("tidak boleh dihapus");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'TINDAK_LANJUT' AND entitas_id = ?")
                        .param(String.valueOf(tl))
                        .query(Long.class)
                        .single())
                .isEqualTo(4);

        // The employee's kinerja: TPP share, angka kredit for the JF (Ahli Muda 25 × 150 %), award only final SB.
        mvc.perform(get("/api/v1/pegawai/" + f.pegawai.get(0) + "/kinerja").with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].predikat").value(hasItem("SANGAT_BAIK")))
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].hasilKerja").value(hasItem("DI_ATAS")))
                .andExpect(
                        jsonPath("$[?(@.tahun == " + tahun + ")].tppPersen").value(hasItem(tpp(tahun, "SANGAT_BAIK"))))
                .andExpect(
                        jsonPath("$[?(@.tahun == " + tahun + ")].angkaKredit").value(hasItem(37.5)))
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].layakPenghargaan")
                        .value(hasItem(true)));
        mvc.perform(get("/api/v1/pegawai/" + f.pegawai.get(1) + "/kinerja").with(f.pegawai(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].tppPersen")
                        .value(hasItem(tpp(tahun, "BUTUH_PERBAIKAN"))))
                .andExpect(
                        jsonPath("$[?(@.tahun == " + tahun + ")].angkaKredit").isEmpty())
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].layakPenghargaan")
                        .value(hasItem(false)));
        mvc.perform(get("/api/v1/pegawai/" + f.pegawai.get(2) + "/kinerja").with(f.pegawai(2)))
                .andExpect(jsonPath("$[?(@.tahun == " + tahun + ")].tppPersen").value(hasItem(tpp(tahun, "KURANG"))));
    }

    @Test
    void realisasiUmpanBalikEvaluasiPeriodikDanTinjauanOlehYangBerhak() throws Exception {
        int tahun = 2037;
        JsonNode skp = f.skpDisetujui(0, tahun);
        long id = skp.get("id").asLong();
        String url = "/api/v1/kinerja/skp/" + id;
        long indikator = jdbc.sql("""
                SELECT min(i.id) FROM kinerja.indikator i JOIN kinerja.rhk r ON r.id = i.rhk_id WHERE r.skp_id = ?""").param(id).query(Long.class).single();
        long rhk = skp.get("rhk").get(0).get("id").asLong();
        long indikatorLain = jdbc.sql("SELECT min(id) FROM kinerja.indikator WHERE id <> ? AND rhk_id <> ?")
                .params(indikator, rhk)
                .query(Long.class)
                .single();

        // Realisation: the owner only, during DISETUJUI; quarterly periods 1–4.
        Map<String, Object> realisasi = Map.of(
                "indikatorId",
                indikator,
                "periodeKe",
                1,
                "realisasi",
                "3 dokumen",
                "bukti",
                "https://drive.example.go.id/laporan-tw1");
        kirim(post(url + "/realisasi"), f.pegawai(0), realisasi, 201);
        kirim(post(url + "/realisasi"), f.penilai(), realisasi, 403);
        kirim(post(url + "/realisasi"), BKD, realisasi, 403);
        mvc.perform(post(url + "/realisasi")
                        .with(luar)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(realisasi)))
                .andExpect(status().isNotFound());
        mvc.perform(post(url + "/realisasi")
                        .with(f.pegawai(0))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("indikatorId", indikatorLain, "periodeKe", 5, "realisasi", " "))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("indikatorId", "periodeKe", "realisasi")));
        mvc.perform(post(url + "/realisasi")
                        .with(f.pegawai(0))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indikatorId\": " + indikator + ", \"periodeKe\": \"satu\", \"realisasi\": \"x\"}"))
                .andExpect(status().isBadRequest());

        // Feedback: the penilai writes, the owner replies; the penilai's atasan does not take part.
        kirim(
                post(url + "/umpan-balik"),
                f.penilai(),
                Map.of("periodeKe", 1, "rhkId", rhk, "isi", "Laporan TW1 tepat waktu, tingkatkan kelengkapan data"),
                201);
        kirim(post(url + "/umpan-balik"), f.pegawai(0), Map.of("isi", "Baik, akan saya lengkapi"), 201);
        kirim(post(url + "/umpan-balik"), f.kepala(), Map.of("isi", "Catatan"), 403);
        mvc.perform(post(url + "/umpan-balik")
                        .with(f.penilai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"isi\": \"\", \"periodeKe\": 13}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("isi", "periodeKe")));

        // Periodic evaluation by the penilai; rated again it is replaced.
        kirim(put(url + "/evaluasi/1"), f.pegawai(0), Map.of("hasilKerja", "DI_ATAS", "perilakuKerja", "DI_ATAS"), 403);
        assertThat(kirim(
                                put(url + "/evaluasi/1"),
                                f.penilai(),
                                Map.of("hasilKerja", "DI_ATAS", "perilakuKerja", "DI_ATAS"),
                                200)
                        .get("predikat")
                        .asString())
                .isEqualTo("SANGAT_BAIK");
        assertThat(kirim(
                                put(url + "/evaluasi/1"),
                                f.penilai(),
                                Map.of(
                                        "hasilKerja",
                                        "SESUAI",
                                        "perilakuKerja",
                                        "SESUAI",
                                        "catatan",
                                        "Sesuai ekspektasi"),
                                200)
                        .get("predikat")
                        .asString())
                .isEqualTo("BAIK");
        assertThat(kirim(
                                put(url + "/evaluasi/2"),
                                f.penilai(),
                                Map.of("hasilKerja", "DI_BAWAH", "perilakuKerja", "SESUAI"),
                                200)
                        .get("predikat")
                        .asString())
                .isEqualTo("BUTUH_PERBAIKAN");
        mvc.perform(put(url + "/evaluasi/5")
                        .with(f.penilai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hasilKerja\": \"HEBAT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("periodeKe", "hasilKerja", "perilakuKerja")));
        mvc.perform(get("/api/v1/pegawai/" + f.pegawai.get(0) + "/kinerja").with(f.pegawai(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.periode == 'TRIWULAN_1')].predikat").value(hasItem("BAIK")))
                .andExpect(jsonPath("$[?(@.periode == 'TRIWULAN_1')].tppPersen").value(hasItem(tpp(tahun, "BAIK"))))
                .andExpect(jsonPath("$[?(@.periode == 'TRIWULAN_2')].predikat").value(hasItem("BUTUH_PERBAIKAN")))
                .andExpect(jsonPath("$[?(@.periode == 'TRIWULAN_2')].layakPenghargaan")
                        .value(hasItem(false)));

        // Review: only the penilai's atasan, only once rated.
        Map<String, String> tinjauan = Map.of("keputusan", "SETUJU", "catatan", "Penilaian wajar");
        kirim(post(url + "/tinjauan"), f.kepala(), tinjauan, 409);
        f.nilai(id, "SESUAI", "SESUAI");
        kirim(post(url + "/realisasi"), f.pegawai(0), realisasi, 409);
        kirim(post(url + "/tinjauan"), f.penilai(), tinjauan, 403);
        kirim(post(url + "/tinjauan"), f.pegawai(0), tinjauan, 403);
        mvc.perform(post(url + "/tinjauan")
                        .with(f.kepala())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keputusan\": \"MUNGKIN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("keputusan", "catatan")));
        kirim(post(url + "/tinjauan"), f.kepala(), tinjauan, 201);
        kirim(post(url + "/umpan-balik"), f.pegawai(0), Map.of("isi", "Terima kasih"), 201);

        mvc.perform(get(url + "/pelaksanaan").with(f.pegawai(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DINILAI"))
                .andExpect(jsonPath("$.realisasi.length()").value(1))
                .andExpect(jsonPath("$.realisasi[0].bukti").value("https://drive.example.go.id/laporan-tw1"))
                .andExpect(jsonPath("$.umpanBalik.length()").value(3))
                .andExpect(jsonPath("$.evaluasi.length()").value(2))
                .andExpect(jsonPath("$.evaluasi[0].periode").value("TRIWULAN_1"))
                .andExpect(jsonPath("$.tinjauan[0].keputusan").value("SETUJU"))
                .andExpect(jsonPath("$.tinjauan[0].peninjauNip").value(f.kepala))
                .andExpect(jsonPath("$.bolehSaya").value(org.hamcrest.Matchers.contains("UMPAN_BALIK")));
        mvc.perform(get(url + "/pelaksanaan").with(f.kepala()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bolehSaya", hasItem("TINJAU")));
        mvc.perform(get(url + "/pelaksanaan").with(luar)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas IN ('SKP_REALISASI', "
                                + "'SKP_UMPAN_BALIK', 'SKP_EVALUASI', 'SKP_TINJAUAN') AND ringkasan LIKE ?")
                        .param("%" + f.pegawai.get(0) + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1 + 3 + 3 + 1);
    }

    @Test
    void jejakRhkSampaiVisiPemda() throws Exception {
        int tahun = 2038;
        Long sasaran = jdbc.sql("SELECT min(sasaran_opd_id) FROM organisasi.v_jejak_sasaran_opd")
                .query(Long.class)
                .single();
        long skpPenilai =
                jdbc.sql("""
                INSERT INTO kinerja.skp (nip, tahun, dibuat_oleh, diubah_oleh) VALUES (?, ?, 'uji', 'uji') RETURNING id""").params(f.penilai, tahun).query(Long.class).single();
        long rhkPenilai =
                jdbc.sql("""
                INSERT INTO kinerja.rhk (skp_id, urutan, uraian, jenis, sasaran_opd_id)
                VALUES (?, 1, 'Meningkatkan mutu layanan', 'UTAMA', ?) RETURNING id""").params(skpPenilai, sasaran).query(Long.class).single();
        JsonNode skp = kirim(post("/api/v1/kinerja/skp"), f.pegawai(1), Map.of("tahun", tahun), 201);
        JsonNode diubah = kirim(
                put("/api/v1/kinerja/skp/" + skp.get("id").asLong() + "/rhk"),
                f.pegawai(1),
                Map.of("versi", skp.get("versi").asInt(), "rhk", List.of(SkpIT.rhk("Menyusun bahan", rhkPenilai))),
                200);
        long rhk = diubah.get("rhk").get(0).get("id").asLong();
        var tingkat = mvc.perform(get("/api/v1/kinerja/rhk/" + rhk + "/jejak").with(f.pegawai(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value((int) rhk))
                .andExpect(jsonPath("$[1].id").value((int) rhkPenilai))
                .andExpect(jsonPath("$[1].nip").value(f.penilai));
        if (sasaran != null) {
            tingkat.andExpect(jsonPath("$[*].tingkat")
                    .value(org.hamcrest.Matchers.contains(
                            "RHK", "RHK", "SASARAN_OPD", "SASARAN_PEMDA", "TUJUAN_PEMDA", "MISI", "VISI")));
        }
        mvc.perform(get("/api/v1/kinerja/rhk/" + rhk + "/jejak").with(luar)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kinerja/rhk/999999999/jejak").with(BKD)).andExpect(status().isNotFound());
    }

    @Test
    void halamanEvaluasiDanPredikatOrganisasi() throws Exception {
        int tahun = 2035;
        RequestPostProcessor bkdHalaman =
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        new id.aparatur.akses.PenggunaAparatur(
                                "uji.bkd.evaluasi",
                                null,
                                "BKD uji",
                                java.util.Set.of(Peran.ADMIN_BKD),
                                null,
                                null,
                                true,
                                false));
        long id = f.skpDisetujui(0, tahun).get("id").asLong();
        String url = "/kinerja/skp/" + id + "/evaluasi";
        mvc.perform(get(url).with(f.penilai()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-evaluasi\"")))
                .andExpect(content().string(containsString("id=\"form-umpan-balik\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"form-realisasi\""))));
        mvc.perform(get(url).with(f.pegawai(0)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-realisasi\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"form-evaluasi\""))));
        mvc.perform(get(url).with(luar)).andExpect(status().isNotFound());
        mvc.perform(post(url + "/periode")
                        .with(f.penilai())
                        .with(csrf())
                        .param("periodeKe", "2")
                        .param("hasilKerja", "DI_ATAS")
                        .param("perilakuKerja", "SESUAI"))
                .andExpect(redirectedUrl(url));
        mvc.perform(post(url + "/periode")
                        .with(f.penilai())
                        .with(csrf())
                        .param("periodeKe", "9")
                        .param("hasilKerja", "DI_ATAS")
                        .param("perilakuKerja", "SESUAI"))
                .andExpect(redirectedUrl(url))
                .andExpect(flash().attributeExists("galat"));
        mvc.perform(get(url).with(f.pegawai(0))).andExpect(content().string(containsString("Triwulan 2")));
        assertThat(jdbc.sql("SELECT predikat FROM kinerja.evaluasi WHERE skp_id = ? AND periode_ke = 2")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("BAIK");

        String po = "/kinerja/predikat-organisasi?opdId=" + f.opd + "&tahun=" + tahun;
        mvc.perform(get(po).with(bkdHalaman))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-tetapkan\"")))
                .andExpect(content().string(containsString("id=\"form-finalkan\"")));
        mvc.perform(post("/kinerja/predikat-organisasi")
                        .with(bkdHalaman)
                        .with(csrf())
                        .param("opdId", String.valueOf(f.opd))
                        .param("tahun", String.valueOf(tahun))
                        .param("predikat", "BAIK")
                        .param("dasar", "SAKIP"))
                .andExpect(redirectedUrl(po));
        mvc.perform(get(po).with(f.kepala()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SAKIP")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"form-tetapkan\""))));
        mvc.perform(post("/kinerja/predikat-organisasi/finalkan")
                        .with(bkdHalaman)
                        .with(csrf())
                        .param("opdId", String.valueOf(f.opd))
                        .param("tahun", String.valueOf(tahun)))
                .andExpect(redirectedUrl(po))
                .andExpect(flash().attribute("difinalkan", 0));
    }

    @Test
    void apiTerdokumentasi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/predikat-organisasi']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/distribusi']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/skp/{id}/realisasi']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/tindak-lanjut/{id}/status']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/rhk/{id}/jejak']").exists());
    }
}
