package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.aparatur.UjiIntegrasi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The event {@link SkpDifinalkan} as a module scenario (stimulate → wait for the event → verify): finalising an SKP
 * publishes it once with the SKP's OPD and its predikat as an enum, inside the finalising transaction (the follow-up
 * the predikat opens is there when the event is), and a step that does not finalise publishes none.
 */
@UjiIntegrasi
@EnableScenarios
class SkpDifinalkanIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    /** A request of the fixture as a stimulus. */
    static <T> T langkah(java.util.concurrent.Callable<T> permintaan) {
        try {
            return permintaan.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void finalisasiMenerbitkanSkpDifinalkanDenganPredikatEnum(Scenario scenario) throws Exception {
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, 1);
        int tahun = LocalDate.now(clock).getYear() - 3;
        long id = f.skpDinilai(0, tahun, "DI_BAWAH", "SESUAI");
        f.predikatOrganisasi(tahun, "BAIK");
        scenario.stimulate(() -> langkah(
                        () -> f.kirim(post("/api/v1/kinerja/skp/" + id + "/finalkan"), f.penilai(), Map.of(), 200)))
                .andWaitForEventOfType(SkpDifinalkan.class)
                .matching(e -> e.skpId() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.nip()).isEqualTo(f.pegawai.get(0));
                    assertThat(e.tahun()).isEqualTo(tahun);
                    assertThat(e.opdId()).isEqualTo(f.opd);
                    assertThat(e.predikat()).isEqualTo(PredikatKinerja.BUTUH_PERBAIKAN);
                    assertThat(jdbc.sql("SELECT jenis FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                                    .param(id)
                                    .query(String.class)
                                    .single())
                            .isEqualTo(JenisTindakLanjut.PENGEMBANGAN.name());
                });
    }

    @Test
    void penilaianTanpaFinalisasiTidakMenerbitkanSkpDifinalkan(Scenario scenario) throws Exception {
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, 1);
        int tahun = LocalDate.now(clock).getYear() - 3;
        long id = f.skpDisetujui(0, tahun).get("id").asLong();
        scenario.stimulate(() -> langkah(() -> f.nilai(id, "DI_ATAS", "DI_ATAS")))
                .andWaitAtMost(java.time.Duration.ofMillis(300))
                .andWaitForStateChange(
                        () -> jdbc.sql("SELECT status FROM kinerja.skp WHERE id = ?")
                                .param(id)
                                .query(String.class)
                                .single(),
                        "DINILAI"::equals)
                .andVerifyEvents(events -> assertThat(
                                events.ofType(SkpDifinalkan.class).matching(e -> e.skpId() == id))
                        .isEmpty());
    }
}
