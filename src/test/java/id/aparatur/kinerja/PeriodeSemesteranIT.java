package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Semesteran evaluation (PermenPANRB 6/2022: the instansi sets the frequency of periodic evaluation — bulanan,
 * triwulanan or semesteran): an SKP evaluated per semester has exactly two periods, SEMESTER_1 (January–June) and
 * SEMESTER_2 (July–December); a third is refused; the annual rating and finalisation work as for any SKP.
 */
@UjiIntegrasi
class PeriodeSemesteranIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    KinerjaFixture f;

    @BeforeEach
    void opdSendiri() {
        f = new KinerjaFixture(mvc, jdbc, json, 1);
    }

    @Test
    void skpSemesteranPunyaTepatDuaPeriodeDanPenilaianTahunanTetapBerjalan() throws Exception {
        int tahun = 2041;
        JsonNode skp = f.kirim(
                post("/api/v1/kinerja/skp"),
                f.pegawai(0),
                Map.of("tahun", tahun, "periodeEvaluasi", "SEMESTERAN"),
                201);
        assertThat(skp.get("periodeEvaluasi").asString()).isEqualTo("SEMESTERAN");
        long id = skp.get("id").asLong();
        f.kirim(
                put("/api/v1/kinerja/skp/" + id + "/rhk"),
                f.pegawai(0),
                Map.of(
                        "versi",
                        skp.get("versi").asInt(),
                        "rhk",
                        List.of(KinerjaFixture.rhk("Menyusun laporan semester", null))),
                200);
        f.kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), f.penilai(), Map.of(), 200);

        String url = "/api/v1/kinerja/skp/" + id + "/evaluasi/";
        f.kirim(put(url + 1), f.penilai(), Map.of("hasilKerja", "SESUAI", "perilakuKerja", "SESUAI"), 200);
        f.kirim(put(url + 2), f.penilai(), Map.of("hasilKerja", "DI_ATAS", "perilakuKerja", "DI_ATAS"), 200);
        // a third semester does not exist; nor does period 0
        for (int ke : new int[] {3, 0}) {
            mvc.perform(put(url + ke)
                            .with(f.penilai())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"hasilKerja\": \"SESUAI\", \"perilakuKerja\": \"SESUAI\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("periodeKe")));
        }
        // realisation per semester: period 2 exists, period 3 does not
        long indikator = jdbc.sql("""
                        SELECT min(i.id) FROM kinerja.indikator i JOIN kinerja.rhk r ON r.id = i.rhk_id
                        WHERE r.skp_id = ?""").param(id).query(Long.class).single();
        f.kirim(
                post("/api/v1/kinerja/skp/" + id + "/realisasi"),
                f.pegawai(0),
                Map.of("indikatorId", indikator, "periodeKe", 2, "realisasi", "6 dokumen", "bukti", "https://x.go.id"),
                201);
        f.kirim(
                post("/api/v1/kinerja/skp/" + id + "/realisasi"),
                f.pegawai(0),
                Map.of("indikatorId", indikator, "periodeKe", 3, "realisasi", "6 dokumen", "bukti", "https://x.go.id"),
                400);

        // the annual rating works as for any SKP
        assertThat(f.nilai(id, "DI_ATAS", "SESUAI")).isEqualTo("BAIK");
        f.predikatOrganisasi(tahun, "BAIK");
        f.kirim(post("/api/v1/kinerja/skp/" + id + "/finalkan"), f.penilai(), Map.of(), 200);

        JsonNode kinerja = json.readTree(mvc.perform(
                        get("/api/v1/pegawai/" + f.pegawai.get(0) + "/kinerja").with(f.pegawai(0)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<String> periode = new ArrayList<>();
        kinerja.forEach(k -> {
            if (k.get("tahun").asInt() == tahun) {
                periode.add(k.get("periode").asString());
            }
        });
        assertThat(periode).containsExactly("TAHUNAN", "SEMESTER_1", "SEMESTER_2");
        kinerja.forEach(k -> {
            if (k.get("tahun").asInt() == tahun && k.get("periode").asString().equals("TAHUNAN")) {
                assertThat(k.get("predikat").asString()).isEqualTo("BAIK");
                assertThat(k.get("status").asString()).isEqualTo("FINAL");
            }
        });
    }

    @Test
    void periodeYangTidakDikenalDitolakDenganNamaIsian() throws Exception {
        mvc.perform(post("/api/v1/kinerja/skp")
                        .with(f.pegawai(0))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tahun\": 2042, \"periodeEvaluasi\": \"CATURWULAN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("periodeEvaluasi")));
    }
}
