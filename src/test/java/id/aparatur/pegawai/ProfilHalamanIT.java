package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
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
import id.aparatur.akses.application.PenggunaRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The profile (DRH) page with its tabs, as each role sees it: protected data and hukuman disiplin only for those who
 * may see them, the BKD forms (DRH, riwayat), the employee's minat and correction proposals, and BKD's correction
 * worklist. Runs on the shared demo database: every test sets the data it asserts on and uses unique values.
 */
@UjiIntegrasi
class ProfilHalamanIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenggunaRepository pengguna;

    String nipAtasan;
    String nipPegawai;
    /** A subordinate of atasan.pendidikan (not the one the API tests use). */
    String nipUji;

    String nipLainOpd;
    String unik;

    RequestPostProcessor sebagai(String username) {
        return user(pengguna.cari(username).orElseThrow());
    }

    @BeforeEach
    void data() {
        nipAtasan = nip("atasan.pendidikan");
        nipPegawai = nip("pegawai.pendidikan");
        nipUji = jdbc.sql("""
                SELECT max(nip) FROM pegawai.pegawai WHERE nip IN (
                  WITH RECURSIVE b AS (SELECT nip FROM pegawai.pegawai WHERE atasan_nip = :a
                    UNION SELECT p.nip FROM pegawai.pegawai p JOIN b ON p.atasan_nip = b.nip) SELECT nip FROM b)
                  AND jabatan_id IS NOT NULL AND nip <> :p""")
                .param("a", nipAtasan)
                .param("p", nipPegawai)
                .query(String.class)
                .single()
                .trim();
        long disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        nipLainOpd = jdbc.sql("SELECT max(nip) FROM pegawai.pegawai WHERE opd_id <> ?")
                .param(disdik)
                .query(String.class)
                .single()
                .trim();
        unik = Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    String nip(String username) {
        return jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = ?")
                .param(username)
                .query(String.class)
                .single()
                .trim();
    }

    int versi(String nip) {
        return jdbc.sql("SELECT versi FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query(Integer.class)
                .single();
    }

    String halaman(String url, String username) throws Exception {
        return mvc.perform(get(url).with(sebagai(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void bkdMelihatSemuaTabProfil() throws Exception {
        jdbc.sql("UPDATE pegawai.pegawai SET agama = 'KATOLIK', status_perkawinan = 'KAWIN', nik = '3404012609860001' "
                        + "WHERE nip = ?")
                .param(nipUji)
                .update();
        String html = halaman("/pegawai/" + nipUji, "bkd");
        assertThat(html)
                .contains(
                        "id=\"tab-profil\"",
                        "id=\"tombol-utama\"",
                        "id=\"tombol-riwayat\"",
                        "id=\"tombol-kompetensi\"",
                        "id=\"tombol-kesenjangan\"",
                        "id=\"tombol-minat\"",
                        "id=\"tombol-koreksi\"");
        // Data utama (active by default): identity, employment, protected data card, bawahan, BKD actions.
        assertThat(html)
                .containsPattern("class=\"tab-pane fade show active\" id=\"tab-utama\"")
                .contains(
                        "id=\"kartu-identitas\"",
                        "id=\"kartu-kepegawaian\"",
                        "id=\"bup\"",
                        "id=\"tmt-pensiun\"",
                        "id=\"data-terlindungi\"",
                        "Katolik",
                        "3404012609860001",
                        "id=\"tabel-bawahan\"",
                        "id=\"ubah-drh\"",
                        "id=\"form-penempatan\"");
        // Riwayat: one table per jenis, hukuman disiplin included for BKD, and the add form.
        assertThat(html)
                .contains(
                        "id=\"tabel-riwayat-PANGKAT\"",
                        "id=\"tabel-riwayat-JABATAN\"",
                        "id=\"tabel-riwayat-PENDIDIKAN\"",
                        "id=\"tabel-riwayat-PELATIHAN\"",
                        "id=\"tabel-riwayat-PENGHARGAAN\"",
                        "id=\"tabel-riwayat-HUKUMAN_DISIPLIN\"",
                        "id=\"total-jp\"",
                        "id=\"form-riwayat\"");
        // Kompetensi and kesenjangan are loaded by htmx from the asesmen module when their tab is shown.
        assertThat(html)
                .contains(
                        "hx-get=\"/pegawai/" + nipUji + "/kompetensi\"",
                        "hx-get=\"/pegawai/" + nipUji + "/kesenjangan\"",
                        "shown.bs.tab from:#tombol-kompetensi once",
                        "Memuat profil kompetensi");
        assertThat(html)
                .contains("id=\"minat-saat-ini\"", "id=\"form-minat\"", "id=\"tabel-koreksi\"", "id=\"form-koreksi\"");
        // ?tab= opens a tab; the htmx container of an open tab loads at once.
        String riwayat = halaman("/pegawai/" + nipUji + "?tab=riwayat", "bkd");
        assertThat(riwayat)
                .contains("class=\"tab-pane fade show active\" id=\"tab-riwayat\"")
                .doesNotContain("class=\"tab-pane fade show active\" id=\"tab-utama\"");
        assertThat(halaman("/pegawai/" + nipUji + "?tab=kompetensi", "bkd")).contains("hx-trigger=\"load\"");
        assertThat(halaman("/pegawai/" + nipUji + "?tab=tidakada", "bkd"))
                .contains("class=\"tab-pane fade show active\" id=\"tab-utama\"");
        // Every text has a message in both languages.
        assertThat(html).doesNotContain("??");
        for (String url : new String[] {"/pegawai/" + nipUji, "/pegawai/" + nipUji + "/profil", "/koreksi"}) {
            assertThat(mvc.perform(get(url).param("lang", "en").with(sebagai("bkd")))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .as(url)
                    .doesNotContain("??")
                    .contains("lang=\"en\"");
        }
    }

    @Test
    void ketidaksesuaianNipDitandaiBukanDisembunyikan() throws Exception {
        jdbc.sql("UPDATE pegawai.pegawai SET tanggal_lahir = tanggal_lahir + 1 WHERE nip = ?")
                .param(nipLainOpd)
                .update();
        try {
            String html = halaman("/pegawai/" + nipLainOpd, "bkd");
            assertThat(html)
                    .contains(
                            "id=\"nip-tidak-konsisten\"",
                            "Data lama: NIP tidak konsisten",
                            "Tanggal lahir tidak sama dengan tanggal lahir pada NIP.");
        } finally {
            jdbc.sql("UPDATE pegawai.pegawai SET tanggal_lahir = tanggal_lahir - 1 WHERE nip = ?")
                    .param(nipLainOpd)
                    .update();
        }
        assertThat(halaman("/pegawai/" + nipLainOpd, "bkd")).doesNotContain("id=\"nip-tidak-konsisten\"");
    }

    @Test
    void pegawaiMelihatDataTerlindungiSendiriDanTabKoreksi() throws Exception {
        jdbc.sql("UPDATE pegawai.pegawai SET agama = 'HINDU', status_perkawinan = 'BELUM_KAWIN' WHERE nip = ?")
                .param(nipPegawai)
                .update();
        String html = halaman("/pegawai/" + nipPegawai, "pegawai.pendidikan");
        assertThat(html)
                .contains(
                        "id=\"data-terlindungi\"",
                        "Hindu",
                        "Belum kawin",
                        "id=\"nik\"",
                        "id=\"tombol-koreksi\"",
                        "id=\"form-koreksi\"",
                        "id=\"form-minat\"",
                        "id=\"nav-profil-saya\" href=\"/pegawai/" + nipPegawai + "\"");
        assertThat(html)
                .doesNotContain(
                        "id=\"form-riwayat\"", "id=\"ubah-drh\"", "id=\"form-penempatan\"", "id=\"nav-koreksi\"");
        // Other employees are outside their scope: 404, never a partial page.
        mvc.perform(get("/pegawai/" + nipAtasan).with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pegawai/" + nipLainOpd).with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pegawai/" + nipUji + "/profil").with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isForbidden());
    }

    @Test
    void atasanTidakMelihatDataTerlindungiAtauHukumanDisiplinBawahan() throws Exception {
        String uraian = "Teguran lisan UJI-" + unik;
        mvc.perform(post("/pegawai/" + nipUji + "/riwayat")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("jenis", "HUKUMAN_DISIPLIN")
                        .param("uraian", uraian)
                        .param("tingkatHukuman", "RINGAN")
                        .param("nomorSk", "800/" + unik + "/2024")
                        .param("tanggalSk", "2024-02-01")
                        .param("tmt", "2024-02-05"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nipUji + "?tab=riwayat"));
        jdbc.sql("UPDATE pegawai.pegawai SET agama = 'BUDDHA', status_perkawinan = 'CERAI_MATI' WHERE nip = ?")
                .param(nipUji)
                .update();

        String atasan = halaman("/pegawai/" + nipUji, "atasan.pendidikan");
        assertThat(atasan)
                .contains("id=\"tabel-riwayat-PANGKAT\"", "id=\"kartu-identitas\"")
                .doesNotContain(
                        uraian,
                        "tabel-riwayat-HUKUMAN_DISIPLIN",
                        "id=\"data-terlindungi\"",
                        "Buddha",
                        "Cerai mati",
                        "id=\"nik\"",
                        "id=\"tombol-koreksi\"",
                        "id=\"form-koreksi\"",
                        "id=\"form-minat\"",
                        "id=\"form-riwayat\"");
        // The OPD head sees the penalty (own OPD) but not the protected data.
        String kadis = halaman("/pegawai/" + nipUji, "kadis.pendidikan");
        assertThat(kadis).contains(uraian).doesNotContain("id=\"data-terlindungi\"", "Buddha");
        String bkd = halaman("/pegawai/" + nipUji + "?tab=riwayat", "bkd");
        assertThat(bkd)
                .contains(
                        uraian,
                        "tabel-riwayat-HUKUMAN_DISIPLIN",
                        "Buddha",
                        "Cerai mati",
                        "Ringan",
                        "800/" + unik + "/2024",
                        "01-02-2024",
                        "05-02-2024");
        // Only BKD records riwayat; only the employee or BKD edit minat.
        mvc.perform(post("/pegawai/" + nipUji + "/riwayat")
                        .with(sebagai("atasan.pendidikan"))
                        .with(csrf())
                        .param("jenis", "PENGHARGAAN")
                        .param("uraian", "x")
                        .param("tmt", "2024-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pegawai/" + nipUji + "/minat")
                        .with(sebagai("atasan.pendidikan"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pegawai/" + nipUji + "/minat/jabatan").param("q", "a").with(sebagai("atasan.pendidikan")))
                .andExpect(status().isForbidden());
    }

    @Test
    void bkdMengubahDrhDenganValidasiDanVersi() throws Exception {
        mvc.perform(get("/pegawai/" + nipUji + "/profil").with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-drh\"")))
                .andExpect(content().string(containsString("Penata Muda Tingkat I (III/b)")));
        mvc.perform(get("/pegawai/" + nipUji + "/profil").with(sebagai("atasan.pendidikan")))
                .andExpect(status().isForbidden());
        String nikLama = jdbc.sql("SELECT nik FROM pegawai.pegawai WHERE nip = ?")
                .param(nipUji)
                .query(String.class)
                .optional()
                .orElse(null);
        int v = versi(nipUji);
        // A bad NIK: the form comes back with the Indonesian message, nothing saved.
        mvc.perform(post("/pegawai/" + nipUji + "/profil")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("versi", String.valueOf(v))
                        .param("statusKepegawaian", "PNS")
                        .param("nik", "12345")
                        .param("tempatLahir", "Wonosari " + unik))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("NIK harus 16 digit angka.")))
                .andExpect(content().string(containsString("Wonosari " + unik)));
        assertThat(jdbc.sql("SELECT nik FROM pegawai.pegawai WHERE nip = ?")
                        .param(nipUji)
                        .query(String.class)
                        .optional()
                        .orElse(null))
                .isEqualTo(nikLama);
        // PPPK with a golongan, and a typo in the year: field errors too.
        mvc.perform(post("/pegawai/" + nipUji + "/profil")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("versi", String.valueOf(v))
                        .param("statusKepegawaian", "PPPK")
                        .param("golongan", "III/a")
                        .param("pendidikanTahunLulus", "20x9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Format isian tidak sesuai.")));
        mvc.perform(post("/pegawai/" + nipUji + "/profil")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("versi", String.valueOf(v))
                        .param("statusKepegawaian", "PPPK")
                        .param("golongan", "III/a"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PPPK tidak memiliki golongan/ruang PNS")));
        // Valid: saved, shown on the profile with the pangkat name.
        mvc.perform(post("/pegawai/" + nipUji + "/profil")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("versi", String.valueOf(v))
                        .param("statusKepegawaian", "PNS")
                        .param("tempatLahir", "Wonosari " + unik)
                        .param("nik", "3403 0126 0986 0002")
                        .param("golongan", "III/b")
                        .param("pendidikanTingkat", "S1")
                        .param("pendidikanJurusan", "Pendidikan Matematika")
                        .param("agama", "ISLAM")
                        .param("statusPerkawinan", "KAWIN")
                        .param("disabilitas", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nipUji))
                .andExpect(flash().attribute("pesan", "Data DRH tersimpan."));
        assertThat(jdbc.sql("SELECT nik FROM pegawai.pegawai WHERE nip = ?")
                        .param(nipUji)
                        .query(String.class)
                        .single())
                .isEqualTo("3403012609860002");
        assertThat(halaman("/pegawai/" + nipUji, "bkd"))
                .contains("Penata Muda Tingkat I (III/b)", "Wonosari " + unik, "S-1", "Pendidikan Matematika", "Islam");
        // The same stale version again: the change of the other user wins, the form reloads with a message.
        mvc.perform(post("/pegawai/" + nipUji + "/profil")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("versi", String.valueOf(v))
                        .param("statusKepegawaian", "PNS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nipUji + "/profil"))
                .andExpect(flash().attribute("galat", hasItem(containsString("Data telah diubah oleh pengguna lain"))));
    }

    @Test
    void bkdMencatatDanMembatalkanRiwayat() throws Exception {
        String uraian = "Pelatihan Analisis Data UJI-" + unik;
        // Invalid: no uraian, TMT missing, a future SK date → the riwayat tab again with the messages.
        mvc.perform(post("/pegawai/" + nipUji + "/riwayat")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("jenis", "PELATIHAN")
                        .param("uraian", "")
                        .param("jp", "24")
                        .param("tanggalSk", "2999-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"tab-pane fade show active\" id=\"tab-riwayat\"")))
                .andExpect(content().string(containsString("id=\"galat-riwayat\"")))
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("Tanggal SK tidak boleh di masa depan.")));
        mvc.perform(post("/pegawai/" + nipUji + "/riwayat")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("jenis", "PELATIHAN")
                        .param("uraian", uraian)
                        .param("keterangan", "BPSDM Provinsi")
                        .param("jp", "24")
                        .param("nomorSk", "SRT/" + unik)
                        .param("tanggalSk", "2024-03-08")
                        .param("tmt", "2024-03-04")
                        .param("tmtSelesai", "2024-03-06")
                        // Inputs of other jenis are ignored.
                        .param("golongan", "IV/e")
                        .param("tingkatHukuman", "BERAT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nipUji + "?tab=riwayat"))
                .andExpect(flash().attribute("pesan", "Riwayat dicatat."));
        long id = jdbc.sql("SELECT id FROM pegawai.riwayat WHERE nip = ? AND uraian = ?")
                .params(nipUji, uraian)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT golongan IS NULL AND tingkat IS NULL FROM pegawai.riwayat WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        int totalJp = jdbc.sql("SELECT coalesce(sum(jp), 0) FROM pegawai.riwayat WHERE nip = ? AND jenis = 'PELATIHAN' "
                        + "AND dibatalkan_pada IS NULL")
                .param(nipUji)
                .query(Integer.class)
                .single();
        String html = halaman("/pegawai/" + nipUji + "?tab=riwayat", "bkd");
        assertThat(html)
                .contains(
                        "id=\"riwayat-" + id + "\"",
                        uraian,
                        "SRT/" + unik,
                        "08-03-2024",
                        "04-03-2024",
                        "06-03-2024",
                        "id=\"nilai-total-jp\">" + totalJp + "<");
        // Cancel without a reason: refused with a message; with a reason: struck through, reason shown, JP recounted.
        mvc.perform(post("/pegawai/" + nipUji + "/riwayat/" + id + "/batalkan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("alasan", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("galat", hasItem("Pembatalan riwayat wajib disertai alasan.")));
        mvc.perform(post("/pegawai/" + nipUji + "/riwayat/" + id + "/batalkan")
                        .with(sebagai("atasan.pendidikan"))
                        .with(csrf())
                        .param("alasan", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pegawai/" + nipUji + "/riwayat/" + id + "/batalkan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("alasan", "Salah input " + unik))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("pesan", "Riwayat dibatalkan."));
        mvc.perform(post("/pegawai/" + nipUji + "/riwayat/" + id + "/batalkan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("alasan", "lagi"))
                .andExpect(flash().attribute("galat", hasItem(containsString("sudah dibatalkan"))));
        html = halaman("/pegawai/" + nipUji + "?tab=riwayat", "bkd");
        assertThat(html)
                .containsPattern("<tr id=\"riwayat-" + id + "\" class=\"riwayat-batal text-muted\"")
                .contains(
                        "Salah input " + unik,
                        "text-decoration-line-through",
                        "id=\"nilai-total-jp\">" + (totalJp - 24) + "<");
    }

    @Test
    void minatKarierDiubahPegawaiSendiri() throws Exception {
        // Reference data by its official code; a position of this test's own to search for.
        var rumpun = new String[] {
            "SDM",
            jdbc.sql("SELECT nama FROM kompetensi.rumpun WHERE kode = 'SDM'")
                    .query(String.class)
                    .single()
        };
        var opd = new id.aparatur.organisasi.OrganisasiFixture(jdbc).opdBaru("Dinas Uji Minat");
        String namaJabatan = "Penelaah Minat " + unik;
        var jab = new Object[] {
            new id.aparatur.organisasi.OrganisasiFixture(jdbc)
                    .jabatanBernama(opd.id(), opd.unitId(), namaJabatan, "PELAKSANA", null, true),
            namaJabatan
        };
        String kata = unik;
        mvc.perform(get("/pegawai/" + nipPegawai + "/minat/jabatan")
                        .param("q", kata.toLowerCase())
                        .header("HX-Request", "true")
                        .with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<option"), not(containsString("<nav")))));
        mvc.perform(get("/pegawai/" + nipPegawai + "/minat/jabatan")
                        .param("q", "zzz-tidak-ada-" + unik)
                        .with(sebagai("pegawai.pendidikan")))
                .andExpect(content().string(containsString("Tidak ada jabatan aktif yang cocok.")));
        mvc.perform(post("/pegawai/" + nipPegawai + "/minat")
                        .with(sebagai("pegawai.pendidikan"))
                        .with(csrf())
                        .param("rumpun", rumpun[0])
                        .param("jabatan", String.valueOf(jab[0]))
                        .param("jabatan", String.valueOf(jab[0])))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nipPegawai + "?tab=minat"));
        String html = halaman("/pegawai/" + nipPegawai + "?tab=minat", "pegawai.pendidikan");
        assertThat(html)
                .contains(
                        "class=\"tab-pane fade show active\" id=\"tab-minat\"",
                        rumpun[1],
                        (String) jab[1],
                        "id=\"minat-jabatan-" + jab[0] + "\"");
        mvc.perform(post("/pegawai/" + nipPegawai + "/minat")
                        .with(sebagai("pegawai.pendidikan"))
                        .with(csrf())
                        .param("rumpun", "TIDAK_ADA_" + unik))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("galat", hasItem("Rumpun jabatan tidak dikenal.")));
    }

    @Test
    void usulanKoreksiDitolakDenganAlasanLaluDisetujui() throws Exception {
        // Validation on the employee's form, and only one's own profile.
        mvc.perform(post("/pegawai/" + nipPegawai + "/koreksi")
                        .with(sebagai("pegawai.pendidikan"))
                        .with(csrf())
                        .param("isian", "pendidikanJurusan")
                        .param("nilaiUsulan", "Teknik Sipil")
                        .param("alasan", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"tab-pane fade show active\" id=\"tab-koreksi\"")))
                .andExpect(content().string(containsString("Wajib diisi.")));
        mvc.perform(post("/pegawai/" + nipAtasan + "/koreksi")
                        .with(sebagai("pegawai.pendidikan"))
                        .with(csrf())
                        .param("isian", "pendidikanJurusan")
                        .param("nilaiUsulan", "x")
                        .param("alasan", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/pegawai/" + nipPegawai + "/koreksi")
                        .with(sebagai("pegawai.pendidikan"))
                        .with(csrf())
                        .param("isian", "pendidikanJurusan")
                        .param("nilaiUsulan", "Teknik Sipil " + unik)
                        .param("alasan", "Sesuai ijazah"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nipPegawai + "?tab=koreksi"));
        long id1 = usulanTerakhir();
        // A second one for the same field while the first waits: refused on the form.
        mvc.perform(post("/pegawai/" + nipPegawai + "/koreksi")
                        .with(sebagai("pegawai.pendidikan"))
                        .with(csrf())
                        .param("isian", "pendidikanJurusan")
                        .param("nilaiUsulan", "Lain")
                        .param("alasan", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Masih ada usulan koreksi untuk isian ini")));

        // BKD's worklist.
        mvc.perform(get("/koreksi").with(sebagai("pegawai.pendidikan"))).andExpect(status().isForbidden());
        String daftar = halaman("/koreksi", "bkd");
        assertThat(daftar)
                .contains(
                        "id=\"koreksi-" + id1 + "\"",
                        "Teknik Sipil " + unik,
                        "Sesuai ijazah",
                        "Jurusan pendidikan terakhir",
                        "/pegawai/" + nipPegawai + "?tab=koreksi",
                        "id=\"nav-koreksi\"");
        mvc.perform(post("/koreksi/" + id1 + "/tolak")
                        .with(sebagai("pegawai.pendidikan"))
                        .with(csrf())
                        .param("alasan", "x"))
                .andExpect(status().isForbidden());
        // Rejecting needs a reason.
        mvc.perform(post("/koreksi/" + id1 + "/tolak")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("alasan", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/koreksi"))
                .andExpect(flash().attribute("galat", hasItem("Penolakan wajib disertai alasan.")));
        assertThat(statusUsulan(id1)).isEqualTo("DIAJUKAN");
        mvc.perform(post("/koreksi/" + id1 + "/tolak")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("alasan", "Ijazah belum dilampirkan " + unik))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/koreksi"))
                .andExpect(flash().attribute("pesan", "Usulan koreksi ditolak."));
        assertThat(statusUsulan(id1)).isEqualTo("DITOLAK");
        mvc.perform(post("/koreksi/" + id1 + "/setujui").with(sebagai("bkd")).with(csrf()))
                .andExpect(flash().attribute("galat", hasItem("Usulan koreksi ini sudah diputus.")));

        // Another proposal, approved from the profile page: the value is applied.
        mvc.perform(post("/pegawai/" + nipPegawai + "/koreksi")
                        .with(sebagai("pegawai.pendidikan"))
                        .with(csrf())
                        .param("isian", "pendidikanJurusan")
                        .param("nilaiUsulan", "Pendidikan Fisika " + unik)
                        .param("alasan", "Ijazah terlampir"))
                .andExpect(status().is3xxRedirection());
        long id2 = usulanTerakhir();
        assertThat(id2).isNotEqualTo(id1);
        mvc.perform(post("/koreksi/" + id2 + "/setujui")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("kembali", "/pegawai/" + nipPegawai + "?tab=koreksi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nipPegawai + "?tab=koreksi"))
                .andExpect(flash().attribute("pesan", "Usulan koreksi disetujui; nilai baru diterapkan."));
        assertThat(jdbc.sql("SELECT pendidikan_jurusan FROM pegawai.pegawai WHERE nip = ?")
                        .param(nipPegawai)
                        .query(String.class)
                        .single())
                .isEqualTo("Pendidikan Fisika " + unik);
        // Only safe targets for "kembali".
        mvc.perform(post("/koreksi/" + id2 + "/setujui")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("kembali", "https://contoh.invalid/"))
                .andExpect(redirectedUrl("/koreksi"));

        String profil = halaman("/pegawai/" + nipPegawai + "?tab=koreksi", "pegawai.pendidikan");
        assertThat(profil)
                .contains(
                        "Pendidikan Fisika " + unik,
                        "Ijazah belum dilampirkan " + unik,
                        "Ditolak",
                        "Disetujui",
                        "id=\"koreksi-" + id1 + "\" data-status=\"DITOLAK\"",
                        "id=\"koreksi-" + id2 + "\" data-status=\"DISETUJUI\"");
        assertThat(halaman("/koreksi", "bkd"))
                .doesNotContain("id=\"koreksi-" + id1 + "\"", "id=\"koreksi-" + id2 + "\"");
    }

    @Test
    void ubahPenempatanMempertahankanGelar() throws Exception {
        var lama = jdbc.sql(
                        "SELECT gelar_depan, gelar_belakang, jabatan_id, atasan_nip FROM pegawai.pegawai WHERE nip = ?")
                .param(nipUji)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)})
                .single();
        jdbc.sql("UPDATE pegawai.pegawai SET gelar_depan = 'Dr.', gelar_belakang = 'M.Pd.' WHERE nip = ?")
                .param(nipUji)
                .update();
        try {
            mvc.perform(post("/pegawai/" + nipUji + "/penempatan")
                            .with(sebagai("bkd"))
                            .with(csrf())
                            .param("versi", String.valueOf(versi(nipUji)))
                            .param("jabatanId", String.valueOf(lama[2]))
                            .param("atasanNip", ((String) lama[3]).trim()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("pesan", "Perubahan tersimpan."));
            assertThat(jdbc.sql("SELECT gelar_depan || ' ' || gelar_belakang FROM pegawai.pegawai WHERE nip = ?")
                            .param(nipUji)
                            .query(String.class)
                            .single())
                    .isEqualTo("Dr. M.Pd.");
        } finally {
            jdbc.sql("UPDATE pegawai.pegawai SET gelar_depan = ?, gelar_belakang = ? WHERE nip = ?")
                    .params(lama[0], lama[1], nipUji)
                    .update();
        }
    }

    @Test
    void navigasiProfilSayaUntukPenggunaBerNip() throws Exception {
        mvc.perform(get("/pegawai/" + nipUji).with(sebagai("atasan.pendidikan")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(matchesPattern("(?s).*id=\"nav-profil-saya\" href=\"/pegawai/" + nipAtasan + "\".*")));
        mvc.perform(get("/pegawai/" + nipUji).with(sebagai("bkd")))
                .andExpect(content().string(not(containsString("id=\"nav-profil-saya\""))));
    }

    private long usulanTerakhir() {
        return jdbc.sql("SELECT max(id) FROM pegawai.usulan_koreksi WHERE nip = ? AND isian = 'pendidikanJurusan'")
                .param(nipPegawai)
                .query(Long.class)
                .single();
    }

    private String statusUsulan(long id) {
        return jdbc.sql("SELECT status FROM pegawai.usulan_koreksi WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
