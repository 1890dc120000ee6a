package id.aparatur.akses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15 item 1: a state-changing {@code /api/**} request from a cross-site browser context is refused with 403
 * ProblemDetail before authentication, even with valid Basic credentials, and changes nothing; same-origin browser
 * requests and non-browser clients keep working; a 401 never carries a {@code Basic} challenge (which would make a
 * browser prompt for and then cache the credentials). MockMvc's own origin is {@code http://localhost}.
 */
@UjiIntegrasi
class ApiLintasSitusIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder verifikasi(long id) {
        return post("/api/v1/kinerja/aktivitas/" + id + "/verifikasi").with(httpBasic("bkd", SANDI));
    }

    private String statusAktivitas(long id) {
        return KeamananFixture.statusAktivitas(jdbc, id);
    }

    private long jejakAudit(long id) {
        return jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'AKTIVITAS' AND entitas_id = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single();
    }

    private void ditolakLintasSitus(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        String isi = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(isi).contains("\"status\":403").contains("lintas situs");
    }

    @Test
    void postLintasSitusDenganBasicSahDitolak403TanpaPerubahan() throws Exception {
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        long auditSebelum = jejakAudit(id);
        ditolakLintasSitus(mvc.perform(verifikasi(id)
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Sec-Fetch-Mode", "navigate")
                        .header("Origin", "http://jahat.example"))
                .andReturn());
        ditolakLintasSitus(mvc.perform(verifikasi(id).header("Sec-Fetch-Site", "cross-site"))
                .andReturn());
        assertThat(statusAktivitas(id)).isEqualTo("DICATAT");
        assertThat(jejakAudit(id)).isEqualTo(auditSebelum);
    }

    @Test
    void originAsingTanpaSecFetchDitolak() throws Exception {
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        ditolakLintasSitus(mvc.perform(verifikasi(id).header("Origin", "http://jahat.example"))
                .andReturn());
        // Same host, other port or scheme: another origin.
        ditolakLintasSitus(mvc.perform(verifikasi(id).header("Origin", "http://localhost:8081"))
                .andReturn());
        ditolakLintasSitus(mvc.perform(verifikasi(id).header("Origin", "https://localhost"))
                .andReturn());
        // Sandboxed frames, data: URLs and some redirects send the opaque origin "null".
        ditolakLintasSitus(mvc.perform(verifikasi(id).header("Origin", "null")).andReturn());
        assertThat(statusAktivitas(id)).isEqualTo("DICATAT");
    }

    @Test
    void sameSiteDiperlakukanSebagaiLintasSitus() throws Exception {
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        ditolakLintasSitus(mvc.perform(
                        verifikasi(id).header("Sec-Fetch-Site", "same-site").header("Origin", "http://lain.localhost"))
                .andReturn());
        ditolakLintasSitus(mvc.perform(verifikasi(id).header("Sec-Fetch-Site", "same-site"))
                .andReturn());
        assertThat(statusAktivitas(id)).isEqualTo("DICATAT");
    }

    @Test
    void ditolakSebelumAutentikasi() throws Exception {
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        // A wrong password from a cross-site page is not even checked (403, not 401), so it cannot feed the lockout.
        ditolakLintasSitus(mvc.perform(post("/api/v1/kinerja/aktivitas/" + id + "/verifikasi")
                        .with(httpBasic("bkd", "salah"))
                        .header("Sec-Fetch-Site", "cross-site"))
                .andReturn());
        ditolakLintasSitus(mvc.perform(post("/api/v1/kinerja/aktivitas/" + id + "/verifikasi")
                        .header("Origin", "http://jahat.example"))
                .andReturn());
    }

    @Test
    void judulDanDetailBahasaIndonesiaDanInggris() throws Exception {
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        mvc.perform(verifikasi(id).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(jsonPath("$.title").value("Permintaan lintas situs ditolak"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(verifikasi(id).header("Sec-Fetch-Site", "cross-site").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value("Cross-site request refused"));
    }

    @Test
    void permintaanSeasalDariPerambanBerhasil() throws Exception {
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        mvc.perform(verifikasi(id).header("Sec-Fetch-Site", "same-origin").header("Origin", "http://localhost"))
                .andExpect(status().isNoContent());
        assertThat(statusAktivitas(id)).isEqualTo("DIVERIFIKASI");
    }

    @Test
    void klienTanpaOriginDanSecFetchTetapBerfungsi() throws Exception {
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        mvc.perform(verifikasi(id)).andExpect(status().isNoContent());
        assertThat(statusAktivitas(id)).isEqualTo("DIVERIFIKASI");
    }

    @Test
    void getLintasSitusTetapDijawab() throws Exception {
        // Safe methods change nothing; a cross-site GET cannot read the answer anyway (no CORS).
        mvc.perform(get("/api/v1/opd")
                        .with(httpBasic("bkd", SANDI))
                        .header("Sec-Fetch-Site", "cross-site")
                        .header("Origin", "http://jahat.example"))
                .andExpect(status().isOk());
    }

    @Test
    void status401TanpaTantanganBasic() throws Exception {
        for (MockHttpServletRequestBuilder r : java.util.List.of(
                get("/api/v1/opd"), get("/api/v1/opd").with(httpBasic("bkd", "salah")), post("/api/v1/opd"))) {
            MvcResult hasil = mvc.perform(r)
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(header().exists("WWW-Authenticate"))
                    .andReturn();
            for (String tantangan : hasil.getResponse().getHeaders("WWW-Authenticate")) {
                assertThat(tantangan.strip().toLowerCase(java.util.Locale.ROOT))
                        .doesNotStartWith("basic")
                        .doesNotContain(", basic")
                        .doesNotStartWith("digest");
            }
        }
    }
}
