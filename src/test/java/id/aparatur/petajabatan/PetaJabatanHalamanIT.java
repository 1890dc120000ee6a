package id.aparatur.petajabatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.application.PenggunaRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The home page and the peta jabatan pages on the demo Kabupaten: B and K from the data, the org chart, scope. */
@UjiIntegrasi
class PetaJabatanHalamanIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenggunaRepository pengguna;

    long disdik;
    long opdLain;

    RequestPostProcessor sebagai(String username) {
        return user(pengguna.cari(username).orElseThrow());
    }

    @BeforeEach
    void data() {
        disdik = jdbc.sql("SELECT id FROM organisasi.v_opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        opdLain = jdbc.sql("SELECT min(id) FROM organisasi.v_opd WHERE id <> ?")
                .param(disdik)
                .query(Long.class)
                .single();
    }

    @Test
    void berandaDanPetaJabatanMenampilkanBezettingDanKuota() throws Exception {
        mvc.perform(get("/").with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tabel-rekap-opd")))
                .andExpect(content().string(containsString("Dinas Pendidikan")));
        mvc.perform(get("/organisasi/opd/" + disdik + "/peta-jabatan").with(sebagai("kadis.pendidikan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("peta-jabatan")))
                .andExpect(content().string(containsString("bagan-organisasi")));
        mvc.perform(get("/organisasi/opd/" + disdik + "/peta-jabatan/bagan").with(sebagai("kadis.pendidikan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"children\"")));
        // Another OPD's map is out of the OPD head's scope.
        mvc.perform(get("/organisasi/opd/" + opdLain + "/peta-jabatan").with(sebagai("kadis.pendidikan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisasi/opd/" + opdLain + "/peta-jabatan/bagan").with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isNotFound());
    }

    @Test
    void petaJabatanMenghitungBDanKDariData() throws Exception {
        long k = jdbc.sql("SELECT sum(kuota) FROM organisasi.v_jabatan WHERE opd_id = ? AND aktif")
                .param(disdik)
                .query(Long.class)
                .single();
        long b = jdbc.sql("SELECT count(*) FROM pegawai.v_pegawai_aktif WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        String html = mvc.perform(
                        get("/organisasi/opd/" + disdik + "/peta-jabatan").with(sebagai("bkd")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("B " + b + " / K " + k);
    }

    @Test
    void eksporPetaJabatanDalamCakupan() throws Exception {
        mvc.perform(get("/organisasi/opd/" + disdik + "/peta-jabatan/ekspor").with(sebagai("kadis.pendidikan")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .asyncStarted());
        mvc.perform(get("/organisasi/opd/" + opdLain + "/peta-jabatan/ekspor").with(sebagai("kadis.pendidikan")))
                .andExpect(status().isNotFound());
    }
}
