package id.aparatur.kompetensi;

import static id.aparatur.kompetensi.KompetensiUji.BKD;
import static id.aparatur.kompetensi.KompetensiUji.PEGAWAI;
import static id.aparatur.kompetensi.KompetensiUji.RUMPUN;
import static id.aparatur.kompetensi.KompetensiUji.SANDI;
import static id.aparatur.kompetensi.KompetensiUji.baru;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@UjiIntegrasi
class KompetensiApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PengelolaanPengguna pengguna;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void siapkan() {
        KompetensiUji.siapkan(pengguna, jdbc);
    }

    private MockHttpServletRequestBuilder sebagaiBkd(MockHttpServletRequestBuilder r) {
        return r.with(httpBasic(BKD, SANDI)).contentType(MediaType.APPLICATION_JSON);
    }

    private void buat(String kode, String jenis, String rumpun) throws Exception {
        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi")).content(baru(kode, "Kompetensi " + kode, jenis, rumpun)))
                .andExpect(status().isCreated());
    }

    @Test
    void daftarBerhalamanDenganBentukJsonBaku() throws Exception {
        buat("UA.01", "MANAJERIAL", null);
        buat("UA.02", "MANAJERIAL", null);

        mvc.perform(get("/api/v1/kompetensi")
                        .param("q", "UA.0")
                        .param("size", "1")
                        .param("page", "0")
                        .with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].kode").value("UA.01"))
                .andExpect(jsonPath("$.page.size").value(1))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalElements", greaterThanOrEqualTo(2)))
                .andExpect(jsonPath("$.page.totalPages", greaterThanOrEqualTo(2)));
    }

    @Test
    void saringJenisRumpunDanStatusAktif() throws Exception {
        buat("T.UJI.11", "TEKNIS", RUMPUN);
        buat("T.UJI.12", "TEKNIS", RUMPUN);
        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi/T.UJI.12/nonaktifkan"))
                        .content("{\"tanggal\":\"2024-12-31\",\"alasan\":\"Digabung\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/kompetensi")
                        .param("jenis", "TEKNIS")
                        .param("rumpun", RUMPUN)
                        .with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(jsonPath("$.content[*].jenis", everyItem(is("TEKNIS"))))
                .andExpect(jsonPath("$.content[*].rumpunKode", everyItem(is(RUMPUN))))
                .andExpect(jsonPath("$.content[*].kode", hasItem("T.UJI.12")));
        mvc.perform(get("/api/v1/kompetensi")
                        .param("rumpun", RUMPUN)
                        .param("aktif", "false")
                        .with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(jsonPath("$.content[*].aktif", everyItem(is(false))))
                .andExpect(jsonPath("$.content[*].kode", hasItem("T.UJI.12")));
        mvc.perform(get("/api/v1/kompetensi")
                        .param("rumpun", RUMPUN)
                        .param("aktif", "true")
                        .with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(jsonPath("$.content[*].aktif", everyItem(is(true))))
                .andExpect(jsonPath("$.content[*].kode", hasItem("T.UJI.11")));
        mvc.perform(get("/api/v1/kompetensi").param("q", "kompetensi t.uji.11").with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(jsonPath("$.content", hasSize(1)));
    }

    @Test
    void rinciBesertaLimaLevel() throws Exception {
        buat("UA.03", "SOSIAL_KULTURAL", null);

        mvc.perform(get("/api/v1/kompetensi/UA.03").with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kode").value("UA.03"))
                .andExpect(jsonPath("$.jenis").value("SOSIAL_KULTURAL"))
                .andExpect(jsonPath("$.dasarHukum").value("PermenPANRB 38/2017"))
                .andExpect(jsonPath("$.berlakuMulai").value("2018-01-01"))
                .andExpect(jsonPath("$.aktif").value(true))
                .andExpect(jsonPath("$.versi").value(0))
                .andExpect(jsonPath("$.level", hasSize(5)))
                .andExpect(jsonPath("$.level[0].level").value(1))
                .andExpect(jsonPath("$.level[4].indikator").value("Indikator level 5"));
    }

    @Test
    void buatMenjawab201DenganLocationDanMencatatAudit() throws Exception {
        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi"))
                        .content(baru("UA.04", "Kompetensi UA.04", "MANAJERIAL", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/kompetensi/UA.04")))
                .andExpect(jsonPath("$.kode").value("UA.04"));

        Map<String, Object> jejak = jdbc.sql("SELECT pengguna, aksi, sesudah::text AS sesudah FROM audit.jejak_audit "
                        + "WHERE entitas = 'KOMPETENSI' AND entitas_id = 'UA.04'")
                .query()
                .singleRow();
        assertThat(jejak).containsEntry("pengguna", BKD).containsEntry("aksi", "BUAT");
        assertThat((String) jejak.get("sesudah")).contains("Kompetensi UA.04");
    }

    @Test
    void tolakIsianTidakSahDengan400DanDaftarGalat() throws Exception {
        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi")).content(baru("ua-5", "", "MANAJERIAL", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", hasItem("kode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nama")))
                .andExpect(jsonPath("$.errors[?(@.field == 'nama')].message", hasItem("Wajib diisi.")));
    }

    @Test
    void tolakKompetensiTeknisTanpaRumpunDengan400() throws Exception {
        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi")).content(baru("T.UJI.05", "Teknis", "TEKNIS", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rumpunKode"))
                .andExpect(jsonPath("$.errors[0].message").value("Kompetensi teknis wajib memiliki rumpun jabatan."));
    }

    @Test
    void tanpaKredensialDijawab401() throws Exception {
        mvc.perform(get("/api/v1/kompetensi")).andExpect(status().isUnauthorized());
    }

    @Test
    void pegawaiTidakBolehMenambahKompetensi() throws Exception {
        mvc.perform(post("/api/v1/kompetensi")
                        .with(httpBasic(PEGAWAI, SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(baru("UA.06", "Kompetensi UA.06", "MANAJERIAL", null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/kompetensi/UA.06").with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(status().isNotFound());
    }

    @Test
    void kodeTidakDikenalDijawab404() throws Exception {
        mvc.perform(get("/api/v1/kompetensi/ZZ.99").with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void kodeGandaDijawab409() throws Exception {
        buat("UA.07", "MANAJERIAL", null);

        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi")).content(baru("UA.07", "Lagi", "MANAJERIAL", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Kode kompetensi sudah dipakai (termasuk oleh kompetensi nonaktif)."));
    }

    @Test
    void ubahDenganVersiUsangDijawab409() throws Exception {
        buat("UA.08", "MANAJERIAL", null);
        String ubah = baru("UA.08", "Nama Baru", "MANAJERIAL", null).replace("\"kode\":\"UA.08\",", "\"versi\":0,");

        mvc.perform(sebagaiBkd(put("/api/v1/kompetensi/UA.08")).content(ubah))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nama").value("Nama Baru"))
                .andExpect(jsonPath("$.versi").value(1));
        mvc.perform(sebagaiBkd(put("/api/v1/kompetensi/UA.08")).content(ubah)).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'KOMPETENSI' "
                                + "AND entitas_id = 'UA.08' AND aksi = 'UBAH'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void nonaktifkanTetapDapatDibacaDanAlasanTercatat() throws Exception {
        buat("UA.09", "MANAJERIAL", null);

        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi/UA.09/nonaktifkan"))
                        .content("{\"tanggal\":\"2025-06-30\",\"alasan\":\"Diganti PermenPANRB baru\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aktif").value(false));
        mvc.perform(get("/api/v1/kompetensi/UA.09").with(httpBasic(PEGAWAI, SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aktif").value(false))
                .andExpect(jsonPath("$.berlakuSampai").value("2025-06-30"))
                .andExpect(jsonPath("$.level", hasSize(5)));
        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi/UA.09/nonaktifkan")).content("{\"alasan\":\"Lagi\"}"))
                .andExpect(status().isConflict());

        String ringkasan = jdbc.sql("SELECT ringkasan FROM audit.jejak_audit WHERE entitas = 'KOMPETENSI' "
                        + "AND entitas_id = 'UA.09' AND aksi = 'NONAKTIFKAN'")
                .query(String.class)
                .single();
        assertThat(ringkasan).contains("Diganti PermenPANRB baru").contains("2025-06-30");
    }

    @Test
    void nonaktifkanTanpaAlasanDitolak() throws Exception {
        buat("UA.10", "MANAJERIAL", null);

        mvc.perform(sebagaiBkd(post("/api/v1/kompetensi/UA.10/nonaktifkan")).content("{\"alasan\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alasan"));
    }
}
