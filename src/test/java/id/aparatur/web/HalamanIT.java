package id.aparatur.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.application.PenggunaRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The HTML pages: full page vs htmx fragment, scope on pages, SKJ editing with CSRF and audit, Excel exports (the peta
 * jabatan pages: petajabatan.PetaJabatanHalamanIT).
 */
@UjiIntegrasi
class HalamanIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenggunaRepository pengguna;

    long disdik;
    long opdLain;
    long jabatanDisdik;

    RequestPostProcessor sebagai(String username) {
        return user(pengguna.cari(username).orElseThrow());
    }

    @BeforeEach
    void data() {
        disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        opdLain = jdbc.sql("SELECT min(id) FROM organisasi.opd WHERE id <> ?")
                .param(disdik)
                .query(Long.class)
                .single();
        jabatanDisdik = jdbc.sql("SELECT min(id) FROM organisasi.jabatan WHERE opd_id = ? AND aktif")
                .param(disdik)
                .query(Long.class)
                .single();
    }

    @ParameterizedTest
    @CsvSource({
        "/organisasi/opd, tabel-opd",
        "/organisasi/jabatan, tabel-jabatan",
        "/pegawai, tabel-pegawai",
        "/audit, tabel-audit"
    })
    void daftarMengembalikanHalamanPenuhAtauFragmenHtmx(String url, String idTabel) throws Exception {
        mvc.perform(get(url).with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav class=\"navbar")))
                .andExpect(content().string(containsString(idTabel)));
        mvc.perform(get(url).with(sebagai("bkd")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))))
                .andExpect(content().string(containsString(idTabel)));
    }

    @Test
    void editorSkjHanyaUntukAdminDanPerubahannyaDiaudit() throws Exception {
        mvc.perform(get("/organisasi/jabatan/" + jabatanDisdik + "/skj/ubah")
                        .with(sebagai("kadis.pendidikan"))
                        .header("HX-Request", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisasi/jabatan/" + jabatanDisdik + "/skj/ubah")
                        .with(sebagai("bkd"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("form-skj")));
        int versi = jdbc.sql("SELECT versi FROM organisasi.jabatan WHERE id = ?")
                .param(jabatanDisdik)
                .query(Integer.class)
                .single();
        // Without CSRF token the form post is refused.
        mvc.perform(post("/organisasi/jabatan/" + jabatanDisdik + "/skj")
                        .with(sebagai("bkd"))
                        .param("versi", String.valueOf(versi))
                        .param("baris[0].kode", "M.01")
                        .param("baris[0].level", "3")
                        .param("baris[0].bobot", "100"))
                .andExpect(status().isForbidden());
        // Invalid level → the form comes back with the Indonesian message, nothing saved.
        mvc.perform(post("/organisasi/jabatan/" + jabatanDisdik + "/skj")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("versi", String.valueOf(versi))
                        .param("baris[0].kode", "M.01")
                        .param("baris[0].level", "9")
                        .param("baris[0].bobot", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Level kompetensi harus antara 1 dan 5.")));
        mvc.perform(post("/organisasi/jabatan/" + jabatanDisdik + "/skj")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("versi", String.valueOf(versi))
                        .param("baris[0].kode", "M.01")
                        .param("baris[0].level", "3")
                        .param("baris[0].bobot", "60")
                        .param("baris[1].kode", "SK.01")
                        .param("baris[1].level", "2")
                        .param("baris[1].bobot", "40")
                        .param("baris[2].kode", "")
                        .param("baris[2].level", "")
                        .param("baris[2].bobot", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("skj-tersimpan")));
        assertThat(jdbc.sql("SELECT count(*) FROM organisasi.jabatan_kompetensi WHERE jabatan_id = ?")
                        .param(jabatanDisdik)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT ringkasan FROM audit.jejak_audit WHERE entitas = 'JABATAN' AND entitas_id = ? "
                                + "AND pengguna = 'bkd' ORDER BY id DESC LIMIT 1")
                        .param(String.valueOf(jabatanDisdik))
                        .query(String.class)
                        .single())
                .startsWith("SKJ diubah")
                .contains("M.01:3");
        mvc.perform(get("/audit")
                        .param("entitas", "JABATAN")
                        .param("entitasId", String.valueOf(jabatanDisdik))
                        .with(sebagai("bkd")))
                .andExpect(content().string(containsString("SKJ diubah")));
        mvc.perform(get("/audit").with(sebagai("kadis.pendidikan"))).andExpect(status().isForbidden());
    }

    @Test
    void formulirJabatanMembuatMengubahDanMenonaktifkan() throws Exception {
        long unit = jdbc.sql("SELECT id FROM organisasi.unit WHERE opd_id = ? AND induk_id IS NULL")
                .param(disdik)
                .query(Long.class)
                .single();
        mvc.perform(get("/organisasi/jabatan/baru")
                        .param("unit", String.valueOf(unit))
                        .with(sebagai("kadis.pendidikan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisasi/jabatan/baru")
                        .param("unit", String.valueOf(unit))
                        .with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("form-jabatan")));
        // Invalid: class 18, jenjang on a pelaksana, hasil kerja without unit → the form returns with the messages
        mvc.perform(post("/organisasi/jabatan/baru")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("unitId", String.valueOf(unit))
                        .param("kode", "UJI.FORM.1")
                        .param("nama", "Pengolah Data Uji")
                        .param("jenisJabatan", "PELAKSANA")
                        .param("jenjang", "AHLI_MUDA")
                        .param("kelas", "18")
                        .param("rumpun", "TIK")
                        .param("kuota", "2")
                        .param("hasilKerja", "Laporan tanpa satuan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai maksimal 17.")));
        mvc.perform(post("/organisasi/jabatan/baru")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("unitId", String.valueOf(unit))
                        .param("kode", "UJI.FORM.1")
                        .param("nama", "Pengolah Data Uji")
                        .param("jenisJabatan", "PELAKSANA")
                        .param("jenjang", "AHLI_MUDA")
                        .param("kelas", "6")
                        .param("rumpun", "TIK")
                        .param("kuota", "2")
                        .param("hasilKerja", "Laporan tanpa satuan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jenjang hanya untuk jabatan fungsional")))
                .andExpect(content().string(containsString("Setiap hasil kerja harus memiliki produk dan satuan.")));
        assertThat(jdbc.sql("SELECT count(*) FROM organisasi.jabatan WHERE kode = 'UJI.FORM.1'")
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post("/organisasi/jabatan/baru")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("unitId", String.valueOf(unit))
                        .param("kode", "UJI.FORM.1")
                        .param("nama", "Pengolah Data Uji")
                        .param("jenisJabatan", "PELAKSANA")
                        .param("jenjang", "")
                        .param("kelas", "6")
                        .param("rumpun", "TIK")
                        .param("kuota", "2")
                        .param("uraianTugas", "Mengolah data\nMenyusun laporan")
                        .param("hasilKerja", "Laporan data | Dokumen")
                        .param("syaratPangkatMinimal", "II/c"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM organisasi.jabatan WHERE kode = 'UJI.FORM.1'")
                .query(Long.class)
                .single();
        // Default SKJ: every managerial and sosial-kultural competency in force, at the pelaksana level (1)
        long berlaku = jdbc.sql(
                        "SELECT count(*) FROM kompetensi.kompetensi WHERE jenis <> 'TEKNIS' AND aktif "
                                + "AND berlaku_mulai <= current_date AND (berlaku_sampai IS NULL OR berlaku_sampai >= current_date)")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT count(*) FROM organisasi.jabatan_kompetensi WHERE jabatan_id = ? AND level = 1")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(berlaku)
                .isGreaterThanOrEqualTo(9);
        assertThat(jdbc.sql("SELECT kompetensi_kode FROM organisasi.jabatan_kompetensi WHERE jabatan_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .contains("M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01");
        mvc.perform(get("/organisasi/jabatan/" + id + "/ubah").with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Laporan data | Dokumen")));
        mvc.perform(post("/organisasi/jabatan/" + id + "/ubah")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("unitId", String.valueOf(unit))
                        .param("kode", "UJI.FORM.1")
                        .param("nama", "Pengolah Data Uji")
                        .param("jenisJabatan", "PELAKSANA")
                        .param("kelas", "6")
                        .param("rumpun", "TIK")
                        .param("kuota", "3")
                        .param("hasilKerja", "Laporan data | Dokumen")
                        .param("versi", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT kuota FROM organisasi.jabatan WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        mvc.perform(post("/organisasi/jabatan/" + id + "/nonaktifkan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("alasan", "")
                        .param("versi", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/organisasi/jabatan/" + id + "/nonaktifkan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("alasan", "Dihapus dari Perbup kelembagaan")
                        .param("versi", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "SELECT aksi FROM audit.jejak_audit WHERE entitas = 'JABATAN' AND entitas_id = ? ORDER BY id")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("BUAT", "UBAH", "NONAKTIFKAN");
        assertThat(jdbc.sql("SELECT aktif FROM organisasi.jabatan WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void formulirPegawaiMenjelaskanSetiapAturanNip() throws Exception {
        long jabatan = jdbc.sql("SELECT min(id) FROM organisasi.jabatan WHERE opd_id = ? AND aktif")
                .param(disdik)
                .query(Long.class)
                .single();
        mvc.perform(get("/pegawai/baru").with(sebagai("pegawai.pendidikan"))).andExpect(status().isForbidden());
        mvc.perform(get("/pegawai/baru").param("opd", String.valueOf(disdik)).with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("form-pegawai")));
        mvc.perform(get("/pegawai/baru/jabatan")
                        .param("opdId", String.valueOf(disdik))
                        .with(sebagai("bkd"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + jabatan + "\"")));
        mvc.perform(post("/pegawai/baru")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("nip", "19861340 201513 3 000")
                        .param("nama", "Uji Formulir")
                        .param("opdId", String.valueOf(disdik))
                        .param("jabatanId", String.valueOf(jabatan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Digit 1–8 NIP harus tanggal lahir yang sah")))
                .andExpect(content().string(containsString("Digit 9–14 NIP harus TMT CPNS yang sah")))
                .andExpect(content().string(containsString("Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).")))
                .andExpect(content().string(containsString("Digit 16–18 NIP (nomor urut) harus 001–999.")))
                .andExpect(content().string(containsString("Uji Formulir")));
        mvc.perform(post("/pegawai/baru")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("nip", "19900101 201503 2 901")
                        .param("nama", "Uji Formulir")
                        .param("opdId", String.valueOf(disdik))
                        .param("jabatanId", String.valueOf(jabatan)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT jenis_kelamin FROM pegawai.pegawai WHERE nip = '199001012015032901'")
                        .query(String.class)
                        .single())
                .isEqualTo("P");
        mvc.perform(post("/pegawai/baru")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("nip", "199001012015032901")
                        .param("nama", "Ganda")
                        .param("jabatanId", String.valueOf(jabatan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIP sudah terdaftar.")));
    }

    @Test
    void pegawaiHanyaMelihatHalamanDirinya() throws Exception {
        String nip = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'pegawai.pendidikan'")
                .query(String.class)
                .single();
        String atasan = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'atasan.pendidikan'")
                .query(String.class)
                .single();
        mvc.perform(get("/pegawai/" + nip).with(sebagai("pegawai.pendidikan"))).andExpect(status().isOk());
        mvc.perform(get("/pegawai/" + atasan).with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pegawai/" + nip).with(sebagai("atasan.pendidikan"))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource({
        "/organisasi/opd/ekspor",
        "/organisasi/jabatan/ekspor",
        "/pegawai/ekspor",
        "/beranda/ekspor",
        "/audit/ekspor"
    })
    void setiapDaftarDapatDiekspor(String url) throws Exception {
        var mulai = mvc.perform(get(url).with(sebagai("bkd"))).andReturn();
        byte[] isi = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(isi))) {
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(1);
        }
    }
}
