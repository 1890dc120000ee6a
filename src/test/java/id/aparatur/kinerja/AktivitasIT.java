package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.pegawai.PegawaiFixture;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Laporan aktivitas harian through the API on the demo Kabupaten: logging (single and list), every validation rule,
 * overlaps, scope, verification by the direct atasan only, and the month's summary. Each test logs on its own day/slot
 * or for its own employee, so the tests do not depend on each other's order.
 */
@UjiIntegrasi
class AktivitasIT {

    static final String SANDI = "aparatur-demo";
    static final RequestPostProcessor BKD = httpBasic("bkd", SANDI);
    static final RequestPostProcessor PEGAWAI = httpBasic("pegawai.pendidikan", SANDI);
    static final RequestPostProcessor ATASAN = httpBasic("atasan.pendidikan", SANDI);
    static final RequestPostProcessor KADIS = httpBasic("kadis.pendidikan", SANDI);
    static final RequestPostProcessor WEB_PEGAWAI = user("pegawai.pendidikan").roles("PEGAWAI");
    static final RequestPostProcessor ASESOR = httpBasic("asesor", SANDI);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    LocalDate hari;
    String nipPegawai;
    String nipAtasan;
    /** A direct subordinate of atasan.pendidikan. */
    String nipBawahanLangsung;

    String nipLainOpd;

    @BeforeEach
    void data() {
        hari = LocalDate.now();
        nipPegawai = nip("pegawai.pendidikan");
        nipAtasan = nip("atasan.pendidikan");
        nipBawahanLangsung = new PegawaiFixture(jdbc).pegawaiBaru(KinerjaFixture.tempat(jdbc, nipPegawai), nipAtasan);
        nipLainOpd = KinerjaFixture.pegawaiOpdLain(jdbc);
    }

    private String nip(String username) {
        return jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    private static String item(String nip, LocalDate t, String mulai, String selesai, String uraian, String tambahan) {
        return "{" + (nip == null ? "" : "\"nip\":\"" + nip + "\",") + "\"tanggal\":\"" + t + "\",\"mulai\":\"" + mulai
                + "\",\"selesai\":\"" + selesai + "\",\"uraian\":\"" + uraian + "\"" + tambahan + "}";
    }

    private org.springframework.test.web.servlet.ResultActions catat(RequestPostProcessor u, String body)
            throws Exception {
        return mvc.perform(post("/api/v1/kinerja/aktivitas")
                .with(u)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long idDari(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        String s = r.andReturn().getResponse().getContentAsString();
        return Long.parseLong(s.replaceAll(".*\\[(\\d+).*", "$1"));
    }

    @Test
    void pegawaiMencatatSendiriLaluTumpangTindihDitolak() throws Exception {
        LocalDate t = hari.minusDays(1);
        catat(
                        PEGAWAI,
                        item(
                                null,
                                t,
                                "08:00",
                                "09:00",
                                "Menyusun rekap data guru",
                                ",\"keluaran\":\"Rekap\"," + "\"uraianTugasKe\":1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id.length()").value(1));
        catat(PEGAWAI, "[" + item(null, t, "08:30", "09:30", "Rapat koordinasi", "") + "]")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("[0].mulai"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Waktu aktivitas bertumpang tindih dengan aktivitas yang sudah dicatat."));
        // touching ends are not an overlap
        catat(PEGAWAI, "[" + item(null, t, "09:00", "09:30", "Rapat koordinasi", "") + "]")
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/kinerja/aktivitas").param("dari", t.toString()).with(PEGAWAI))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.uraian == 'Menyusun rekap data guru')].menit")
                        .value(hasItem(60)))
                .andExpect(jsonPath("$[?(@.uraian == 'Menyusun rekap data guru')].status")
                        .value(hasItem("DICATAT")))
                .andExpect(jsonPath("$[?(@.uraian == 'Menyusun rekap data guru')].uraianTugas")
                        .isNotEmpty());
        Integer n = jdbc.sql("SELECT count(*) FROM kinerja.aktivitas WHERE nip = ? AND tanggal = ?")
                .param(nipPegawai)
                .param(t)
                .query(Integer.class)
                .single();
        assertThat(n).isEqualTo(2);
    }

    @Test
    void tumpangTindihDalamSatuKirimanTidakMenyimpanApaPun() throws Exception {
        LocalDate t = hari.minusDays(2);
        catat(
                        PEGAWAI,
                        "[" + item(null, t, "10:00", "11:00", "Satu", "") + ","
                                + item(null, t, "10:30", "11:30", "Dua", "") + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[1].mulai"));
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.aktivitas WHERE nip = ? AND tanggal = ?")
                        .param(nipPegawai)
                        .param(t)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void masukanBurukDisebutPerButirDanIsian() throws Exception {
        LocalDate t = hari.minusDays(2);
        String body = "[" + item(null, t, "13:00", "14:00", "Benar", "") + ","
                + "{\"tanggal\":\"02-11-2026\",\"mulai\":\"08:00\",\"selesai\":\"09:00\",\"uraian\":\"Tanggal salah\"},"
                + item(null, t, "15:00", "14:00", "Terbalik", "") + ","
                + item(null, t, "15:00", "15:30", "ab", "") + ","
                + item(null, hari.minusDays(8), "08:00", "09:00", "Terlalu lama", "") + ","
                + item(null, hari.plusDays(1), "08:00", "09:00", "Masa depan", "") + ","
                + item(null, t, "16:00", "16:30", "Butir tidak ada", ",\"uraianTugasKe\":99") + ","
                + item(null, t, "25:00", "26:00", "Jam salah", "") + ","
                + "{\"tanggal\":\"" + t
                + "\",\"mulai\":\"17:00\",\"selesai\":\"17:30\",\"uraian\":\"x\",\"rhkId\":\"abc\"}"
                + "]";
        catat(PEGAWAI, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "[1].tanggal", "[3].uraian", "[7].mulai", "[7].selesai", "[8].uraian", "[8].rhkId")));
        // without the malformed item every remaining rule answers on its own field
        String tanpa = body.substring(0, body.lastIndexOf(",{")) + "]";
        catat(PEGAWAI, tanpa)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder(
                                "[1].tanggal",
                                "[2].selesai",
                                "[3].uraian",
                                "[4].tanggal",
                                "[5].selesai",
                                "[6].uraianTugasKe",
                                "[7].mulai",
                                "[7].selesai")));
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.aktivitas WHERE nip = ? AND tanggal = ?")
                        .param(nipPegawai)
                        .param(t)
                        .query(Integer.class)
                        .single())
                .isZero();
        catat(PEGAWAI, "[]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("aktivitas"));
    }

    @Test
    void pegawaiTidakMencatatUntukOrangLainBkdBoleh() throws Exception {
        LocalDate t = hari.minusDays(5);
        catat(PEGAWAI, item(nipAtasan, t, "08:00", "09:00", "Bukan milik sendiri", ""))
                .andExpect(status().isForbidden());
        catat(BKD, item(nipAtasan, t, "08:00", "09:00", "Dicatat BKD", "")).andExpect(status().isCreated());
        catat(BKD, item(null, t, "08:00", "09:00", "BKD tanpa NIP", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[0].nip"));
    }

    @Test
    void cakupanBacaan() throws Exception {
        mvc.perform(get("/api/v1/kinerja/aktivitas").param("nip", nipLainOpd).with(PEGAWAI))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kinerja/aktivitas").param("nip", nipLainOpd).with(KADIS))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kinerja/aktivitas").param("nip", nipLainOpd).with(ATASAN))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kinerja/aktivitas").param("nip", nipAtasan).with(PEGAWAI))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kinerja/aktivitas").param("nip", nipLainOpd).with(BKD))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/kinerja/aktivitas").param("nip", nipPegawai).with(ATASAN))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/kinerja/aktivitas").param("nip", nipPegawai).with(KADIS))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/pegawai/" + nipLainOpd + "/aktivitas/ringkasan")
                        .param("bulan", "2026-11")
                        .with(KADIS))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/kinerja/aktivitas")
                        .param("dari", "2026-11-10")
                        .param("sampai", "2026-11-01")
                        .with(PEGAWAI))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sampai"));
    }

    @Test
    void atasanLangsungMemverifikasiDanMenolak() throws Exception {
        LocalDate t = hari.minusDays(3);
        long a = idDari(catat(BKD, item(nipBawahanLangsung, t, "08:00", "09:00", "Satu", ""))
                .andExpect(status().isCreated()));
        long b = idDari(catat(BKD, item(nipBawahanLangsung, t, "09:00", "10:00", "Dua", ""))
                .andExpect(status().isCreated()));
        // in scope but not the direct atasan: 403; out of scope: 404
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + a + "/verifikasi").with(KADIS))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + a + "/verifikasi").with(ASESOR))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + a + "/verifikasi").with(PEGAWAI))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + a + "/verifikasi").with(ATASAN))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + a + "/verifikasi").with(ATASAN))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + b + "/tolak")
                        .with(ATASAN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("alasan"));
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + b + "/tolak")
                        .with(ATASAN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alasan\":\"Tidak sesuai daftar hadir\"}"))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT status || '/' || diverifikasi_oleh FROM kinerja.aktivitas WHERE id = ?")
                        .param(a)
                        .query(String.class)
                        .single())
                .isEqualTo("DIVERIFIKASI/atasan.pendidikan");
        assertThat(jdbc.sql("SELECT alasan_tolak FROM kinerja.aktivitas WHERE id = ?")
                        .param(b)
                        .query(String.class)
                        .single())
                .isEqualTo("Tidak sesuai daftar hadir");
        // Logged (BUAT) and decided (UBAH), each once.
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'AKTIVITAS' AND entitas_id IN (?, ?) "
                                        + "AND aksi = 'UBAH'")
                        .param(String.valueOf(a))
                        .param(String.valueOf(b))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'AKTIVITAS' AND entitas_id IN (?, ?) "
                                        + "AND aksi = 'BUAT'")
                        .param(String.valueOf(a))
                        .param(String.valueOf(b))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // the rejected slot can be logged again
        catat(BKD, item(nipBawahanLangsung, t, "09:00", "10:00", "Dua, diperbaiki", ""))
                .andExpect(status().isCreated());
        // the row itself is append-only
        assertThatThrownBy(() -> jdbc.sql("UPDATE kinerja.aktivitas SET uraian = 'ubah' WHERE id = ?")
                        .param(a)
                        .update())
                .hasMessageContaining("kolom verifikasi");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM kinerja.aktivitas WHERE id = ?")
                        .param(a)
                        .update())
                .hasMessageContaining("tidak boleh dihapus");
    }

    @Test
    void atasanTidakLangsungTidakMemverifikasi() throws Exception {
        long a = idDari(catat(PEGAWAI, item(null, hari.minusDays(4), "08:00", "09:00", "Satu", ""))
                .andExpect(status().isCreated()));
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + a + "/verifikasi").with(ATASAN))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + a + "/verifikasi").with(PEGAWAI))
                .andExpect(status().isForbidden());
    }

    @Test
    void ringkasanJamEfektifDanKesesuaian() throws Exception {
        LocalDate t = hari.minusDays(1);
        // an employee of their own (no activity yet) whose jabatan has tasks, and another jabatan with tasks
        var org = new id.aparatur.organisasi.OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Ringkasan");
        long sendiri = org.pelaksanaBaru(opd, 1);
        org.uraianTugas(sendiri, "Mengagendakan surat\nMengarsipkan dokumen");
        long lain = org.pelaksanaBaru(opd, 1);
        org.uraianTugas(lain, "Menyusun laporan keuangan");
        String nipY = new id.aparatur.pegawai.PegawaiFixture(jdbc)
                .pegawaiBaru(new id.aparatur.pegawai.PegawaiFixture.Tempat(opd.id(), opd.unitId(), sendiri), null);
        catat(
                        BKD,
                        "[" + item(nipY, t, "08:00", "10:00", "Tugas sendiri", ",\"uraianTugasKe\":1") + ","
                                + item(
                                        nipY,
                                        t,
                                        "10:00",
                                        "11:00",
                                        "Tugas jabatan lain",
                                        ",\"jabatanId\":" + lain + ",\"uraianTugasKe\":1")
                                + "," + item(nipY, t, "13:00", "13:30", "Tanpa butir tugas", "") + ","
                                + item(nipY, t, "14:00", "15:00", "Akan ditolak", "") + "]")
                .andExpect(status().isCreated());
        long tolak = jdbc.sql("SELECT id FROM kinerja.aktivitas WHERE nip = ? AND mulai = '14:00'")
                .param(nipY)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/kinerja/aktivitas/" + tolak + "/tolak")
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alasan\":\"Di luar jam kerja\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/pegawai/" + nipY + "/aktivitas/ringkasan")
                        .param("bulan", YearMonth.from(t).toString())
                        .with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.perHari.length()").value(1))
                .andExpect(jsonPath("$.perHari[0].menit").value(210))
                .andExpect(jsonPath("$.totalMenit").value(210))
                .andExpect(jsonPath("$.totalJam").value(3.5))
                .andExpect(jsonPath("$.menitTerverifikasi").value(0))
                .andExpect(jsonPath("$.menitSendiri").value(120))
                .andExpect(jsonPath("$.menitJabatanLain").value(60))
                .andExpect(jsonPath("$.menitTanpaTugas").value(30))
                .andExpect(jsonPath("$.persenSesuai").value(66.7))
                .andExpect(jsonPath("$.jabatanLain.id").value(lain))
                .andExpect(jsonPath("$.jabatanLain.persen").value(33.3))
                .andExpect(jsonPath("$.sinyalPenempatan").value(true));
        mvc.perform(get("/api/v1/pegawai/" + nipY + "/aktivitas/ringkasan")
                        .param("bulan", "11-2026")
                        .with(BKD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bulan"));
    }

    @Test
    void halamanHarianMencatatDanMenampilkanGalat() throws Exception {
        LocalDate t = hari.minusDays(6);
        mvc.perform(post("/kinerja/aktivitas")
                        .with(WEB_PEGAWAI)
                        .with(csrf())
                        .param("tanggal", t.toString())
                        .param("mulai", "10:00")
                        .param("selesai", "09:00")
                        .param("uraian", "Lewat halaman"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Jam selesai harus sesudah jam mulai pada hari yang sama.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lewat halaman")));
        mvc.perform(post("/kinerja/aktivitas")
                        .with(WEB_PEGAWAI)
                        .with(csrf())
                        .param("tanggal", t.toString())
                        .param("mulai", "10:00")
                        .param("selesai", "11:15")
                        .param("uraian", "Lewat halaman")
                        .param("keluaran", "Notula"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/kinerja/aktivitas").param("tanggal", t.toString()).with(WEB_PEGAWAI))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Notula")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nav-aktivitas")));
        mvc.perform(get("/kinerja/aktivitas").with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tanpa-nip")));
    }

    @Test
    void openApiMemuatEndpointAktivitas() throws Exception {
        mvc.perform(get("/v3/api-docs").with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/aktivitas'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/aktivitas'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/aktivitas/{id}/verifikasi'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/kinerja/aktivitas/{id}/tolak'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/pegawai/{nip}/aktivitas/ringkasan'].get")
                        .exists());
    }
}
