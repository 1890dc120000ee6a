package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.application.PenggunaRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The performance dashboard opens on data (issue 15 item 12): without parameters BKD and the PPK see the whole Pemda
 * in the latest year (not after this one) that has rated SKP — on the demo, last year's FINAL SKP — and the year can
 * be chosen among the years with ratings and this year. The head of an OPD opens on their OPD's latest rated year.
 */
@UjiIntegrasi
class DasborBawaanIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenggunaRepository pengguna;

    @Autowired
    Clock clock;

    /** What the dashboard must open on: computed from the data, as other tests may add rated SKP of other years. */
    int tahunTerakhirDinilai(String syarat, Object... param) {
        return jdbc.sql(
                        "SELECT max(tahun) FROM kinerja.skp WHERE status IN ('DINILAI', 'FINAL') AND predikat IS NOT NULL "
                                + "AND tahun <= ? " + syarat)
                .params(prepend(LocalDate.now(clock).getYear(), param))
                .query(Integer.class)
                .single();
    }

    static Object[] prepend(Object a, Object[] b) {
        Object[] x = new Object[b.length + 1];
        x[0] = a;
        System.arraycopy(b, 0, x, 1, b.length);
        return x;
    }

    @Test
    void bkdDanPpkMembukaSeluruhPemdaPadaTahunTerakhirYangSudahDinilai() throws Exception {
        int tahunIni = LocalDate.now(clock).getYear();
        int tahun = tahunTerakhirDinilai("");
        // the demo holds last year's final SKP (this year's are only agreed); other tests may rate this year's
        assertThat(tahun).isBetween(tahunIni - 1, tahunIni);
        long dinilai = jdbc.sql("SELECT count(*) FROM kinerja.skp WHERE tahun = ? AND status IN ('DINILAI', 'FINAL') "
                        + "AND predikat IS NOT NULL")
                .param(tahun)
                .query(Long.class)
                .single();
        long opd = jdbc.sql("SELECT count(DISTINCT opd_id) FROM pegawai.v_pegawai WHERE aktif AND unit_id IS NOT NULL")
                .query(Long.class)
                .single();
        for (String akun : new String[] {"bkd", "ppk"}) {
            mvc.perform(get("/api/v1/kinerja/dasbor")
                            .with(user(pengguna.cari(akun).orElseThrow())))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.tahun").value(tahun))
                    .andExpect(jsonPath("$.lingkup.opdId").doesNotExist())
                    .andExpect(jsonPath("$.lingkup.seluruhPemda").value(true))
                    .andExpect(jsonPath("$.pilihanTahun").value(hasItem(tahun)))
                    .andExpect(jsonPath("$.pilihanTahun").value(hasItem(tahunIni)))
                    .andExpect(jsonPath("$.rekap.distribusi.total").value((int) dinilai))
                    // one row per OPD with employees
                    .andExpect(jsonPath("$.rekap.unit.length()").value((int) opd));
        }
        mvc.perform(get("/kinerja/dasbor").with(user(pengguna.cari("bkd").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-lingkup=\"PEMDA\"")))
                .andExpect(content().string(containsString("data-tahun=\"" + tahun + "\"")))
                .andExpect(content()
                        .string(containsString("<option value=\"\" selected=\"selected\">Seluruh Pemda</option>")))
                .andExpect(content().string(containsString("<option value=\"" + tahunIni + "\"")))
                .andExpect(content().string(containsString("Predikat per OPD")))
                .andExpect(content().string(not(containsString("id=\"tanpa-penilaian\""))));
        // Any year can still be chosen; a year without ratings says so.
        int tanpaPenilaian = jdbc.sql("SELECT min(tahun) - 1 FROM kinerja.skp")
                .query(Integer.class)
                .single();
        mvc.perform(get("/kinerja/dasbor")
                        .param("tahun", String.valueOf(tanpaPenilaian))
                        .with(user(pengguna.cari("bkd").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tanpa-penilaian\"")));
    }

    @Test
    void pimpinanOpdMembukaOpdSendiriPadaTahunTerakhirYangSudahDinilai() throws Exception {
        long disdik = jdbc.sql("SELECT id FROM organisasi.v_opd WHERE kode = 'DISDIK'")
                .query(Long.class)
                .single();
        int tahun = tahunTerakhirDinilai("AND opd_id = ?", disdik);
        mvc.perform(get("/api/v1/kinerja/dasbor")
                        .with(user(pengguna.cari("kadis.pendidikan").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tahun").value(tahun))
                .andExpect(jsonPath("$.lingkup.opdId").value(disdik))
                .andExpect(jsonPath("$.lingkup.seluruhPemda").value(false))
                .andExpect(jsonPath("$.rekap.distribusi.total").value(org.hamcrest.Matchers.greaterThan(0)));
        // BKD choosing an OPD without a year: that OPD's latest rated year, the same numbers as its head sees.
        mvc.perform(get("/api/v1/kinerja/dasbor")
                        .param("opd", String.valueOf(disdik))
                        .with(user(pengguna.cari("bkd").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lingkup.opdId").value(disdik))
                .andExpect(jsonPath("$.tahun").value(tahun));
    }
}
