package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.Peran;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The organisational predikat per unit kerja, not only per OPD: the head of a unit sets the unit's predikat; the
 * distribution of a unit with its own predikat is checked on that unit's SKP against it; the units without one take
 * the OPD's predikat and are checked together; an SKP is finalised once its unit's (or else its OPD's) predikat is set.
 */
@UjiIntegrasi
class PredikatUnitIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    KinerjaFixture f;

    @BeforeEach
    void opdSendiri() {
        f = new KinerjaFixture(mvc, jdbc, json, 2);
    }

    Map<String, Object> predikat(@org.jspecify.annotations.Nullable Long unitId, int tahun, String predikat) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("opdId", f.opd);
        m.put("unitId", unitId);
        m.put("tahun", tahun);
        m.put("predikat", predikat);
        m.put("dasar", "Capaian perjanjian kinerja unit " + tahun);
        return m;
    }

    @Test
    void kepalaUnitMenetapkanPredikatUnitDanDistribusiDiperiksaPerUnit() throws Exception {
        int tahun = 2047;
        KinerjaFixture.UnitUji u2 = f.unitBaru(2);
        RequestPostProcessor kepalaUnit = f.sebagai(u2.kepalaUnit(), Peran.ATASAN, Peran.PEGAWAI);
        // unit 2: both Butuh Perbaikan; unit 1 (the fixture's): both Sangat Baik
        long bp1 = f.skpDinilai(u2.pegawai().get(0), kepalaUnit, tahun, "DI_BAWAH", "SESUAI");
        long bp2 = f.skpDinilai(u2.pegawai().get(1), kepalaUnit, tahun, "DI_BAWAH", "SESUAI");
        long sb1 = f.skpDinilai(0, tahun, "DI_ATAS", "DI_ATAS");
        long sb2 = f.skpDinilai(1, tahun, "DI_ATAS", "DI_ATAS");

        // only the head of that unit (or BKD/PPK) sets the unit's predikat
        f.kirim(post("/api/v1/kinerja/predikat-organisasi"), f.penilai(), predikat(u2.id(), tahun, "BAIK"), 403);
        f.kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                kepalaUnit,
                predikat(u2.id(), tahun, "BUTUH_PERBAIKAN"),
                201);
        // ... not the OPD's
        f.kirim(post("/api/v1/kinerja/predikat-organisasi"), kepalaUnit, predikat(null, tahun, "ISTIMEWA"), 403);

        // unit 2 has its predikat: its SKP are finalised and checked on their own (≥ 60 % Butuh Perbaikan: met)
        JsonNode fin = f.kirim(post("/api/v1/kinerja/skp/" + bp1 + "/finalkan"), kepalaUnit, Map.of(), 200);
        assertThat(fin.get("peringatan").size()).isZero();
        // unit 1 has none and the OPD none yet: not finalised
        f.kirim(post("/api/v1/kinerja/skp/" + sb1 + "/finalkan"), f.penilai(), Map.of(), 409);

        // the OPD's predikat is the default of unit 1: checked without unit 2's SKP, so BAIK's "must have some
        // Butuh Perbaikan/Kurang" is broken (over the whole OPD it would have been met by unit 2)
        f.predikatOrganisasi(tahun, "BAIK");
        JsonNode fin1 = f.kirim(post("/api/v1/kinerja/skp/" + sb1 + "/finalkan"), f.penilai(), Map.of(), 200);
        assertThat(fin1.get("peringatan").toString()).contains("WAJIB_ADA");
        JsonNode fin2 = f.kirim(post("/api/v1/kinerja/skp/" + bp2 + "/finalkan"), kepalaUnit, Map.of(), 200);
        assertThat(fin2.get("peringatan").size()).isZero();

        mvc.perform(get("/api/v1/kinerja/distribusi")
                        .param("opdId", String.valueOf(f.opd))
                        .param("unitId", String.valueOf(u2.id()))
                        .param("tahun", String.valueOf(tahun))
                        .with(KinerjaFixture.BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distribusi.predikatOrganisasi").value("BUTUH_PERBAIKAN"))
                .andExpect(jsonPath("$.distribusi.total").value(2));
        mvc.perform(get("/api/v1/kinerja/distribusi")
                        .param("opdId", String.valueOf(f.opd))
                        .param("unitId", String.valueOf(f.unit))
                        .param("tahun", String.valueOf(tahun))
                        .with(KinerjaFixture.BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distribusi.predikatOrganisasi").value("BAIK"))
                .andExpect(jsonPath("$.distribusi.total").value(2))
                .andExpect(jsonPath("$.pelanggaran[*].jenis").value(hasItem("WAJIB_ADA")));
        mvc.perform(get("/api/v1/kinerja/predikat-organisasi")
                        .param("opdId", String.valueOf(f.opd))
                        .param("tahun", String.valueOf(tahun))
                        .with(KinerjaFixture.BKD))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.unitId == " + u2.id() + ")].predikat").value(hasItem("BUTUH_PERBAIKAN")));
        assertThat(sb2).isPositive();
    }
}
