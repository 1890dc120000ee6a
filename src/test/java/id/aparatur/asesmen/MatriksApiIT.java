package id.aparatur.asesmen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.application.PenggunaRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The skill matrix API applies the rule of the page (one rule, in the service): not for a plain PEGAWAI (403, as the
 * page); without a selection the head of an OPD gets their own OPD, and BKD is asked to choose (400 naming
 * {@code opd}, as the page asks to choose); a jabatan alone selects its OPD.
 */
@UjiIntegrasi
class MatriksApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenggunaRepository pengguna;

    @Autowired
    ObjectMapper json;

    RequestPostProcessor sebagai(String username) {
        return user(pengguna.cari(username).orElseThrow());
    }

    @Test
    void apiMenerapkanAturanHalamanMatriks() throws Exception {
        mvc.perform(get("/api/v1/matriks-kompetensi").with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/matriks-kompetensi").with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isForbidden());

        JsonNode galat =
                json.readTree(mvc.perform(get("/api/v1/matriks-kompetensi").with(sebagai("bkd")))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(galat.get("errors").get(0).get("field").asString()).isEqualTo("opd");

        long disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        long aktif = jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE aktif AND opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        JsonNode kadis =
                json.readTree(mvc.perform(get("/api/v1/matriks-kompetensi").with(sebagai("kadis.pendidikan")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(kadis.get("jumlahPegawai").asLong()).isEqualTo(aktif);

        long jabatan = jdbc.sql("""
                        SELECT jabatan_id FROM pegawai.pegawai WHERE aktif AND opd_id = ? AND jabatan_id IS NOT NULL
                        GROUP BY jabatan_id ORDER BY count(*) DESC, jabatan_id LIMIT 1""").param(disdik).query(Long.class).single();
        long pemegang = jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE aktif AND jabatan_id = ?")
                .param(jabatan)
                .query(Long.class)
                .single();
        JsonNode perJabatan = json.readTree(
                mvc.perform(get("/api/v1/matriks-kompetensi?jabatan=" + jabatan).with(sebagai("bkd")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(perJabatan.get("jumlahPegawai").asLong()).isEqualTo(pemegang);
    }
}
