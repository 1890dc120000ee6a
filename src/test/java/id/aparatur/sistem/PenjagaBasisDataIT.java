package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A guard trigger of the database (RAISE EXCEPTION, SQLSTATE P0001) that refuses a change answers 409 — a
 * ProblemDetail for the API, the error page with a clear message for the UI — never 500; other SQL errors are not
 * taken for it. The real trigger of the audit trail raises it, through the application's own error handlers.
 */
@UjiIntegrasi
class PenjagaBasisDataIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiExceptionHandler api;

    @Autowired
    HalamanExceptionHandler halaman;

    /** Changes an audit row (the trigger refuses), or raises another SQL error. Not a bean: nested in a test. */
    @RestController
    static class PemicuApi {
        private final JdbcClient jdbc;

        PemicuApi(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @PostMapping("/api/v1/uji/penjaga")
        void penjaga() {
            ubahAudit(jdbc);
        }

        @PostMapping("/api/v1/uji/lain")
        void lain() {
            galatLain(jdbc);
        }
    }

    @Controller
    static class PemicuHalaman {
        private final JdbcClient jdbc;

        PemicuHalaman(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @PostMapping("/uji/penjaga")
        String penjaga() {
            ubahAudit(jdbc);
            return "redirect:/";
        }
    }

    static void ubahAudit(JdbcClient jdbc) {
        jdbc.sql("INSERT INTO audit.jejak_audit (waktu, pengguna, entitas, entitas_id, aksi) "
                        + "VALUES (now(), 'uji', 'UJI_PENJAGA', '1', 'BUAT')")
                .update();
        jdbc.sql("UPDATE audit.jejak_audit SET aksi = 'UBAH' WHERE entitas = 'UJI_PENJAGA'")
                .update();
    }

    static void galatLain(JdbcClient jdbc) {
        jdbc.sql("DO $$ BEGIN RAISE EXCEPTION 'bukan penjaga' USING ERRCODE = 'P0002'; END $$")
                .update();
    }

    @Test
    void pemicuPenjagaMenjadi409BukanGalatServer() throws Exception {
        assertThatThrownBy(() -> ubahAudit(jdbc))
                .isInstanceOf(UncategorizedSQLException.class)
                .satisfies(e -> assertThat(PenjagaBasisData.menolak(e)).isTrue());
        assertThatThrownBy(() -> galatLain(jdbc))
                .satisfies(e -> assertThat(PenjagaBasisData.menolak(e)).isFalse());

        MockMvc mvcApi = MockMvcBuilders.standaloneSetup(new PemicuApi(jdbc))
                .setControllerAdvice(api)
                .build();
        mvcApi.perform(post("/api/v1/uji/penjaga").header("Accept-Language", "id"))
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("sudah terkunci")));
        // Another SQL error is not a conflict: it goes on to the general handling.
        assertThatThrownBy(() -> mvcApi.perform(post("/api/v1/uji/lain")))
                .hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class);

        MockMvc mvcHalaman = MockMvcBuilders.standaloneSetup(new PemicuHalaman(jdbc))
                .setControllerAdvice(halaman)
                .build();
        mvcHalaman
                .perform(post("/uji/penjaga"))
                .andExpect(status().isConflict())
                .andExpect(model().attribute("kodePesan", "transisi.409.penjaga"));
    }
}
