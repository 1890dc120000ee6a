package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.organisasi.OrganisasiFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * PPPK are not PNS: registered with an NI PPPK (which is no NIP) and without TMT CPNS, golongan I–XVII; the NI PPPK is
 * rejected only for what is documented (18 digits), its unconfirmed readings are warnings.
 */
@UjiIntegrasi
class PppkIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long jabatan;
    PegawaiFixture pegawai;

    @BeforeEach
    void tempat() {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji PPPK");
        jabatan = org.jabatanFungsionalBaru(opd.id(), opd.unitId(), "AHLI_PERTAMA", "GURU");
        pegawai = new PegawaiFixture(jdbc);
    }

    String badan(String nip, String tambahan) {
        return "{\"nip\":\"" + nip + "\",\"nama\":\"Guru PPPK Uji\",\"jabatanId\":" + jabatan + tambahan + "}";
    }

    @Test
    void pppkTanpaTmtCpnsDiterima() throws Exception {
        String ni = pegawai.niPppkBaru(LocalDate.of(1990, 3, 14));
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(badan(ni, ",\"statusKepegawaian\":\"PPPK\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nip").value(ni))
                .andExpect(jsonPath("$.statusKepegawaian").value("PPPK"))
                .andExpect(jsonPath("$.tmtCpns").doesNotExist())
                .andExpect(jsonPath("$.tanggalLahir").value("1990-03-14"))
                .andExpect(jsonPath("$.jenisKelamin").value("P"))
                .andExpect(jsonPath("$.peringatan").doesNotExist());
        assertThat(jdbc.sql("SELECT status_kepegawaian || '/' || coalesce(tmt_cpns::text, '-') FROM pegawai.pegawai "
                                + "WHERE nip = ?")
                        .param(ni)
                        .query(String.class)
                        .single())
                .isEqualTo("PPPK/-");
        mvc.perform(get("/api/v1/pegawai/" + ni).with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusKepegawaian").value("PPPK"))
                .andExpect(jsonPath("$.tmtCpns").doesNotExist())
                .andExpect(jsonPath("$.bup").value(60))
                .andExpect(jsonPath("$.tmtPensiun").value("2050-04-01"))
                .andExpect(jsonPath("$.ketidaksesuaianNip").isEmpty());
        // The same number as a PNS (the default) is not a NIP: digits 13-14 are no month.
        String lain = pegawai.niPppkBaru(LocalDate.of(1990, 3, 15));
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(badan(lain, "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nip")));
    }

    @Test
    void pppkDenganTmtCpnsAtauBukan18AngkaDitolak() throws Exception {
        String ni = pegawai.niPppkBaru(LocalDate.of(1991, 1, 2));
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(badan(ni, ",\"statusKepegawaian\":\"PPPK\",\"tmtCpns\":\"2023-01\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("tmtCpns")));
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(badan(ni.substring(1), ",\"statusKepegawaian\":\"PPPK\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("nip")));
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(badan(ni, ",\"statusKepegawaian\":\"HONORER\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("statusKepegawaian")));
        assertThat(jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE nip = ?")
                        .param(ni)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void bacaanNiPppkYangBelumTerkonfirmasiHanyaPeringatan() throws Exception {
        // Digits 1-8 are no date and digit 15 no gender: a real number of an unconfirmed layout is still accepted.
        String ni = "199013992023213419";
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(badan(ni, ",\"statusKepegawaian\":\"PPPK\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("tanggalLahir")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("jenisKelamin")));
        mvc.perform(
                        post("/api/v1/pegawai")
                                .with(BKD)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        badan(
                                                ni,
                                                ",\"statusKepegawaian\":\"PPPK\",\"tanggalLahir\":\"1990-12-09\",\"jenisKelamin\":\"L\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.peringatan[*].kode", hasItem("ni-pppk.tanggal-lahir")))
                .andExpect(jsonPath("$.peringatan[*].kode", hasItem("ni-pppk.jenis-kelamin")));
        mvc.perform(get("/api/v1/pegawai/" + ni).with(BKD))
                .andExpect(jsonPath("$.ketidaksesuaianNip[*].kode", hasItem("ni-pppk.tanggal-lahir")));
    }

    @Test
    void golonganPppkSatuSampaiTujuhBelas() throws Exception {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Golongan PPPK");
        String ni = pegawai.pppkBaru(
                new PegawaiFixture.Tempat(opd.id(), opd.unitId(), org.pelaksanaBaru(opd, 2)), LocalDate.of(1992, 8, 8));
        int versi = jdbc.sql("SELECT versi FROM pegawai.pegawai WHERE nip = ?")
                .param(ni)
                .query(Integer.class)
                .single();
        String profil =
                "{\"statusKepegawaian\":\"PPPK\",\"golongan\":\"%s\",\"pendidikanTingkat\":\"S1\",\"versi\":%d}";
        mvc.perform(put("/api/v1/pegawai/" + ni + "/profil")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(profil.formatted("III/a", versi)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("golongan")));
        mvc.perform(put("/api/v1/pegawai/" + ni + "/profil")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(profil.formatted("X", versi)))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/pegawai/" + ni).with(BKD))
                .andExpect(jsonPath("$.golongan").value("X"))
                .andExpect(jsonPath("$.pangkat").doesNotExist());
        // An NI PPPK does not become a NIP by a change of status.
        mvc.perform(put("/api/v1/pegawai/" + ni + "/profil")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"statusKepegawaian\":\"PNS\",\"golongan\":\"III/a\",\"versi\":" + (versi + 1) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("statusKepegawaian")))
                .andExpect(jsonPath("$.errors[*].field", not(hasItem("golongan"))));
    }
}
