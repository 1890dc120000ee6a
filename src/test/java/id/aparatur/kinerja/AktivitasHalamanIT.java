package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The activity pages on the demo Kabupaten, each test with its own new employee of Dinas Pendidikan under
 * atasan.pendidikan: logging work of another jabatan of the OPD through the page, the month's summary with the
 * effective hours and the re-placement signal, and the atasan's verification page (verify, reject with a reason,
 * reject without one refused, nobody else may).
 */
@UjiIntegrasi
class AktivitasHalamanIT {

    static final RequestPostProcessor ATASAN = user("atasan.pendidikan").roles("ATASAN", "PEGAWAI");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PengelolaanPengguna pengguna;

    LocalDate hari;
    String nip;
    String akun;
    RequestPostProcessor saya;
    long jabatanSendiri;
    long jabatanLain;
    String namaSendiri;
    String namaLain;

    @BeforeEach
    void pegawaiBaru() {
        hari = LocalDate.now().minusDays(2);
        String s = Long.toString(System.nanoTime(), 36);
        var disdik = jdbc.sql("""
                SELECT o.id AS opd, (SELECT min(u.id) FROM organisasi.v_unit u WHERE u.opd_id = o.id) AS unit
                FROM organisasi.v_opd o WHERE o.nama = 'Dinas Pendidikan'""").query().singleRow();
        long opd = ((Number) disdik.get("opd")).longValue();
        long unit = ((Number) disdik.get("unit")).longValue();
        jabatanSendiri = jabatan(opd, unit, "Mengagendakan surat masuk\nMengarsipkan dokumen");
        jabatanLain = jabatan(opd, unit, "Menyusun laporan keuangan\nMemverifikasi kuitansi");
        namaSendiri = namaJabatan(jabatanSendiri);
        namaLain = namaJabatan(jabatanLain);
        String atasan = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'atasan.pendidikan'")
                .query(String.class)
                .single();
        nip = new PegawaiFixture(jdbc).pegawaiBaru(new PegawaiFixture.Tempat(opd, unit, jabatanSendiri), atasan);
        akun = "uji.aktivitas." + s;
        pengguna.daftarkan(akun, "sandi-uji-yang-panjang", "Uji Aktivitas", Set.of(Peran.PEGAWAI), null, nip);
        saya = user(akun).roles("PEGAWAI");
    }

    long jabatan(long opd, long unit, String uraianTugas) {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        long id = org.jabatanBaru(opd, unit, "PELAKSANA", null, 6, "ADM", 1);
        org.uraianTugas(id, uraianTugas);
        return id;
    }

    String namaJabatan(long id) {
        return jdbc.sql("SELECT nama FROM organisasi.v_jabatan WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    void catat(String mulai, String selesai, String tugas) throws Exception {
        mvc.perform(post("/kinerja/aktivitas")
                        .with(saya)
                        .with(csrf())
                        .param("tanggal", hari.toString())
                        .param("mulai", mulai)
                        .param("selesai", selesai)
                        .param("uraian", "Pekerjaan " + mulai)
                        .param("tugas", tugas))
                .andExpect(redirectedUrl("/kinerja/aktivitas?tanggal=" + hari));
    }

    long aktivitas(String mulai) {
        return jdbc.sql("SELECT id FROM kinerja.aktivitas WHERE nip = ? AND tanggal = ? AND mulai = ?::time")
                .params(nip, hari, mulai)
                .query(Long.class)
                .single();
    }

    String statusAktivitas(long id) {
        return jdbc.sql("SELECT status FROM kinerja.aktivitas WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void pekerjaanJabatanLainDicatatDanRingkasanMemberiSinyalPenempatan() throws Exception {
        mvc.perform(get("/kinerja/aktivitas").param("tanggal", hari.toString()).with(saya))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jabatan sendiri: " + namaSendiri)))
                .andExpect(content().string(containsString("Jabatan lain: " + namaLain)))
                .andExpect(content().string(containsString("value=\"" + jabatanLain + ":2\"")));
        catat("08:00", "10:00", jabatanLain + ":1");
        catat("10:00", "11:00", jabatanSendiri + ":2");
        catat("11:00", "11:30", "");
        assertThat(jdbc.sql("SELECT jabatan_id || ':' || uraian_tugas_ke FROM kinerja.aktivitas WHERE id = ?")
                        .param(aktivitas("08:00"))
                        .query(String.class)
                        .single())
                .isEqualTo(jabatanLain + ":1");
        // a tampered choice is refused with a message and loses the input
        mvc.perform(post("/kinerja/aktivitas")
                        .with(saya)
                        .with(csrf())
                        .param("tanggal", hari.toString())
                        .param("mulai", "13:00")
                        .param("selesai", "14:00")
                        .param("uraian", "Tugas rusak")
                        .param("tugas", jabatanLain + ":9"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Nomor butir uraian tugas tidak ada pada jabatan tersebut.")))
                .andExpect(content().string(containsString("Tugas rusak")));

        String bulan = hari.toString().substring(0, 7);
        mvc.perform(get("/kinerja/aktivitas/ringkasan").param("bulan", bulan).with(saya))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"total-jam\">3.50<")))
                .andExpect(content().string(containsString("id=\"persen-sesuai\">33.3 %<")))
                .andExpect(content().string(containsString(namaLain)))
                .andExpect(content().string(containsString("id=\"sinyal-penempatan\"")))
                .andExpect(content().string(containsString("data-grafik=")));
        // the atasan sees it too; an employee of another OPD does not
        mvc.perform(get("/kinerja/aktivitas/ringkasan")
                        .param("nip", nip)
                        .param("bulan", bulan)
                        .with(ATASAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sinyal-penempatan\"")));
        String lain = KinerjaFixture.pegawaiOpdLain(jdbc);
        String akunLain = akun + ".lain";
        pengguna.daftarkan(akunLain, "sandi-uji-yang-panjang", "Uji Lain", Set.of(Peran.PEGAWAI), null, lain);
        mvc.perform(get("/kinerja/aktivitas/ringkasan")
                        .param("nip", nip)
                        .with(user(akunLain).roles("PEGAWAI")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kinerja/aktivitas/ringkasan")
                        .param("bulan", "11-2026")
                        .with(saya))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bulan harus berformat tttt-bb, misalnya 2026-11.")));
    }

    @Test
    void atasanMemverifikasiDanMenolakDenganAlasanLewatHalaman() throws Exception {
        catat("08:00", "09:00", jabatanSendiri + ":1");
        catat("09:00", "10:00", jabatanSendiri + ":2");
        long a = aktivitas("08:00");
        long b = aktivitas("09:00");
        mvc.perform(get("/kinerja/aktivitas/verifikasi")
                        .param("tanggal", hari.toString())
                        .with(ATASAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verifikasi-" + a + "\"")))
                .andExpect(content().string(containsString("id=\"setujui-" + b + "\"")))
                .andExpect(content().string(containsString("Mengarsipkan dokumen")));
        mvc.perform(post("/kinerja/aktivitas/" + a + "/verifikasi")
                        .param("tanggal", hari.toString())
                        .with(ATASAN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/kinerja/aktivitas/verifikasi?tanggal=" + hari));
        assertThat(statusAktivitas(a)).isEqualTo("DIVERIFIKASI");
        mvc.perform(post("/kinerja/aktivitas/" + b + "/tolak")
                        .param("tanggal", hari.toString())
                        .param("alasan", " ")
                        .with(ATASAN)
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "galat", java.util.List.of("Alasan penolakan wajib diisi, 5 sampai 500 karakter.")));
        assertThat(statusAktivitas(b)).isEqualTo("DICATAT");
        mvc.perform(post("/kinerja/aktivitas/" + b + "/tolak")
                .param("tanggal", hari.toString())
                .param("alasan", "Bukan pekerjaan hari itu")
                .with(ATASAN)
                .with(csrf()));
        assertThat(statusAktivitas(b)).isEqualTo("DITOLAK");
        // verifying twice answers with a message, not an error page
        mvc.perform(post("/kinerja/aktivitas/" + a + "/verifikasi")
                        .param("tanggal", hari.toString())
                        .with(ATASAN)
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "galat", java.util.List.of("Aktivitas ini sudah diverifikasi atau ditolak.")));
        mvc.perform(get("/kinerja/aktivitas/verifikasi")
                        .param("tanggal", hari.toString())
                        .with(ATASAN))
                .andExpect(content().string(containsString("Bukan pekerjaan hari itu")))
                .andExpect(content().string(not(containsString("id=\"setujui-" + b + "\""))));
        // the employee cannot verify their own work; nor can a colleague who is not their atasan
        catat("10:00", "11:00", "");
        long c = aktivitas("10:00");
        mvc.perform(post("/kinerja/aktivitas/" + c + "/verifikasi")
                        .param("tanggal", hari.toString())
                        .with(saya)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(statusAktivitas(c)).isEqualTo("DICATAT");
        // an employee without subordinates sees an empty list
        mvc.perform(get("/kinerja/aktivitas/verifikasi")
                        .param("tanggal", hari.toString())
                        .with(saya))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"daftar-kosong\"")));
    }
}
