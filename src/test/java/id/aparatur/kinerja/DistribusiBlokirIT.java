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

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void distribusiMelanggarMenolakFinalisasiSampaiDiperbaiki() throws Exception {
        int tahun = 2039;
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, 2);
        long a = f.skpDinilai(0, tahun, "DI_ATAS", "DI_ATAS");
        long b = f.skpDinilai(1, tahun, "DI_ATAS", "DI_ATAS");
        f.kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                BKD,
                Map.of("opdId", f.opd, "tahun", tahun, "predikat", "ISTIMEWA", "dasar", "SAKIP " + tahun),
                201);

        // Istimewa: at most 70 % Sangat Baik; 2 of 2 breaks it.
        mvc.perform(post("/api/v1/kinerja/skp/" + a + "/finalkan").with(f.penilai()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.pelanggaran.length()").value(1))
                .andExpect(jsonPath("$.pelanggaran[0].jenis").value("PALING_BANYAK"))
                .andExpect(jsonPath("$.pelanggaran[0].predikat[0]").value("SANGAT_BAIK"))
                .andExpect(jsonPath("$.pelanggaran[0].jumlah").value(2))
                .andExpect(jsonPath("$.pelanggaran[0].pesan")
                        .value("Predikat SANGAT_BAIK paling banyak 70% pegawai; saat ini 2 dari 2."));
        mvc.perform(post("/api/v1/kinerja/opd/" + f.opd + "/tahun/" + tahun + "/finalkan")
                        .with(BKD))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.pelanggaran.length()").value(1));
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.skp WHERE opd_id = ? AND status = 'FINAL'")
                        .param(f.opd)
                        .query(Long.class)
                        .single())
                .as("nothing finalised")
                .isZero();

        // Re-rated within the rules, the whole OPD is finalised.
        assertThat(f.nilai(b, "SESUAI", "SESUAI")).isEqualTo("BAIK");
        JsonNode hasil =
                f.kirim(post("/api/v1/kinerja/opd/" + f.opd + "/tahun/" + tahun + "/finalkan"), BKD, Map.of(), 200);
        assertThat(hasil.get("difinalkan")).hasSize(2);
        assertThat(hasil.get("peringatan")).isEmpty();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transaksi;

    /**
     * While another transaction holds the OPD/year lock and changes the distribution (as a concurrent rating would),
     * a finalisation waits for it and then checks the changed distribution, so it cannot pass on a stale one.
     */
    @Test
    void finalisasiMenungguKunciOpdDanMemeriksaDistribusiTerbaru() throws Exception {
        int tahun = 2038;
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, 2);
        long a = f.skpDinilai(0, tahun, "DI_ATAS", "DI_ATAS");
        long b = f.skpDinilai(1, tahun, "SESUAI", "SESUAI");
        f.kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                BKD,
                Map.of("opdId", f.opd, "tahun", tahun, "predikat", "ISTIMEWA", "dasar", "SAKIP " + tahun),
                201);
        var terkunci = new java.util.concurrent.CountDownLatch(1);
        var lain = java.util.concurrent.CompletableFuture.runAsync(() ->
                new org.springframework.transaction.support.TransactionTemplate(transaksi).executeWithoutResult(t -> {
                    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                            .param("kinerja.distribusi:" + f.opd + ":" + tahun)
                            .query((rs, i) -> 1)
                            .list();
                    terkunci.countDown();
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    jdbc.sql("UPDATE kinerja.skp SET rating_hasil_kerja = 'DI_ATAS', rating_perilaku = 'DI_ATAS', "
                                    + "predikat = 'SANGAT_BAIK' WHERE id = ?")
                            .param(b)
                            .update();
                }));
        assertThat(terkunci.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        long mulai = System.nanoTime();
        mvc.perform(post("/api/v1/kinerja/skp/" + a + "/finalkan").with(f.penilai()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.pelanggaran[0].jumlah").value(2));
        assertThat((System.nanoTime() - mulai) / 1_000_000)
                .as("waited for the lock")
                .isGreaterThanOrEqualTo(1000);
        lain.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(jdbc.sql("SELECT status FROM kinerja.skp WHERE id = ?")
                        .param(a)
                        .query(String.class)
                        .single())
                .isEqualTo("DINILAI");
    }
}
