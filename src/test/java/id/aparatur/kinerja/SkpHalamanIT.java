package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.PenggunaAparatur;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The SKP pages on a new OPD of its own (kepala → atasan → pegawai, and a colleague beside the atasan): the list
 * shows exactly what SkpQuery lets each one see, out-of-scope users get 404 (page and PDF), an SKP goes from draft
 * through agreement and rating to final through the pages (bad input answers with the message), the predikat is
 * shown, the MPPH shows the cascade, and the PDF documents are valid and carry the NIP. Years 2044–2049.
 */
@UjiIntegrasi
class SkpHalamanIT {

    static final String[] BERAKHLAK = {
        "BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long opd;
    long unit;
    String nipKepala;
    String nipAtasan;
    String nipPegawai;
    String nipRekan;
    String nipLuar;
    String namaJabatan;
    RequestPostProcessor kepala;
    RequestPostProcessor atasan;
    RequestPostProcessor pegawai;
    RequestPostProcessor rekan;
    RequestPostProcessor luar;
    RequestPostProcessor bkd;

    @BeforeEach
    void opdBaru() {
        String s = Long.toString(System.nanoTime(), 36);
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var o = org.opdBaru("Badan Uji SKP");
        opd = o.id();
        unit = o.unitId();
        long jabatan = org.jabatanBaru(opd, unit, "PELAKSANA", null, 7, "ADM", 5);
        org.uraianTugas(jabatan, "Menyusun laporan");
        namaJabatan = jdbc.sql("SELECT nama FROM organisasi.v_jabatan WHERE id = ?")
                .param(jabatan)
                .query(String.class)
                .single();
        PegawaiFixture pf = new PegawaiFixture(jdbc);
        PegawaiFixture.Tempat tempat = new PegawaiFixture.Tempat(opd, unit, jabatan);
        nipKepala = pf.pegawaiBaru(tempat, null, "Kepala Uji " + s);
        nipAtasan = pf.pegawaiBaru(tempat, nipKepala, "Atasan Uji " + s);
        nipPegawai = pf.pegawaiBaru(tempat, nipAtasan, "Pegawai Uji " + s);
        nipRekan = pf.pegawaiBaru(tempat, nipKepala, "Rekan Uji " + s);
        // someone of another OPD
        var lain = org.opdBaru("Dinas Uji SKP Lain");
        long opdLuar = lain.id();
        nipLuar = pf.pegawaiBaru(
                new PegawaiFixture.Tempat(opdLuar, lain.unitId(), org.pelaksanaBaru(lain, 1)), null, "Luar Uji " + s);
        kepala = sebagai(nipKepala, opd, Peran.PIMPINAN_OPD, Peran.ATASAN, Peran.PEGAWAI);
        atasan = sebagai(nipAtasan, opd, Peran.ATASAN, Peran.PEGAWAI);
        pegawai = sebagai(nipPegawai, opd, Peran.PEGAWAI);
        rekan = sebagai(nipRekan, opd, Peran.PEGAWAI);
        luar = sebagai(nipLuar, opdLuar, Peran.PEGAWAI);
        bkd = user(new PenggunaAparatur(
                "uji.bkd." + s, null, "Uji BKD", Set.of(Peran.ADMIN_BKD), null, null, true, false));
    }

    static RequestPostProcessor sebagai(String nip, long opd, Peran... peran) {
        return user(new PenggunaAparatur("uji." + nip, null, "Uji " + nip, Set.of(peran), opd, nip, true, false));
    }

    ResultActions kirim(MockHttpServletRequestBuilder req, RequestPostProcessor siapa) throws Exception {
        return mvc.perform(req.with(siapa).with(csrf()));
    }

    long buatSkp(RequestPostProcessor siapa, int tahun) throws Exception {
        String lokasi = kirim(
                        post("/kinerja/skp")
                                .param("tahun", String.valueOf(tahun))
                                .param("periodeEvaluasi", "TRIWULANAN"),
                        siapa)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(lokasi).matches("/kinerja/skp/\\d+");
        return Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1));
    }

    int versi(long skp) {
        return jdbc.sql("SELECT versi FROM kinerja.skp WHERE id = ?")
                .param(skp)
                .query(Integer.class)
                .single();
    }

    String statusSkp(long skp) {
        return jdbc.sql("SELECT status FROM kinerja.skp WHERE id = ?")
                .param(skp)
                .query(String.class)
                .single();
    }

    MockHttpServletRequestBuilder rhkBaru(long skp, String uraian, @Nullable Long rhkAtasan) {
        return rhkForm(skp, null, uraian, rhkAtasan, "12 laporan");
    }

    MockHttpServletRequestBuilder rhkForm(
            long skp, @Nullable Long rhkId, String uraian, @Nullable Long rhkAtasan, String target) {
        return post("/kinerja/skp/" + skp + "/rhk")
                .param("versi", String.valueOf(versi(skp)))
                .param("rhkId", rhkId == null ? "" : rhkId.toString())
                .param("uraian", uraian)
                .param("jenis", "UTAMA")
                .param("rhkAtasanId", rhkAtasan == null ? "" : rhkAtasan.toString())
                .param("ind[0].aspek", "KUANTITAS")
                .param("ind[0].uraian", "Jumlah laporan")
                .param("ind[0].target", target)
                .param("ind[1].aspek", "WAKTU")
                .param("ind[1].uraian", "Tepat waktu")
                .param("ind[1].target", "12 bulan")
                .param("ind[2].aspek", "KUALITAS")
                .param("ind[2].uraian", "")
                .param("ind[2].target", "");
    }

    long rhkPertama(long skp) {
        return jdbc.sql("SELECT min(id) FROM kinerja.rhk WHERE skp_id = ?")
                .param(skp)
                .query(Long.class)
                .single();
    }

    @Test
    void daftarMengikutiCakupanDanDiLuarCakupan404() throws Exception {
        long skp = buatSkp(pegawai, 2045);
        long skpRekan = buatSkp(rekan, 2045);
        String baris = "id=\"skp-" + skp + "\"";
        mvc.perform(get("/kinerja/skp").with(pegawai))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(baris)))
                .andExpect(content().string(not(containsString("id=\"skp-" + skpRekan + "\""))))
                .andExpect(content().string(containsString("id=\"buat-skp\"")))
                .andExpect(content().string(containsString(namaJabatan)));
        mvc.perform(get("/kinerja/skp").with(atasan))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(baris)))
                .andExpect(content().string(not(containsString("id=\"skp-" + skpRekan + "\""))));
        mvc.perform(get("/kinerja/skp").param("tahun", "2045").with(kepala))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(baris)))
                .andExpect(content().string(containsString("id=\"skp-" + skpRekan + "\"")));
        mvc.perform(get("/kinerja/skp")
                        .param("opd", String.valueOf(opd))
                        .param("tahun", "2045")
                        .param("status", "DRAF")
                        .with(bkd))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(baris)))
                .andExpect(content().string(containsString("id=\"filter-opd\"")))
                .andExpect(content().string(not(containsString("id=\"buat-skp\""))));
        mvc.perform(get("/kinerja/skp")
                        .param("opd", String.valueOf(opd))
                        .param("status", "FINAL")
                        .with(bkd))
                .andExpect(content().string(not(containsString(baris))));
        // a colleague beside the atasan and an employee of another OPD see nothing of it
        mvc.perform(get("/kinerja/skp").with(rekan)).andExpect(content().string(not(containsString(baris))));
        mvc.perform(get("/kinerja/skp").with(luar)).andExpect(content().string(not(containsString(baris))));
        mvc.perform(get("/kinerja/skp/" + skp).with(rekan)).andExpect(status().isNotFound());
        mvc.perform(get("/kinerja/skp/" + skp).with(luar)).andExpect(status().isNotFound());
        mvc.perform(get("/kinerja/skp/" + skp + "/dokumen.pdf").with(luar)).andExpect(status().isNotFound());
        kirim(post("/kinerja/skp/" + skp + "/setujui"), luar).andExpect(status().isNotFound());
        // a second SKP for the same year is refused with the message
        kirim(post("/kinerja/skp").param("tahun", "2045"), pegawai)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("galat", java.util.List.of("SKP untuk tahun ini sudah ada.")));
    }

    @Test
    void drafDisetujuiDinilaiPredikatTampilLaluFinal() throws Exception {
        int tahun = 2044;
        long skpAtasan = buatSkp(atasan, tahun);
        kirim(rhkBaru(skpAtasan, "Laporan bidang tersusun", null), atasan).andExpect(status().is3xxRedirection());
        long rhkAtasan = rhkPertama(skpAtasan);

        long skp = buatSkp(pegawai, tahun);
        mvc.perform(get("/kinerja/skp/" + skp).with(pegawai))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + rhkAtasan + "\"")))
                .andExpect(content().string(containsString("id=\"tautan-evaluasi\"")))
                .andExpect(content().string(not(containsString("id=\"setujui-skp\""))));
        // bad input: no indicator, and an RHK outside the atasan chain
        kirim(
                        post("/kinerja/skp/" + skp + "/rhk")
                                .param("versi", String.valueOf(versi(skp)))
                                .param("uraian", "Tanpa")
                                .param("jenis", "UTAMA")
                                .param("rhkAtasanId", String.valueOf(skpRekanRhk(tahun))),
                        pegawai)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Setiap RHK memerlukan paling sedikit satu indikator.")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "RHK yang diintervensi harus RHK SKP tahun yang sama milik atasan dalam rantai atasan Anda.")))
                .andExpect(content().string(containsString("Tanpa")));
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.rhk WHERE skp_id = ?")
                        .param(skp)
                        .query(Long.class)
                        .single())
                .isZero();
        kirim(rhkBaru(skp, "Laporan bulanan tersusun", rhkAtasan), pegawai).andExpect(status().is3xxRedirection());
        long rhk = rhkPertama(skp);
        assertThat(jdbc.sql("SELECT rhk_atasan_id FROM kinerja.rhk WHERE id = ?")
                        .param(rhk)
                        .query(Long.class)
                        .single())
                .isEqualTo(rhkAtasan);
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.indikator WHERE rhk_id = ?")
                        .param(rhk)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        mvc.perform(get("/kinerja/skp/" + skp).with(pegawai))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ubah-rhk-" + rhk + "\"")))
                .andExpect(content().string(containsString("id=\"form-rhk-baru\"")));
        // editing an RHK: its indicator target changes, the cascade link stays
        kirim(rhkForm(skp, rhk, "Laporan bulanan tersusun", rhkAtasan, "24 laporan"), pegawai)
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM kinerja.rhk WHERE skp_id = ?")
                        .param(skp)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT target FROM kinerja.indikator WHERE rhk_id = ? AND aspek = 'KUANTITAS'")
                        .param(rhk)
                        .query(String.class)
                        .single())
                .isEqualTo("24 laporan");

        // the owner may not agree; the atasan sees the button and agrees
        kirim(post("/kinerja/skp/" + skp + "/setujui"), pegawai).andExpect(status().isForbidden());
        mvc.perform(get("/kinerja/skp/" + skp).with(atasan))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"setujui-skp\"")))
                .andExpect(content().string(containsString("Laporan bidang tersusun")))
                .andExpect(content().string(not(containsString("id=\"form-rhk-baru\""))));
        kirim(post("/kinerja/skp/" + skp + "/setujui"), atasan).andExpect(status().is3xxRedirection());
        assertThat(statusSkp(skp)).isEqualTo("DISETUJUI");

        // the atasan may return it for revision (a note is required); the owner may not
        kirim(post("/kinerja/skp/" + skp + "/kembalikan").param("catatan", "Saya kembalikan sendiri"), pegawai)
                .andExpect(status().isForbidden());
        kirim(post("/kinerja/skp/" + skp + "/kembalikan").param("catatan", " "), atasan)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("galat", java.util.List.of("Isi catatan pengembalian, 5 sampai 2000 karakter.")));
        assertThat(statusSkp(skp)).isEqualTo("DISETUJUI");
        kirim(post("/kinerja/skp/" + skp + "/kembalikan").param("catatan", "Target kuantitas perlu dinaikkan"), atasan)
                .andExpect(status().is3xxRedirection());
        assertThat(statusSkp(skp)).isEqualTo("DRAF");
        mvc.perform(get("/kinerja/skp/" + skp).with(pegawai))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Target kuantitas perlu dinaikkan")))
                .andExpect(content().string(containsString("id=\"ubah-rhk-" + rhk + "\"")));
        // ... also through the API (400 without a note)
        kirim(
                        post("/api/v1/kinerja/skp/" + skp + "/kembalikan")
                                .contentType("application/json")
                                .content("{\"catatan\":\"\"}"),
                        atasan)
                .andExpect(status().isBadRequest());
        kirim(
                        post("/api/v1/kinerja/skp/" + skp + "/kembalikan")
                                .contentType("application/json")
                                .content("{\"catatan\":\"Indikator kualitas belum ada\"}"),
                        atasan)
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("DRAF"));
        kirim(post("/kinerja/skp/" + skp + "/setujui"), atasan).andExpect(status().is3xxRedirection());
        assertThat(statusSkp(skp)).isEqualTo("DISETUJUI");

        // rating: every value needs an expectation and feedback
        MockHttpServletRequestBuilder nilai = post("/kinerja/skp/" + skp + "/nilai")
                .param("hasilKerja", "DI_ATAS")
                .param("perilakuKerja", "DI_ATAS");
        for (String n : BERAKHLAK) {
            nilai.param("catatan." + n, "Umpan balik " + n);
            if (!n.equals("LOYAL")) {
                nilai.param("ekspektasi." + n, "DI_ATAS");
            }
        }
        kirim(nilai, atasan)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Pilih ekspektasi (di atas, sesuai atau di bawah) untuk setiap nilai BerAKHLAK.")));
        assertThat(statusSkp(skp)).isEqualTo("DISETUJUI");
        kirim(nilai.param("ekspektasi.LOYAL", "SESUAI"), atasan).andExpect(status().is3xxRedirection());
        assertThat(statusSkp(skp)).isEqualTo("DINILAI");
        assertThat(jdbc.sql("SELECT ekspektasi FROM kinerja.perilaku WHERE skp_id = ? AND nilai = 'LOYAL'")
                        .param(skp)
                        .query(String.class)
                        .single())
                .isEqualTo("SESUAI");
        mvc.perform(get("/kinerja/skp/" + skp).with(pegawai))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"predikat\"")))
                .andExpect(content().string(containsString(">Sangat Baik<")))
                .andExpect(content().string(not(containsString("id=\"form-nilai\""))))
                .andExpect(content().string(not(containsString("id=\"finalkan-skp\""))));
        String halamanAtasan = mvc.perform(get("/kinerja/skp/" + skp).with(atasan))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(halamanAtasan).contains("id=\"form-nilai\"", "id=\"finalkan-skp\"", "Umpan balik KOMPETEN");
        assertThat(halamanAtasan)
                .as("the rating form shows the rating made")
                .containsPattern("id=\"hasilKerja-DI_ATAS\"\\s+value=\"DI_ATAS\" checked=\"checked\"")
                .containsPattern("id=\"ekspektasi-LOYAL-SESUAI\"\\s+value=\"SESUAI\" checked=\"checked\"");
        assertThat(halamanAtasan.indexOf("id=\"finalkan-skp\""))
                .as("finalise below the rating form")
                .isGreaterThan(halamanAtasan.indexOf("id=\"form-nilai\""));

        // the MPPH of the unit shows the cascade; a plain employee may not open it
        mvc.perform(get("/kinerja/skp").with(kepala)).andExpect(content().string(containsString("id=\"tautan-mpph\"")));
        mvc.perform(get("/kinerja/mpph")
                        .param("unit", String.valueOf(unit))
                        .param("tahun", String.valueOf(tahun))
                        .with(kepala))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + unit + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("id=\"mpph-rhk-" + rhkAtasan + "\"")))
                .andExpect(content().string(containsString("id=\"mpph-sel-" + rhk + "\"")))
                .andExpect(content().string(containsString("id=\"kolom-" + nipPegawai + "\"")));
        mvc.perform(get("/kinerja/mpph").param("unit", String.valueOf(unit)).with(rekan))
                .andExpect(status().isNotFound());

        // finalisation needs the OPD's organisational predikat for the year (set by BKD)
        jdbc.sql("""
                INSERT INTO kinerja.predikat_organisasi (opd_id, tahun, predikat, dasar, ditetapkan_oleh)
                VALUES (?, ?, 'ISTIMEWA', 'Uji halaman SKP', 'uji')""").params(opd, tahun).update();
        kirim(post("/kinerja/skp/" + skp + "/finalkan"), atasan).andExpect(status().is3xxRedirection());
        assertThat(statusSkp(skp)).isEqualTo("FINAL");
        mvc.perform(get("/kinerja/skp/" + skp).with(atasan))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"FINAL\"")))
                .andExpect(content().string(containsString("id=\"predikat\"")))
                .andExpect(content().string(not(containsString("id=\"form-nilai\""))))
                .andExpect(content().string(not(containsString("id=\"finalkan-skp\""))));

        // the documents: valid PDF carrying the NIP, for the page and the API alike
        for (String url : new String[] {
            "/kinerja/skp/" + skp + "/dokumen.pdf",
            "/kinerja/skp/" + skp + "/evaluasi.pdf",
            "/api/v1/kinerja/skp/" + skp + "/dokumen",
            "/api/v1/kinerja/skp/" + skp + "/dokumen?jenis=EVALUASI"
        }) {
            byte[] pdf = mvc.perform(get(url).with(pegawai))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf"))
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
            if (url.endsWith(".pdf")) {
                // for humans checking the layout
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "dokumen"));
                java.nio.file.Files.write(
                        java.nio.file.Path.of("target", "dokumen", url.substring(url.lastIndexOf('/') + 1)), pdf);
            }
            try (PdfReader reader = new PdfReader(pdf)) {
                StringBuilder teks = new StringBuilder();
                PdfTextExtractor ekstrak = new PdfTextExtractor(reader);
                for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                    teks.append(ekstrak.getTextFromPage(i)).append('\n');
                }
                assertThat(teks.toString()).as(url).contains(nipPegawai, nipAtasan, "Laporan bulanan tersusun");
                if (url.contains("evaluasi") || url.contains("EVALUASI")) {
                    assertThat(teks.toString()).contains("Sangat Baik");
                }
            }
        }
        mvc.perform(get("/api/v1/kinerja/skp/" + skp + "/dokumen").with(rekan)).andExpect(status().isNotFound());
    }

    /** An RHK of the colleague beside the atasan (same OPD, same year, not in the employee's chain). */
    long skpRekanRhk(int tahun) throws Exception {
        long s = buatSkp(rekan, tahun);
        kirim(rhkBaru(s, "RHK rekan", null), rekan).andExpect(status().is3xxRedirection());
        return rhkPertama(s);
    }
}
