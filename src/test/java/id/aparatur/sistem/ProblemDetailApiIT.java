package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15 item 8: every error of {@code /api/**} is an RFC 9457 ProblemDetail, also where no controller answers
 * (unknown path, wrong method, unacceptable or unsupported media type), and JSON bodies are limited per endpoint before
 * they are parsed (413), with a larger limit only for the placement optimisation.
 */
@UjiIntegrasi
class ProblemDetailApiIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void alamatTidakDikenalDijawab404ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/tidak-ada").with(BKD))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Tidak ditemukan"));
        mvc.perform(post("/api/v1/tidak-ada/lagi")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        // Even for a browser that asks for HTML
        mvc.perform(get("/api/v1/tidak-ada").with(BKD).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void metodeDanJenisIsiYangSalahDijawabProblemDetail() throws Exception {
        mvc.perform(delete("/api/v1/pegawai").with(BKD))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().exists("Allow"))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(405));
        mvc.perform(post("/api/v1/opd")
                        .with(BKD)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("kode=X"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.title").value("Jenis isi tidak didukung"));
        mvc.perform(post("/api/v1/opd")
                        .with(BKD)
                        .contentType("application/x-www-form-urlencoded")
                        .content("kode=X&nama=Y"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/api/v1/opd").with(BKD).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(406));
    }

    @Test
    void isiJsonLebihDari2MbDitolak413SebelumDibaca() throws Exception {
        String besar = "{\"kode\":\"UJI-413\",\"nama\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"jenis\":\"DINAS\"}";
        mvc.perform(post("/api/v1/opd")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(besar))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.batasByte").value(2 * 1024 * 1024));
        assertThat(jdbc.sql("SELECT count(*) FROM organisasi.opd WHERE kode = 'UJI-413'")
                        .query(Long.class)
                        .single())
                .isZero();
        // Also on an endpoint without a body: the size is checked before anything runs
        mvc.perform(post("/api/v1/kinerja/aktivitas/1/verifikasi")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(besar))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void optimasiPenempatanMenerimaIsi10Mb() throws Exception {
        // The example problem of the API documentation, padded with 10 MB of white space (valid JSON)
        String soal = "{" + " ".repeat(10 * 1024 * 1024) + """
                "bobot": {"selisihKelas": 2, "diluarMinat": 1, "pindah": 1, "tidakDitempatkan": 1000000},
                 "jabatan": [{"id": "J1", "jenjang": "PELAKSANA", "kelas": 7, "rumpun": "KEUANGAN", "kuota": 3,
                              "standarKompetensi": [{"kode": "M.01", "level": 2, "bobot": 1}]}],
                 "pegawai": [{"nip": "198609262015051001", "jenjang": "PELAKSANA", "kelas": 7,
                              "jabatanSaatIni": "J1", "minatRumpun": ["KEUANGAN"], "kompetensi": {"M.01": 3}}]}""";
        assertThat(soal.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10 * 1024 * 1024);
        mvc.perform(post("/api/v1/penempatan/optimasi")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(soal))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.penempatan[0].jabatan").value("J1"));
    }
}
