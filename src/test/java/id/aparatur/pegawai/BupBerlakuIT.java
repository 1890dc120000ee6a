package id.aparatur.pegawai;

import static id.aparatur.aturan.AturanUji.BKD;
import static id.aparatur.aturan.AturanUji.PPK;
import static id.aparatur.aturan.AturanUji.SANDI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.aturan.AturanUji;
import id.aparatur.organisasi.OrganisasiFixture;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The retirement projection uses the BUP table ({@code BUP}) in force at the end of the projected period: version 1
 * (the shipped default, with the BUP per JF: guru 60) until a new version starts, the new one after.
 */
@UjiIntegrasi
class BupBerlakuIT {

    static final LocalDate LAHIR = LocalDate.of(1966, 5, 20);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PengelolaanPengguna pengguna;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProyeksiPensiun proyeksi;

    @Autowired
    Clock clock;

    @Test
    void proyeksiPensiunMemakaiBupYangBerlakuPadaAkhirPeriode() throws Exception {
        AturanUji.siapkan(pengguna);
        LocalDate hariIni = LocalDate.now(clock);
        JsonNode lama =
                json.readTree(mvc.perform(get("/api/v1/aturan/BUP/berlaku").with(httpBasic(BKD, SANDI)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        // version 1 carries the BUP per JF
        assertThat(lama.get("nilai").get("perJf").toString()).contains("\"GURU\"");

        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji BUP Berlaku");
        long guru = org.jabatanFungsionalBaru(opd.id(), opd.unitId(), "AHLI_MUDA", "GURU");
        String nip = new PegawaiFixture(jdbc).pnsLahir(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), guru), LAHIR);

        // a planning horizon no other test projects to (cascade tests plan at most eight years ahead)
        LocalDate mulai = LocalDate.of(hariIni.getYear() + 9, 1, 1);
        assertThat(mulai).isAfter(AturanUji.mulaiBerikut(jdbc, "BUP", 0));
        ObjectNode nilai = (ObjectNode) lama.get("nilai").deepCopy();
        nilai.get("perJf").forEach(e -> {
            if (e.get("kunci").asString().equals("GURU")) {
                ((ObjectNode) e).put("bup", 62);
            }
        });
        int baru = json.readTree(mvc.perform(post("/api/v1/aturan")
                                .with(httpBasic(BKD, SANDI))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(json.writeValueAsString(json.createObjectNode()
                                        .put("kode", "BUP")
                                        .put("berlakuMulai", mulai.toString())
                                        .put("dasarHukum", "Undang-Undang Contoh 1/2034 tentang Guru Pasal 40")
                                        .set("nilai", nilai))))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("nomor")
                .asInt();
        mvc.perform(post("/api/v1/aturan/BUP/versi/" + baru + "/setujui")
                        .with(httpBasic(PPK, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versi\":0}"))
                .andExpect(status().isOk());

        ProyeksiPensiun.Pensiun sebelum = proyeksi.sampai(mulai.minusDays(1)).stream()
                .filter(p -> p.nip().equals(nip))
                .findFirst()
                .orElseThrow();
        assertThat(sebelum.bup()).isEqualTo(60);
        assertThat(sebelum.tmtPensiun()).isEqualTo(LocalDate.of(2026, 6, 1));
        ProyeksiPensiun.Pensiun sesudah = proyeksi.sampai(mulai.withMonth(12).withDayOfMonth(31)).stream()
                .filter(p -> p.nip().equals(nip))
                .findFirst()
                .orElseThrow();
        assertThat(sesudah.bup()).isEqualTo(62);
        assertThat(sesudah.tmtPensiun()).isEqualTo(LocalDate.of(2028, 6, 1));
    }
}
