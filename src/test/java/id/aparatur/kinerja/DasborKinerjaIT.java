package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The performance dashboard on a small OPD of its own (year 2047, unique to this class): two units (Bidang with a
 * Seksi below it), four employees, SKP predikat, activities stored straight into kinerja.aktivitas so that the
 * summary triggers of V24 fill kinerja.rekap_aktivitas_bulan; then who may see what, and the numbers.
 */
@UjiIntegrasi
class DasborKinerjaIT {

    static final int TAHUN = 2047;
    static final RequestPostProcessor BKD = user("bkd").roles("ADMIN_BKD");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PengelolaanPengguna pengguna;

    long opd;
    long bidang;
    long seksi;
    long jabatanA;
    long jabatanB;
    String kadis;
    String atasanSeksi;
    String[] nip = new String[4];
    String namaJabatanB;

    @BeforeEach
    void opdKecil() {
        String s = Long.toString(System.nanoTime(), 36);
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var o = org.opdBaru("Badan Uji Dasbor");
        opd = o.id();
        bidang = o.unitId();
        seksi = org.unitBaru(opd, bidang, "Seksi Uji");
        jabatanA = org.jabatanBaru(opd, bidang, "PELAKSANA", null, 7, "ADM", 2);
        jabatanB = org.jabatanBaru(opd, seksi, "PELAKSANA", null, 7, "ADM", 2);
        namaJabatanB = jdbc.sql("SELECT nama FROM organisasi.v_jabatan WHERE id = ?")
                .param(jabatanB)
                .query(String.class)
                .single();
        PegawaiFixture pf = new PegawaiFixture(jdbc);
        for (int i = 0; i < 4; i++) {
            nip[i] = pf.pegawaiBaru(
                    new PegawaiFixture.Tempat(opd, i < 2 ? bidang : seksi, i < 2 ? jabatanA : jabatanB), null);
        }
        kadis = "uji.dasbor.kadis." + s;
        pengguna.daftarkan(kadis, "sandi-uji-yang-panjang", "Kadis Uji", Set.of(Peran.PIMPINAN_OPD), opd, nip[0]);
        atasanSeksi = "uji.dasbor.atasan." + s;
        pengguna.daftarkan(
                atasanSeksi, "sandi-uji-yang-panjang", "Atasan Uji", Set.of(Peran.ATASAN, Peran.PEGAWAI), opd, nip[2]);
        // predikat: bidang Baik, Baik; seksi Sangat Baik; nip[3] not rated
        skp(nip[0], "BAIK");
        skp(nip[1], "BAIK");
        skp(nip[2], "SANGAT_BAIK");
        // March: nip[0] 4 h own + 2 h on jabatan B (other); nip[2] 3 h own, 1 h no task; April nip[1] 2 h own
        aktivitas(nip[0], "2047-03-03", "08:00", "12:00", jabatanA, jabatanA);
        aktivitas(nip[0], "2047-03-03", "13:00", "15:00", jabatanA, jabatanB);
        aktivitas(nip[2], "2047-03-04", "08:00", "11:00", jabatanB, jabatanB);
        aktivitas(nip[2], "2047-03-04", "11:00", "12:00", jabatanB, null);
        aktivitas(nip[1], "2047-04-01", "08:00", "10:00", jabatanA, jabatanA);
    }

    void skp(String n, String predikat) {
        jdbc.sql("""
                INSERT INTO kinerja.skp (nip, tahun, status, rating_hasil_kerja, rating_perilaku, predikat, dibuat_oleh,
                    diubah_oleh) VALUES (?, ?, 'DINILAI', 'SESUAI', 'SESUAI', ?, 'uji', 'uji')""").params(n, TAHUN, predikat).update();
    }

    long aktivitas(String n, String tanggal, String mulai, String selesai, long jabatanPegawai, Long jabatanTugas) {
        return jdbc.sql("""
                INSERT INTO kinerja.aktivitas (nip, tanggal, mulai, selesai, uraian, jabatan_pegawai_id, jabatan_id,
                    uraian_tugas_ke, dicatat_oleh, dicatat_pada)
                VALUES (?, ?::date, ?::time, ?::time, 'Pekerjaan uji', ?, ?, ?, 'uji', now()) RETURNING id""")
                .params(n, tanggal, mulai, selesai, jabatanPegawai, jabatanTugas, jabatanTugas == null ? null : 1)
                .query(Long.class)
                .single();
    }

    Map<String, Object> rekap(String n, String bulan) {
        return jdbc.sql("SELECT * FROM kinerja.rekap_aktivitas_bulan WHERE nip = ? AND bulan = ?::date")
                .params(n, bulan)
                .query()
                .singleRow();
    }

    @Test
    void triggerMenjagaRekapBulanan() {
        var r = rekap(nip[0], "2047-03-01");
        assertThat(r)
                .containsEntry("menit_efektif", 360)
                .containsEntry("menit_sendiri", 240)
                .containsEntry("menit_jabatan_lain", 120)
                .containsEntry("menit_tanpa_tugas", 0)
                .containsEntry("jumlah", 2)
                .containsEntry("menit_terverifikasi", 0);
        assertThat(jdbc.sql("SELECT menit FROM kinerja.rekap_aktivitas_jabatan_lain WHERE nip = ? AND jabatan_id = ?")
                        .params(nip[0], jabatanB)
                        .query(Integer.class)
                        .single())
                .isEqualTo(120);
        long id = aktivitas(nip[0], "2047-03-05", "08:00", "09:30", jabatanA, null);
        jdbc.sql("UPDATE kinerja.aktivitas SET status = 'DIVERIFIKASI', diverifikasi_oleh = 'uji' WHERE id = ?")
                .param(id)
                .update();
        r = rekap(nip[0], "2047-03-01");
        assertThat(r)
                .containsEntry("menit_efektif", 450)
                .containsEntry("menit_tanpa_tugas", 90)
                .containsEntry("jumlah", 3)
                .containsEntry("menit_terverifikasi", 90)
                .containsEntry("jumlah_terverifikasi", 1);
        long tolak = aktivitas(nip[0], "2047-03-06", "08:00", "10:00", jabatanA, jabatanB);
        jdbc.sql("UPDATE kinerja.aktivitas SET status = 'DITOLAK', alasan_tolak = 'bukan tugas' WHERE id = ?")
                .param(tolak)
                .update();
        r = rekap(nip[0], "2047-03-01");
        assertThat(r)
                .containsEntry("menit_efektif", 450)
                .containsEntry("menit_jabatan_lain", 120)
                .containsEntry("jumlah", 3);
        assertThat(jdbc.sql("SELECT menit FROM kinerja.rekap_aktivitas_jabatan_lain WHERE nip = ? AND jabatan_id = ?")
                        .params(nip[0], jabatanB)
                        .query(Integer.class)
                        .single())
                .isEqualTo(120);
    }

    @Test
    void bkdMemilihOpdDanAngkanyaBenar() throws Exception {
        jdbc.sql("""
                INSERT INTO kinerja.predikat_organisasi (opd_id, tahun, predikat, dasar, ditetapkan_oleh)
                VALUES (?, ?, 'BAIK', 'Uji', 'uji')""").params(opd, TAHUN).update();
        mvc.perform(get("/api/v1/kinerja/dasbor")
                        .param("opd", String.valueOf(opd))
                        .param("tahun", String.valueOf(TAHUN))
                        .param("bulan", "3")
                        .with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lingkup.opdId").value(opd))
                .andExpect(jsonPath("$.rekap.distribusi.total").value(3))
                .andExpect(jsonPath("$.rekap.distribusi.jumlah.BAIK").value(2))
                .andExpect(jsonPath("$.rekap.distribusi.jumlah.SANGAT_BAIK").value(1))
                .andExpect(jsonPath("$.rekap.distribusi.predikatOrganisasi").value("BAIK"))
                // Baik: Baik at most 70 % (2 of 3 = 66.7 % fine), someone Butuh Perbaikan/Kurang (none): one broken
                .andExpect(jsonPath("$.rekap.distribusi.pelanggaran.length()").value(1))
                .andExpect(jsonPath("$.rekap.unit.length()").value(2))
                .andExpect(jsonPath("$.rekap.unit[0].unitId").value(bidang))
                .andExpect(jsonPath("$.rekap.unit[0].jumlah.BAIK").value(2))
                .andExpect(jsonPath("$.rekap.unit[1].jumlah.SANGAT_BAIK").value(1))
                .andExpect(jsonPath("$.rekap.unit[1].belumDinilai").value(1))
                // bidang March: 360 min / 2 pegawai = 3.0 h; April 120 / 2 = 1.0 h
                .andExpect(jsonPath("$.rekap.jam[0].jamPerPegawai[2]").value(3.0))
                .andExpect(jsonPath("$.rekap.jam[0].jamPerPegawai[3]").value(1.0))
                .andExpect(jsonPath("$.rekap.jam[1].jamPerPegawai[2]").value(2.0))
                // fit in March: bidang 240 own / 360 task-linked = 66.7 %; seksi 180 / 180 = 100 %
                .andExpect(jsonPath("$.rekap.kesesuaian[0].persenSesuai").value(66.7))
                .andExpect(jsonPath("$.rekap.kesesuaian[1].persenSesuai").value(100.0))
                // nip[0]: 120 of 360 task-linked minutes on jabatan B = 33.3 % > 30 %
                .andExpect(jsonPath("$.rekap.sinyal.length()").value(1))
                .andExpect(jsonPath("$.rekap.sinyal[0].nip").value(nip[0]))
                .andExpect(jsonPath("$.rekap.sinyal[0].jabatanLainId").value(jabatanB));

        mvc.perform(get("/kinerja/dasbor")
                        .param("opd", String.valueOf(opd))
                        .param("tahun", String.valueOf(TAHUN))
                        .param("bulan", "3")
                        .with(BKD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"opd\"")))
                .andExpect(content().string(containsString(namaJabatanB)))
                .andExpect(content().string(containsString("id=\"pelanggaran\"")))
                .andExpect(content().string(containsString("grafik-distribusi")));
    }

    @Test
    void predikatOrganisasiBelumDitetapkan() throws Exception {
        mvc.perform(get("/kinerja/dasbor").param("tahun", String.valueOf(TAHUN)).with(user(kadis)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"predikat-organisasi-kosong\"")))
                .andExpect(content().string(not(containsString("id=\"opd\""))))
                .andExpect(content().string(containsString("Badan Uji Dasbor")));
    }

    @Test
    void cakupan() throws Exception {
        // the kadis of another OPD: neither this OPD's page nor its numbers
        mvc.perform(get("/kinerja/dasbor").param("opd", String.valueOf(opd)).with(user("kadis.pendidikan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/kinerja/dasbor")
                        .param("opd", String.valueOf(opd))
                        .with(user("kadis.pendidikan")))
                .andExpect(status().isForbidden());
        // own kadis: the whole OPD
        mvc.perform(get("/api/v1/kinerja/dasbor")
                        .param("tahun", String.valueOf(TAHUN))
                        .with(user(kadis)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lingkup.opdId").value(opd))
                .andExpect(jsonPath("$.lingkup.unitAkar").doesNotExist())
                .andExpect(jsonPath("$.rekap.distribusi.total").value(3));
        // atasan of the seksi: only the seksi
        mvc.perform(get("/api/v1/kinerja/dasbor")
                        .param("tahun", String.valueOf(TAHUN))
                        .with(user(atasanSeksi)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lingkup.unitAkar").value(seksi))
                .andExpect(jsonPath("$.rekap.distribusi.total").value(1))
                .andExpect(jsonPath("$.rekap.unit.length()").value(1));
        // a plain employee: none
        mvc.perform(get("/api/v1/kinerja/dasbor")
                        .with(user("pegawai.pendidikan").roles("PEGAWAI")))
                .andExpect(status().isForbidden());
        // bad month
        mvc.perform(get("/api/v1/kinerja/dasbor").param("bulan", "13").with(BKD))
                .andExpect(status().isBadRequest());
        assertThat(LocalDate.of(TAHUN, 1, 1).getYear()).isEqualTo(TAHUN);
    }
}
