package id.aparatur.kompetensi;

import static id.aparatur.kompetensi.KompetensiUji.BKD;
import static id.aparatur.kompetensi.KompetensiUji.PEGAWAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@UjiIntegrasi
class KompetensiHalamanIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PengelolaanPengguna pengguna;

    @Autowired
    UserDetailsService akun;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void siapkan() {
        KompetensiUji.siapkan(pengguna, jdbc);
    }

    private RequestPostProcessor bkd() {
        return user(akun.loadUserByUsername(BKD));
    }

    private RequestPostProcessor pegawai() {
        return user(akun.loadUserByUsername(PEGAWAI));
    }

    private MockHttpServletRequestBuilder formBaru(String kode, String nama) {
        MockHttpServletRequestBuilder r = post("/kompetensi/baru")
                .param("kode", kode)
                .param("nama", nama)
                .param("jenis", "MANAJERIAL")
                .param("rumpunKode", "")
                .param("definisi", "Definisi " + nama)
                .param("dasarHukum", "PermenPANRB 38/2017")
                .param("berlakuMulai", "2018-01-01");
        for (int i = 0; i < 5; i++) {
            r.param("level[" + i + "].level", String.valueOf(i + 1))
                    .param("level[" + i + "].deskripsi", "Deskripsi " + (i + 1))
                    .param("level[" + i + "].indikator", "Indikator " + (i + 1));
        }
        return r;
    }

    private void buat(String kode) throws Exception {
        mvc.perform(formBaru(kode, "Kompetensi " + kode).with(bkd()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/kompetensi/" + kode));
    }

    @Test
    void daftarTampilSebagaiHalamanPenuhTanpaHxRequest() throws Exception {
        buat("UH.01");

        mvc.perform(get("/kompetensi").param("q", "UH.01").with(pegawai()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"filter-kompetensi\"")))
                .andExpect(content().string(containsString("id=\"tabel-kompetensi\"")))
                .andExpect(content().string(containsString("Kamus Kompetensi")))
                .andExpect(content().string(containsString("UH.01")))
                .andExpect(content().string(containsString("/kompetensi/ekspor?q=UH.01")))
                .andExpect(content().string(not(containsString("href=\"/kompetensi/baru\""))));
    }

    @Test
    void daftarDenganHxRequestHanyaMengirimTabel() throws Exception {
        buat("UH.02");

        String isi = mvc.perform(get("/kompetensi")
                        .param("q", "UH.02")
                        .header("HX-Request", "true")
                        .with(pegawai()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi)
                .contains("id=\"tabel-kompetensi\"")
                .contains("UH.02")
                .doesNotContain("<html")
                .doesNotContain("navbar")
                .doesNotContain("filter-kompetensi");
    }

    @Test
    void tombolTambahHanyaUntukAdminBkd() throws Exception {
        mvc.perform(get("/kompetensi").with(bkd()))
                .andExpect(content().string(containsString("href=\"/kompetensi/baru\"")));
        mvc.perform(get("/kompetensi/baru").with(pegawai())).andExpect(status().isForbidden());
    }

    @Test
    void rinciMenampilkanLimaLevel() throws Exception {
        buat("UH.03");

        String isi = mvc.perform(get("/kompetensi/UH.03").with(pegawai()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi)
                .contains("Definisi Kompetensi UH.03")
                .contains("PermenPANRB 38/2017")
                .contains("Indikator 1")
                .contains("Indikator 5")
                .contains("Indikator perilaku")
                .doesNotContain("/kompetensi/UH.03/ubah");
        mvc.perform(get("/kompetensi/ZZ.98").with(pegawai())).andExpect(status().isNotFound());
    }

    @Test
    void formTanpaCsrfDitolak() throws Exception {
        mvc.perform(formBaru("UH.04", "Tanpa token").with(bkd())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM kompetensi.kompetensi WHERE kode = 'UH.04'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void formTidakSahMenampilkanGalatDanMempertahankanIsian() throws Exception {
        String isi = mvc.perform(formBaru("uh-5", "Nama yang diketik")
                        .param("level[2].indikator", "")
                        .param("berlakuSampai", "2017-01-01")
                        .with(bkd())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi)
                .contains("Kode harus berpola seperti M.01")
                .contains("value=\"uh-5\"")
                .contains("value=\"Nama yang diketik\"")
                .contains("is-invalid");
    }

    @Test
    void galatAturanDomainDitampilkanDiSampingIsian() throws Exception {
        String isi = mvc.perform(formBaru("UH.06", "Mundur")
                        .param("berlakuSampai", "2017-01-01")
                        .with(bkd())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi).contains("Tanggal berlaku sampai tidak boleh sebelum tanggal berlaku mulai.");
    }

    @Test
    void ubahLaluNonaktifkanLewatForm() throws Exception {
        buat("UH.07");
        mvc.perform(get("/kompetensi/UH.07/ubah").with(bkd()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Kompetensi UH.07\"")));
        mvc.perform(formBaru("UH.07", "Nama Diubah")
                        .param("versi", "0")
                        .with(bkd())
                        .with(csrf())
                        .with(r -> {
                            r.setRequestURI("/kompetensi/UH.07/ubah");
                            return r;
                        }))
                .andExpect(redirectedUrl("/kompetensi/UH.07"));

        mvc.perform(post("/kompetensi/UH.07/nonaktifkan")
                        .param("tanggal", "2025-01-31")
                        .param("alasan", "")
                        .with(bkd())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi.")));
        mvc.perform(post("/kompetensi/UH.07/nonaktifkan")
                        .param("tanggal", "2025-01-31")
                        .param("alasan", "Tidak dipakai lagi")
                        .with(bkd())
                        .with(csrf()))
                .andExpect(redirectedUrl("/kompetensi/UH.07"));

        mvc.perform(get("/kompetensi/UH.07").with(pegawai()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nama Diubah")))
                .andExpect(content().string(containsString("Nonaktif sejak 31-01-2025")));
        assertThat(jdbc.sql("SELECT aksi FROM audit.jejak_audit WHERE entitas = 'KOMPETENSI' AND entitas_id = 'UH.07' "
                                + "ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("BUAT", "UBAH", "NONAKTIFKAN");
    }

    @Test
    void eksporExcelMengikutiSaringan() throws Exception {
        buat("UH.08");

        mvc.perform(get("/kompetensi/ekspor").param("q", "UH.08").with(pegawai()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("kamus-kompetensi-")))
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void standarLevelDitambahBkdDanTercatatDiAudit() throws Exception {
        mvc.perform(get("/kompetensi/standar-level").with(pegawai()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"dasarHukum\""))));
        mvc.perform(post("/kompetensi/standar-level")
                        .param("jenisJabatan", "PENGAWAS")
                        .param("jenjang", "")
                        .param("levelManajerial", "2")
                        .param("levelSosialKultural", "2")
                        .param("berlakuMulai", "2030-01-01")
                        .param("dasarHukum", "Uji standar level")
                        .with(bkd())
                        .with(csrf()))
                .andExpect(redirectedUrl("/kompetensi/standar-level"));
        mvc.perform(post("/kompetensi/standar-level")
                        .param("jenisJabatan", "PENGAWAS")
                        .param("jenjang", "")
                        .param("levelManajerial", "3")
                        .param("levelSosialKultural", "3")
                        .param("berlakuMulai", "2030-01-01")
                        .param("dasarHukum", "Uji ganda")
                        .with(bkd())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sudah ada")));
        mvc.perform(post("/kompetensi/standar-level")
                        .param("jenisJabatan", "PENGAWAS")
                        .param("levelManajerial", "2")
                        .param("levelSosialKultural", "2")
                        .param("berlakuMulai", "2031-01-01")
                        .param("dasarHukum", "Pegawai")
                        .with(pegawai())
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/kompetensi/standar-level").with(bkd()))
                .andExpect(content().string(containsString("Uji standar level")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'STANDAR_LEVEL' "
                                + "AND ringkasan LIKE '%PENGAWAS%2030-01-01%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
