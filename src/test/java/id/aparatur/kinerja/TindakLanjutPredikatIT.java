package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The follow-up of a final predikat (PermenPANRB 6/2022, tindak lanjut) at its edges: each predikat opens its default
 * action — Butuh Perbaikan (results below) development, Kurang/Misconduct (behaviour below) coaching with a discipline
 * check, Sangat Kurang coaching with a discipline check, Baik and Sangat Baik none — and the atasan records the cause
 * first: nothing moves before the cause is recorded, and the cause is fixed once acting starts.
 */
@UjiIntegrasi
class TindakLanjutPredikatIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    tools.jackson.databind.ObjectMapper json;

    KinerjaFixture f;

    @BeforeEach
    void opdSendiri() {
        f = new KinerjaFixture(mvc, jdbc, json, 5);
    }

    Map<String, Object> tindakLanjut(long skp) {
        return jdbc.sql("SELECT id, jenis, periksa_disiplin, status FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                .param(skp)
                .query()
                .singleRow();
    }

    @Test
    void setiapPredikatMembukaTindakLanjutnyaDanPenyebabDicatatLebihDulu() throws Exception {
        int tahun = 2043;
        f.predikatOrganisasi(tahun, "BAIK");
        long sb = f.skpFinal(0, tahun, "DI_ATAS", "DI_ATAS");
        long b = f.skpFinal(1, tahun, "SESUAI", "SESUAI");
        long bp = f.skpFinal(2, tahun, "DI_BAWAH", "SESUAI");
        long k = f.skpFinal(3, tahun, "SESUAI", "DI_BAWAH");
        long sk = f.skpFinal(4, tahun, "DI_BAWAH", "DI_BAWAH");

        // Sangat Baik and Baik open none
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.tindak_lanjut WHERE skp_id IN (?, ?)")
                        .params(sb, b)
                        .query(Long.class)
                        .single())
                .isZero();
        // Butuh Perbaikan: results below expectation → development, no discipline check
        assertThat(tindakLanjut(bp)).containsEntry("jenis", "PENGEMBANGAN").containsEntry("periksa_disiplin", false);
        // Kurang/Misconduct: behaviour below expectation → coaching and a discipline check
        assertThat(tindakLanjut(k)).containsEntry("jenis", "PEMBINAAN").containsEntry("periksa_disiplin", true);
        // Sangat Kurang: both below → coaching and a discipline check
        assertThat(tindakLanjut(sk)).containsEntry("jenis", "PEMBINAAN").containsEntry("periksa_disiplin", true);
        mvc.perform(get("/api/v1/kinerja/skp/" + k + "/pelaksanaan").with(f.pegawai(3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tindakLanjut.jenis").value("PEMBINAAN"))
                .andExpect(jsonPath("$.tindakLanjut.periksaDisiplin").value(true))
                .andExpect(jsonPath("$.tindakLanjut.penyebab").doesNotExist());

        long tl = ((Number) tindakLanjut(k).get("id")).longValue();
        String url = "/api/v1/kinerja/tindak-lanjut/" + tl;
        // no action before the cause is recorded: not by the atasan, not by BKD, not in the database
        f.kirim(post(url + "/status"), f.penilai(), Map.of("status", "BERJALAN", "rencana", "Pembinaan bulanan"), 409);
        f.kirim(
                post(url + "/status"),
                KinerjaFixture.BKD,
                Map.of("status", "SELESAI", "hasil", "Ditutup tanpa sebab"),
                409);
        assertThatThrownBy(() -> jdbc.sql("UPDATE kinerja.tindak_lanjut SET status = 'BERJALAN' WHERE id = ?")
                        .param(tl)
                        .update())
                .hasMessageContaining("Penyebab");

        // the cause: only the atasan (or BKD), and not blank
        f.kirim(post(url + "/penyebab"), f.pegawai(3), Map.of("penyebab", "Sering terlambat"), 403);
        mvc.perform(post(url + "/penyebab")
                        .with(f.penilai())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"penyebab\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("penyebab")));
        f.kirim(
                post(url + "/penyebab"),
                f.penilai(),
                Map.of("penyebab", "Sering tidak hadir rapat tim dan menolak tugas kolaborasi; beban kerja wajar."),
                204);
        mvc.perform(get("/api/v1/kinerja/tindak-lanjut").with(f.penilai()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + tl + ")].penyebab")
                        .value(hasItem(
                                "Sering tidak hadir rapat tim dan menolak tugas kolaborasi; beban kerja wajar.")))
                .andExpect(jsonPath("$[?(@.id == " + tl + ")].periksaDisiplin").value(hasItem(true)));

        // then act; once under way the cause no longer changes
        f.kirim(post(url + "/status"), f.penilai(), Map.of("status", "BERJALAN", "rencana", "Pembinaan bulanan"), 204);
        f.kirim(post(url + "/penyebab"), f.penilai(), Map.of("penyebab", "Sebab lain"), 409);
        f.kirim(post(url + "/status"), f.penilai(), Map.of("status", "SELESAI", "hasil", "Perilaku membaik"), 204);
        assertThat(tindakLanjut(k)).containsEntry("status", "SELESAI");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'TINDAK_LANJUT' AND entitas_id = ?")
                        .param(String.valueOf(tl))
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }
}
