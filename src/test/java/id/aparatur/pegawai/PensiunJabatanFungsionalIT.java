package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.organisasi.OrganisasiFixture;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A guru retires at 60 (UU 14/2005), everyone else of the same jenjang at 58: in the retirement projection that the
 * cascade and the peta kebutuhan use, and in the profile's BUP and TMT pensiun. The JF comes from the jabatan's
 * {@code kode_jf} in organisasi's read contract.
 */
@UjiIntegrasi
class PensiunJabatanFungsionalIT {

    static final LocalDate LAHIR = LocalDate.of(1966, 5, 20);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProyeksiPensiun proyeksi;

    @Test
    void guruLahir1966PensiunUsia60BukanGuruUsia58() throws Exception {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Pensiun Guru");
        long guru = org.jabatanFungsionalBaru(opd.id(), opd.unitId(), "AHLI_MUDA", "GURU");
        long lain = org.jabatanFungsionalBaru(opd.id(), opd.unitId(), "AHLI_MUDA", null);
        PegawaiFixture pegawai = new PegawaiFixture(jdbc);
        String nipGuru = pegawai.pnsLahir(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), guru), LAHIR);
        String nipLain = pegawai.pnsLahir(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), lain), LAHIR);

        Map<String, ProyeksiPensiun.Pensiun> pensiun = proyeksi.sampai(LocalDate.of(2026, 12, 31)).stream()
                .filter(p -> p.nip().equals(nipGuru) || p.nip().equals(nipLain))
                .collect(Collectors.toMap(ProyeksiPensiun.Pensiun::nip, p -> p));
        assertThat(pensiun.get(nipGuru).bup()).isEqualTo(60);
        assertThat(pensiun.get(nipGuru).tmtPensiun()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(pensiun.get(nipLain).bup()).isEqualTo(58);
        assertThat(pensiun.get(nipLain).tmtPensiun()).isEqualTo(LocalDate.of(2024, 6, 1));
        // The day before the guru's TMT pensiun, the guru is not yet projected to leave.
        assertThat(proyeksi.sampai(LocalDate.of(2026, 5, 31)))
                .noneMatch(p -> p.nip().equals(nipGuru));

        mvc.perform(get("/api/v1/pegawai/" + nipGuru).with(httpBasic("bkd", "aparatur-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bup").value(60))
                .andExpect(jsonPath("$.tmtPensiun").value("2026-06-01"));
        mvc.perform(get("/api/v1/pegawai/" + nipLain).with(httpBasic("bkd", "aparatur-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bup").value(58))
                .andExpect(jsonPath("$.tmtPensiun").value("2024-06-01"));
    }

    @Test
    void kodeJfTerbitDiKontrakBacaDanJabatanApi() throws Exception {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Kode JF");
        long guru = org.jabatanFungsionalBaru(opd.id(), opd.unitId(), "AHLI_PERTAMA", "GURU");
        assertThat(jdbc.sql("SELECT kode_jf FROM organisasi.v_jabatan WHERE id = ?")
                        .param(guru)
                        .query(String.class)
                        .single())
                .isEqualTo("GURU");
        mvc.perform(get("/api/v1/jabatan/" + guru).with(httpBasic("bkd", "aparatur-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kodeJf").value("GURU"));
    }
}
