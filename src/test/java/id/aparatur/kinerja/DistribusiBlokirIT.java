package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Policy BLOKIR (own Spring context): a distribution breaking the rules refuses finalisation with 409 and the list. */
@UjiIntegrasi
@TestPropertySource(properties = "aparatur.kinerja.distribusi.kebijakan=BLOKIR")
class DistribusiBlokirIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    @Test
    void distribusiMelanggarMenolakFinalisasiSampaiDiperbaiki() throws Exception {
        int tahun = 2039;
        FixturEvaluasi f = new FixturEvaluasi(mvc, jdbc, json, 2);
        long a = f.skpDinilai(0, tahun, "DI_ATAS", "DI_ATAS");
        long b = f.skpDinilai(1, tahun, "DI_ATAS", "DI_ATAS");
        f.kirim(post("/api/v1/kinerja/predikat-organisasi"), BKD, Map.of("opdId", f.opd, "tahun", tahun,
                "predikat", "ISTIMEWA", "dasar", "SAKIP " + tahun), 201);

        // Istimewa: at most 70 % Sangat Baik; 2 of 2 breaks it.
        mvc.perform(post("/api/v1/kinerja/skp/" + a + "/finalkan").with(f.penilai()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.pelanggaran.length()").value(1))
                .andExpect(jsonPath("$.pelanggaran[0].jenis").value("PALING_BANYAK"))
                .andExpect(jsonPath("$.pelanggaran[0].predikat[0]").value("SANGAT_BAIK"))
                .andExpect(jsonPath("$.pelanggaran[0].jumlah").value(2))
                .andExpect(jsonPath("$.pelanggaran[0].pesan").value(
                        "Predikat SANGAT_BAIK paling banyak 70% pegawai; saat ini 2 dari 2."));
        mvc.perform(post("/api/v1/kinerja/opd/" + f.opd + "/tahun/" + tahun + "/finalkan").with(BKD))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.pelanggaran.length()").value(1));
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.skp WHERE opd_id = ? AND status = 'FINAL'").param(f.opd)
                .query(Long.class).single()).as("nothing finalised").isZero();

        // Re-rated within the rules, the whole OPD is finalised.
        assertThat(f.nilai(b, "SESUAI", "SESUAI")).isEqualTo("BAIK");
        JsonNode hasil = f.kirim(post("/api/v1/kinerja/opd/" + f.opd + "/tahun/" + tahun + "/finalkan"), BKD,
                Map.of(), 200);
        assertThat(hasil.get("difinalkan")).hasSize(2);
        assertThat(hasil.get("peringatan")).isEmpty();
    }
}
