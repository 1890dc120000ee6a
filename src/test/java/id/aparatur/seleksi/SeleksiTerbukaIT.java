package id.aparatur.seleksi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.aparatur.UjiIntegrasi;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole seleksi terbuka JPT through the API as BKD and PPK on the demo Kabupaten: opening for a JPT position only,
 * weights checked and fixed once scoring starts, pansel, internal and external applicants, administrasi, scores per
 * stage, the live ranking with its tie-break, the three names, the PPK's choice with the justification rule, and a
 * decision that cannot be changed — through the API, the application and the database. Only BKD manages, only the PPK
 * chooses. Each test opens its own selection on a JPT position without a running one.
 */
@UjiIntegrasi
class SeleksiTerbukaIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final RequestPostProcessor PPK = httpBasic("ppk", "aparatur-demo");
    static final RequestPostProcessor KADIS = httpBasic("kadis.pendidikan", "aparatur-demo");
    static final String ALASAN = "Calon peringkat kedua memiliki rekam jejak kepemimpinan lapangan yang lebih sesuai";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long jabatan;
    List<String> nip;

    SeleksiFixture fixture;

    @BeforeEach
    void siapkan() {
        fixture = new SeleksiFixture(jdbc);
        jabatan = fixture.jptLowong();
        nip = fixture.pelamarInternal(4);
    }

    ResultActions api(MockHttpServletRequestBuilder b, RequestPostProcessor siapa, String json) throws Exception {
        return mvc.perform(b.with(siapa).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long buat(String json) throws Exception {
        String isi = api(post("/api/v1/seleksi-terbuka"), BKD, json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(isi, "$.id")).longValue();
    }

    long peserta(long id, String json) throws Exception {
        String isi = api(post("/api/v1/seleksi-terbuka/" + id + "/peserta"), BKD, json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(isi, "$.id")).longValue();
    }

    void lanjutkan(long id, String status) throws Exception {
        api(post("/api/v1/seleksi-terbuka/" + id + "/lanjutkan"), BKD, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(status));
    }

    ResultActions nilai(long id, long p, String json) throws Exception {
        return api(put("/api/v1/seleksi-terbuka/" + id + "/peserta/" + p + "/nilai"), BKD, json);
    }

    /** The page of the selection renders for the user and shows the given piece of markup. */
    void halaman(long id, String nama, String peran, String potongan) throws Exception {
        mvc.perform(get("/seleksi-terbuka/" + id).with(user(nama).roles(peran)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(potongan)));
    }

    long siapkanSampaiPendaftaran() throws Exception {
        long id = buat("{\"jabatanId\": " + jabatan + "}");
        api(
                        post("/api/v1/seleksi-terbuka/" + id + "/pansel"),
                        BKD,
                        "{\"nama\": \"Prof. Ketua\", \"peran\": \"KETUA\", " + "\"unsur\": \"Universitas\"}")
                .andExpect(status().isOk());
        lanjutkan(id, "DIUMUMKAN");
        return id;
    }

    @Test
    void seluruhAlurDenganPilihanPpkBukanPeringkatPertama() throws Exception {
        // Opening: JPT only, weights checked, defaults when none given.
        long bukanJpt = fixture.pelaksana();
        api(post("/api/v1/seleksi-terbuka"), BKD, "{\"jabatanId\": " + bukanJpt + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jabatanId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("JPT")));
        api(
                        post("/api/v1/seleksi-terbuka"),
                        BKD,
                        "{\"jabatanId\": " + jabatan + ", \"bobot\": {\"makalah\": 21, "
                                + "\"kompetensi\": 25, \"wawancara\": 35, \"rekamJejak\": 20}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bobot.makalah"));
        api(
                        post("/api/v1/seleksi-terbuka"),
                        BKD,
                        "{\"jabatanId\": " + jabatan + ", \"bobot\": {\"makalah\": 25, "
                                + "\"kompetensi\": 20, \"wawancara\": 35, \"rekamJejak\": 20}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bobot.makalah"));
        api(post("/api/v1/seleksi-terbuka"), PPK, "{\"jabatanId\": " + jabatan + "}")
                .andExpect(status().isForbidden());
        long id = buat("{\"jabatanId\": " + jabatan + ", \"nama\": \"Seleksi uji alur\"}");
        api(post("/api/v1/seleksi-terbuka"), BKD, "{\"jabatanId\": " + jabatan + "}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/seleksi-terbuka/" + id).with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAF"))
                .andExpect(jsonPath("$.bobot.wawancara").value(35))
                .andExpect(jsonPath("$.tahap.length()").value(7));
        mvc.perform(get("/api/v1/seleksi-terbuka").with(KADIS)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/seleksi-terbuka").with(PPK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));

        // Pansel and announcement.
        api(post("/api/v1/seleksi-terbuka/" + id + "/lanjutkan"), BKD, "").andExpect(status().isConflict());
        api(post("/api/v1/seleksi-terbuka/" + id + "/pansel"), BKD, "{\"nama\": \"Prof. Ketua\", \"peran\": \"KETUA\"}")
                .andExpect(status().isOk());
        api(post("/api/v1/seleksi-terbuka/" + id + "/pansel"), BKD, "{\"nama\": \"Ketua Kedua\", \"peran\": \"KETUA\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("peran"));
        api(post("/api/v1/seleksi-terbuka/" + id + "/pansel"), BKD, "{\"nama\": \" \", \"peran\": \"ANGGOTA\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nama"));
        api(
                        post("/api/v1/seleksi-terbuka/" + id + "/pansel"),
                        BKD,
                        "{\"nama\": \"Dr. Anggota\", \"peran\": \"ANGGOTA\"}")
                .andExpect(status().isOk());
        api(
                        put("/api/v1/seleksi-terbuka/" + id + "/jadwal"),
                        BKD,
                        "{\"PENGUMUMAN\": {\"mulai\": \"2025-03-10\", " + "\"selesai\": \"2025-03-01\"}}")
                .andExpect(status().isBadRequest());
        api(
                        put("/api/v1/seleksi-terbuka/" + id + "/jadwal"),
                        BKD,
                        "{\"PENGUMUMAN\": {\"mulai\": \"2025-03-01\", "
                                + "\"selesai\": \"2025-03-14\"}, \"ADMINISTRASI\": {\"mulai\": \"2025-03-17\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tahap[0].tanggalSelesai").value("2025-03-14"));
        lanjutkan(id, "DIUMUMKAN");

        // Applicants: four internal, one external; bad entries refused.
        long[] p = new long[4];
        for (int i = 0; i < 4; i++) {
            p[i] = peserta(id, "{\"nip\": \"" + nip.get(i) + "\"}");
        }
        long eksternal = peserta(id, "{\"nama\": \"Dr. Luar Daerah\", \"instansiAsal\": \"Pemprov Contoh\"}");
        api(post("/api/v1/seleksi-terbuka/" + id + "/peserta"), BKD, "{\"nip\": \"" + nip.get(0) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        api(post("/api/v1/seleksi-terbuka/" + id + "/peserta"), BKD, "{\"nip\": \"12345\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"));
        api(post("/api/v1/seleksi-terbuka/" + id + "/peserta"), BKD, "{\"nama\": \"Tanpa Instansi\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("instansiAsal"));
        api(post("/api/v1/seleksi-terbuka/" + id + "/peserta"), BKD, "{\"nama\": ")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/seleksi-terbuka/" + id).with(PPK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peserta.length()").value(5))
                .andExpect(jsonPath("$.peserta[0].petunjuk.length()").value(7))
                .andExpect(jsonPath("$.peserta[0].petunjuk[0].syarat").value("MASA_JABATAN"))
                .andExpect(jsonPath("$.peserta[4].petunjuk.length()").value(0));
        lanjutkan(id, "ADMINISTRASI");

        // Administrasi: a failed applicant needs a reason; no scores yet.
        String urlP = "/api/v1/seleksi-terbuka/" + id + "/peserta/";
        api(put(urlP + eksternal + "/administrasi"), BKD, "{\"lulus\": false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alasan"));
        api(put(urlP + eksternal + "/administrasi"), BKD, "{\"lulus\": false, \"alasan\": \"Pangkat belum IV/b\"}")
                .andExpect(status().isOk());
        api(post("/api/v1/seleksi-terbuka/" + id + "/lanjutkan"), BKD, "").andExpect(status().isConflict());
        for (long x : p) {
            api(put(urlP + x + "/administrasi"), BKD, "{\"lulus\": true}").andExpect(status().isOk());
        }
        nilai(id, p[0], "{\"kompetensi\": 80}").andExpect(status().isConflict());
        halaman(id, "bkd", "ADMIN_BKD", "name=\"lulus\"");
        // Weights may still change now, not after scoring starts (API and database).
        api(
                        put("/api/v1/seleksi-terbuka/" + id + "/bobot"),
                        BKD,
                        "{\"makalah\": 20, \"kompetensi\": 25, " + "\"wawancara\": 35, \"rekamJejak\": 20}")
                .andExpect(status().isOk());
        lanjutkan(id, "KOMPETENSI");
        api(
                        put("/api/v1/seleksi-terbuka/" + id + "/bobot"),
                        BKD,
                        "{\"makalah\": 20, \"kompetensi\": 25, " + "\"wawancara\": 35, \"rekamJejak\": 20}")
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> jdbc.sql("UPDATE seleksi.seleksi SET bobot_makalah = 15, bobot_rekam_jejak = 25 "
                                + "WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("tetap");

        // Scores stage by stage. P2 80.50; P1 and P3 both 80.00, P1 has the higher wawancara; P4 60.00.
        String[] skor = {
            "{\"kompetensi\": 80, \"makalah\": 80, \"wawancara\": 80, \"rekamJejak\": 80}",
            "{\"kompetensi\": 90, \"makalah\": 70, \"wawancara\": 80, \"rekamJejak\": 80}",
            "{\"kompetensi\": 80, \"makalah\": 87, \"wawancara\": 76, \"rekamJejak\": 80}",
            "{\"kompetensi\": 60, \"makalah\": 60, \"wawancara\": 60, \"rekamJejak\": 60}"
        };
        nilai(id, p[0], "{\"makalah\": 80}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nilai.MAKALAH"));
        nilai(id, p[0], "{\"kompetensi\": 100.01}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nilai.KOMPETENSI"));
        nilai(id, p[0], "{\"kompetensi\": 70.125}").andExpect(status().isBadRequest());
        nilai(id, p[0], "{}").andExpect(status().isBadRequest());
        nilai(id, eksternal, "{\"kompetensi\": 70}").andExpect(status().isConflict());
        String[] tahap = {"kompetensi", "makalah", "wawancara", "rekamJejak"};
        String[] status = {"MAKALAH", "WAWANCARA", "REKAM_JEJAK"};
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 4; i++) {
                String v = JsonPath.read(skor[i], "$." + tahap[t]).toString();
                nilai(id, p[i], "{\"" + tahap[t] + "\": " + v + "}").andExpect(status().isOk());
            }
            if (t < 3) {
                lanjutkan(id, status[t]);
                halaman(id, "bkd", "ADMIN_BKD", "name=\"nilai." + status[t] + "\"");
            }
        }
        api(post("/api/v1/seleksi-terbuka/" + id + "/lanjutkan"), BKD, "").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/seleksi-terbuka/" + id).with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peringkat[0].pesertaId").value((int) p[1]))
                .andExpect(jsonPath("$.peringkat[0].nilaiAkhir").value(80.5))
                .andExpect(jsonPath("$.peringkat[1].pesertaId").value((int) p[0]))
                .andExpect(jsonPath("$.peringkat[2].pesertaId").value((int) p[2]))
                .andExpect(jsonPath("$.peringkat[2].nilaiAkhir").value(80.0))
                .andExpect(jsonPath("$.peringkat[3].pesertaId").value((int) p[3]));

        halaman(id, "bkd", "ADMIN_BKD", "form-ajukan");
        // The three names: only BKD submits; then the scores are closed.
        api(post("/api/v1/seleksi-terbuka/" + id + "/ajukan"), PPK, "{}").andExpect(status().isForbidden());
        api(post("/api/v1/seleksi-terbuka/" + id + "/ajukan"), BKD, "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].pesertaId").value((int) p[1]))
                .andExpect(jsonPath("$[2].pesertaId").value((int) p[2]));
        nilai(id, p[3], "{\"rekamJejak\": 100}").andExpect(status().isConflict());
        api(post("/api/v1/seleksi-terbuka/" + id + "/ajukan"), BKD, "{}").andExpect(status().isConflict());

        halaman(id, "ppk", "PPK", "data-peringkat=\"2\"");
        // The PPK's choice: only the PPK, only the three names, a justification when not the first.
        String tetapkan = "/api/v1/seleksi-terbuka/" + id + "/tetapkan";
        api(post(tetapkan), BKD, "{\"pesertaId\": " + p[1] + "}").andExpect(status().isForbidden());
        api(post(tetapkan), PPK, "{\"pesertaId\": " + p[3] + ", \"alasan\": \"" + ALASAN + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pesertaId"));
        api(post(tetapkan), PPK, "{\"pesertaId\": " + p[0] + "}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alasan"));
        api(post(tetapkan), PPK, "{\"pesertaId\": " + p[0] + ", \"alasan\": \"Terlalu singkat untuk alasan.\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alasan"));
        api(post(tetapkan), PPK, "{\"pesertaId\": " + p[0] + ", \"alasan\": \"" + ALASAN + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DITETAPKAN"))
                .andExpect(jsonPath("$.keputusan.pesertaId").value((int) p[0]))
                .andExpect(jsonPath("$.keputusan.peringkat").value(2))
                .andExpect(jsonPath("$.keputusan.alasan").value(ALASAN))
                .andExpect(jsonPath("$.keputusan.diputuskanOleh").value("ppk"));

        // The decision cannot be changed: not through the API ...
        api(post(tetapkan), PPK, "{\"pesertaId\": " + p[1] + "}").andExpect(status().isConflict());
        api(post("/api/v1/seleksi-terbuka/" + id + "/batalkan"), BKD, "{\"alasan\": \"Coba batalkan\"}")
                .andExpect(status().isConflict());
        // ... nor in the database.
        assertThatThrownBy(() -> jdbc.sql("UPDATE seleksi.keputusan_ppk SET peserta_id = ?, peringkat = 1 "
                                + "WHERE seleksi_id = ?")
                        .params(p[1], id)
                        .update())
                .hasMessageContaining("tidak boleh diubah");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM seleksi.keputusan_ppk WHERE seleksi_id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("tidak boleh diubah");
        assertThatThrownBy(() -> jdbc.sql("UPDATE seleksi.usulan_pansel SET catatan = 'x' WHERE seleksi_id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("tidak boleh diubah");
        assertThatThrownBy(() -> jdbc.sql("UPDATE seleksi.seleksi SET status = 'DIBATALKAN', alasan_batal = 'x', "
                                + "dibatalkan_pada = now() WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("tidak dapat diubah");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM seleksi.seleksi WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("tidak boleh dihapus");
        assertThat(jdbc.sql(
                                "SELECT peringkat, alasan, cuplikan -> 'calon' -> 0 ->> 'pesertaId' FROM seleksi.keputusan_ppk "
                                        + "WHERE seleksi_id = ?")
                        .param(id)
                        .query((rs, i) -> List.of(rs.getInt(1), rs.getString(2), rs.getString(3)))
                        .single())
                .containsExactly(2, ALASAN, String.valueOf(p[1]));
        // Audited: the submission and the decision with the ranking.
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'SELEKSI_TERBUKA' AND entitas_id = ? "
                                        + "AND aksi = 'AJUKAN'")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT pengguna || ' ' || (sesudah ->> 'peringkat') || ' ' || (sesudah ->> 'alasan') "
                                        + "FROM audit.jejak_audit WHERE entitas = 'SELEKSI_TERBUKA' AND entitas_id = ? AND aksi = 'TETAPKAN'")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .single())
                .isEqualTo("ppk 2 " + ALASAN);

        // The pages show it to BKD and PPK, not to others.
        mvc.perform(get("/seleksi-terbuka/" + id).with(user("ppk").roles("PPK")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kartu-keputusan")))
                .andExpect(content().string(containsString(ALASAN)));
        mvc.perform(get("/seleksi-terbuka").with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seleksi uji alur")));
        mvc.perform(get("/seleksi-terbuka").with(user("kadis.pendidikan").roles("PIMPINAN_OPD")))
                .andExpect(status().isForbidden());
    }

    @Test
    void kurangDariTigaCalonWajibCatatanDanPeringkatPertamaTanpaAlasan() throws Exception {
        long id = siapkanSampaiPendaftaran();
        long a = peserta(id, "{\"nip\": \"" + nip.get(0) + "\"}");
        long b = peserta(id, "{\"nip\": \"" + nip.get(1) + "\"}");
        long mundur = peserta(id, "{\"nama\": \"Calon Mundur\", \"instansiAsal\": \"Kab. Tetangga\"}");
        api(post("/api/v1/seleksi-terbuka/" + id + "/peserta/" + mundur + "/mundur"), BKD, "{\"alasan\": \" \"}")
                .andExpect(status().isBadRequest());
        api(
                        post("/api/v1/seleksi-terbuka/" + id + "/peserta/" + mundur + "/mundur"),
                        BKD,
                        "{\"alasan\": \"Mengundurkan diri secara tertulis\"}")
                .andExpect(status().isOk());
        lanjutkan(id, "ADMINISTRASI");
        for (long x : new long[] {a, b}) {
            api(put("/api/v1/seleksi-terbuka/" + id + "/peserta/" + x + "/administrasi"), BKD, "{\"lulus\": true}")
                    .andExpect(status().isOk());
        }
        lanjutkan(id, "KOMPETENSI");
        nilai(id, a, "{\"kompetensi\": 70}").andExpect(status().isOk());
        nilai(id, b, "{\"kompetensi\": 90}").andExpect(status().isOk());
        lanjutkan(id, "MAKALAH");
        nilai(id, a, "{\"makalah\": 70}").andExpect(status().isOk());
        nilai(id, b, "{\"makalah\": 90}").andExpect(status().isOk());
        // A correction of an earlier stage is still possible before the submission.
        nilai(id, a, "{\"kompetensi\": 71.5}").andExpect(status().isOk());
        lanjutkan(id, "WAWANCARA");
        nilai(id, a, "{\"wawancara\": 70}").andExpect(status().isOk());
        nilai(id, b, "{\"wawancara\": 90}").andExpect(status().isOk());
        lanjutkan(id, "REKAM_JEJAK");
        nilai(id, a, "{\"rekamJejak\": 70}").andExpect(status().isOk());
        api(post("/api/v1/seleksi-terbuka/" + id + "/ajukan"), BKD, "{}").andExpect(status().isConflict());
        nilai(id, b, "{\"rekamJejak\": 90}").andExpect(status().isOk());
        api(post("/api/v1/seleksi-terbuka/" + id + "/ajukan"), BKD, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("catatan"));
        api(
                        post("/api/v1/seleksi-terbuka/" + id + "/ajukan"),
                        BKD,
                        "{\"catatan\": \"Hanya dua pelamar memenuhi syarat setelah pengumuman diperpanjang\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].pesertaId").value((int) b))
                .andExpect(jsonPath("$[1].nilaiAkhir").value(70.38)); // 0.25 × 71.5 + 0.2 × 70 + 0.35 × 70 + 0.2 × 70
        mvc.perform(get("/api/v1/seleksi-terbuka/" + id).with(PPK))
                .andExpect(jsonPath("$.usulan.kurangDariTiga").value(true));
        api(post("/api/v1/seleksi-terbuka/" + id + "/tetapkan"), PPK, "{\"pesertaId\": " + b + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keputusan.peringkat").value(1));
    }

    @Test
    void halamanBukaDariKaskadeDanPembatalan() throws Exception {
        mvc.perform(get("/seleksi-terbuka/baru")
                        .param("jabatan", String.valueOf(jabatan))
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesRegex("(?s).*value=\"" + jabatan + "\"\\s+selected=.*")));
        // Bad entries come back with the message and what was typed.
        mvc.perform(post("/seleksi-terbuka")
                        .param("jabatanId", String.valueOf(jabatan))
                        .param("nama", "Uji halaman")
                        .param("bobotMakalah", "21")
                        .param("bobotKompetensi", "25")
                        .param("bobotWawancara", "35")
                        .param("bobotRekamJejak", "20")
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("di luar rentang")))
                .andExpect(content().string(containsString("value=\"Uji halaman\"")));
        String lokasi = mvc.perform(post("/seleksi-terbuka")
                        .param("jabatanId", String.valueOf(jabatan))
                        .param("nama", "Uji halaman")
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(lokasi).startsWith("/seleksi-terbuka/");
        long id = Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1));
        mvc.perform(post(lokasi + "/lanjutkan").with(csrf()).with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("galat"));
        mvc.perform(get(lokasi).with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("form-pansel")));
        mvc.perform(post(lokasi + "/batalkan")
                        .param("alasan", "")
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(flash().attributeExists("galat"));
        mvc.perform(post(lokasi + "/batalkan")
                        .param("alasan", "Formasi JPT dialihkan ke mutasi antarinstansi")
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(flash().attributeExists("pesan"));
        assertThat(jdbc.sql("SELECT status FROM seleksi.seleksi WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DIBATALKAN");
        mvc.perform(post(lokasi + "/tetapkan")
                        .param("pesertaId", "1")
                        .with(csrf())
                        .with(user("ppk").roles("PPK")))
                .andExpect(flash().attributeExists("galat"));
        mvc.perform(get("/api/v1/seleksi-terbuka/jabatan")
                        .param("lowong", "true")
                        .with(BKD))
                .andExpect(status().isOk());
    }
}
