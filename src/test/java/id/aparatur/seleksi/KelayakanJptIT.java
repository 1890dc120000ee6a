package id.aparatur.seleksi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.aparatur.UjiIntegrasi;
import id.aparatur.pegawai.PegawaiFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The JPT pratama eligibility hints at their edges, through the API (PP 11/2017 jo. PP 17/2020 Pasal 107;
 * PermenPANRB 15/2019): the age is checked on the planned inauguration date (the planned end of the PENETAPAN stage),
 * where 56 years and 11 months does not pass; a sanction sedang that ended years ago still fails the disciplinary
 * record ("tidak pernah dijatuhi hukuman disiplin tingkat sedang atau berat").
 */
@UjiIntegrasi
class KelayakanJptIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final LocalDate AKHIR_PENGUMUMAN = LocalDate.of(2026, 3, 14);
    static final LocalDate PELANTIKAN = LocalDate.of(2026, 7, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String kirim(MockHttpServletRequestBuilder b, String json, int status) throws Exception {
        return mvc.perform(b.with(BKD).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void usiaSaatPelantikanDanRekamJejakDisiplin() throws Exception {
        SeleksiFixture fixture = new SeleksiFixture(jdbc);
        PegawaiFixture pegawai = new PegawaiFixture(jdbc);
        long jabatan = fixture.jptLowong();
        List<String> nip = fixture.pelamarInternal(3);
        String tua = nip.get(0);
        String pernahDihukum = nip.get(1);
        String muda = nip.get(2);
        pegawai.lahir(tua, PELANTIKAN.minusYears(56).minusMonths(11)); // 56 years 11 months at the inauguration
        pegawai.lahir(muda, PELANTIKAN.minusYears(56).plusDays(1)); // one day short of 56
        pegawai.hukumanDisiplin(pernahDihukum, "SEDANG", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31));

        String isi = kirim(post("/api/v1/seleksi-terbuka"), "{\"jabatanId\": " + jabatan + "}", 201);
        long id = ((Number) JsonPath.read(isi, "$.id")).longValue();
        kirim(
                post("/api/v1/seleksi-terbuka/" + id + "/pansel"),
                "{\"nama\": \"Prof. Ketua\", \"peran\": \"KETUA\"}",
                200);
        kirim(
                put("/api/v1/seleksi-terbuka/" + id + "/jadwal"),
                "{\"PENGUMUMAN\": {\"mulai\": \"2026-03-01\", \"selesai\": \"" + AKHIR_PENGUMUMAN
                        + "\"}, \"PENETAPAN\": {\"mulai\": \"2026-07-01\", \"selesai\": \"" + PELANTIKAN + "\"}}",
                200);
        kirim(post("/api/v1/seleksi-terbuka/" + id + "/lanjutkan"), "", 200);
        for (String n : nip) {
            kirim(post("/api/v1/seleksi-terbuka/" + id + "/peserta"), "{\"nip\": \"" + n + "\"}", 201);
        }
        String rinci = mvc.perform(get("/api/v1/seleksi-terbuka/" + id).with(BKD))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(hasil(rinci, tua, "USIA")).isEqualTo("TIDAK_MEMENUHI");
        assertThat(hasil(rinci, muda, "USIA")).isEqualTo("MEMENUHI");
        assertThat(hasil(rinci, pernahDihukum, "HUKUMAN_DISIPLIN")).isEqualTo("TIDAK_MEMENUHI");
        assertThat(hasil(rinci, muda, "HUKUMAN_DISIPLIN")).isEqualTo("MEMENUHI");
    }

    static String hasil(String rinci, String nip, String syarat) {
        List<Map<String, Object>> p =
                JsonPath.read(rinci, "$.peserta[?(@.nip == '" + nip + "')].petunjuk[?(@.syarat == '" + syarat + "')]");
        assertThat(p).as(nip + " " + syarat).hasSize(1);
        return (String) p.get(0).get("hasil");
    }
}
