package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15 item 5: an activity may reference only an RHK of the employee's own SKP of the activity's year (not another
 * OPD's, not another year's, not a missing one), for the employee and for BKD alike; evidence links of an SKP
 * realisation are http(s) URLs only, through the API and the page form. The activities use night slots (01:00–02:00)
 * on a day (7 days back) that no other test uses.
 */
@UjiIntegrasi
class IntegritasKinerjaIT {

    static final String SANDI = "aparatur-demo";
    static final RequestPostProcessor BKD = httpBasic("bkd", SANDI);
    static final RequestPostProcessor PEGAWAI = httpBasic("pegawai.pendidikan", SANDI);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String nip;
    long disdik;
    LocalDate tanggal;

    @BeforeEach
    void data() {
        nip = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'pegawai.pendidikan'")
                .query(String.class)
                .single();
        disdik = jdbc.sql("SELECT id FROM organisasi.v_opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        // the oldest day still accepted (7 days back), used by no other test, so no other test sees its activities
        tanggal = LocalDate.now().minusDays(7);
    }

    /** An SKP of {@code nipPemilik} for {@code tahun} (created if missing) with one more RHK; its id. */
    private long rhk(String nipPemilik, int tahun, String status) {
        long skp = jdbc.sql("""
                INSERT INTO kinerja.skp (nip, tahun, status, penilai_nip, opd_id, dibuat_oleh, diubah_oleh)
                SELECT nip, ?, ?, atasan_nip, opd_id, 'uji', 'uji' FROM pegawai.v_pegawai WHERE nip = ?
                ON CONFLICT (nip, tahun) DO UPDATE SET diubah_oleh = 'uji' RETURNING id""")
                .params(tahun, status, nipPemilik)
                .query(Long.class)
                .single();
        long rhk = jdbc.sql(
                        "INSERT INTO kinerja.rhk (skp_id, urutan, uraian, jenis) VALUES (?, 9, 'RHK uji integritas', "
                                + "'UTAMA') RETURNING id")
                .param(skp)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO kinerja.indikator (rhk_id, aspek, uraian, target) VALUES (?, 'KUANTITAS', 'Jumlah', '4')")
                .param(rhk)
                .update();
        return rhk;
    }

    private ResultActions catat(RequestPostProcessor siapa, String body) throws Exception {
        return mvc.perform(post("/api/v1/kinerja/aktivitas")
                .with(siapa)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String item(String mulai, String selesai, long rhkId) {
        return "{\"nip\":\"" + nip + "\",\"tanggal\":\"" + tanggal + "\",\"mulai\":\"" + mulai + "\",\"selesai\":\""
                + selesai + "\",\"uraian\":\"Menyusun laporan kegiatan\",\"rhkId\":" + rhkId + "}";
    }

    @Test
    void rhkHanyaDariSkpSendiriTahunAktivitas() throws Exception {
        String nipOpdLain = KinerjaFixture.pegawaiOpdLain(jdbc);
        long rhkOpdLain = rhk(nipOpdLain, tanggal.getYear(), "DISETUJUI");
        long rhkTahunLain = rhk(nip, 2096, "DISETUJUI");
        long rhkSendiri = rhk(nip, tanggal.getYear(), "DISETUJUI");

        catat(PEGAWAI, item("01:00", "01:10", rhkOpdLain))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("[0].rhkId")));
        catat(BKD, item("01:00", "01:10", rhkOpdLain))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("[0].rhkId")));
        catat(
                        PEGAWAI,
                        "[" + item("01:00", "01:10", rhkSendiri) + "," + item("01:10", "01:20", rhkTahunLain) + ","
                                + item("01:20", "01:30", 987_654_321L) + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("[1].rhkId", "[2].rhkId")));
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.aktivitas WHERE nip = ? AND tanggal = ? AND mulai >= '01:00' "
                                + "AND mulai < '02:00'")
                        .params(nip, tanggal)
                        .query(Long.class)
                        .single())
                .isZero();

        catat(PEGAWAI, item("01:30", "01:40", rhkSendiri)).andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT rhk_id FROM kinerja.aktivitas WHERE nip = ? AND tanggal = ? AND mulai = '01:30'")
                        .params(nip, tanggal)
                        .query(Long.class)
                        .single())
                .isEqualTo(rhkSendiri);
    }

    @Test
    void buktiRealisasiHanyaTautanHttp() throws Exception {
        long rhk = rhk(nip, 2095, "DISETUJUI");
        long skp = jdbc.sql("SELECT skp_id FROM kinerja.rhk WHERE id = ?")
                .param(rhk)
                .query(Long.class)
                .single();
        long indikator = jdbc.sql("SELECT id FROM kinerja.indikator WHERE rhk_id = ?")
                .param(rhk)
                .query(Long.class)
                .single();
        String url = "/api/v1/kinerja/skp/" + skp + "/realisasi";
        for (String bukti : List.of(
                "javascript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>",
                "file:///etc/passwd",
                "JaVaScRiPt:alert(1)",
                "https://",
                "https://contoh.go.id/a b",
                "vbscript:x",
                "https://contoh.go.id/" + "a".repeat(1000))) {
            mvc.perform(post(url)
                            .with(PEGAWAI)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"indikatorId\":" + indikator
                                    + ",\"periodeKe\":1,\"realisasi\":\"2 dokumen\",\"bukti\":\"" + bukti + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("bukti")));
        }
        // the page form goes through the same rule
        mvc.perform(post("/kinerja/skp/" + skp + "/evaluasi/realisasi")
                        .with(user("pegawai.pendidikan").roles("PEGAWAI"))
                        .with(csrf())
                        .param("indikatorId", String.valueOf(indikator))
                        .param("periodeKe", "1")
                        .param("realisasi", "2 dokumen")
                        .param("bukti", "javascript:alert(1)"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.realisasi WHERE skp_id = ?")
                        .param(skp)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(
                        post(url)
                                .with(PEGAWAI)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"indikatorId\":" + indikator
                                                + ",\"periodeKe\":1,\"realisasi\":\"2 dokumen\",\"bukti\":\"https://arsip.contoh.go.id/skp/1.pdf\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post(url)
                        .with(PEGAWAI)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indikatorId\":" + indikator + ",\"periodeKe\":2,\"realisasi\":\"2 dokumen\"}"))
                .andExpect(status().isCreated());
    }
}
