package id.aparatur.asesmen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.application.PenggunaRepository;
import id.aparatur.asesmen.application.MatriksQuery;
import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.organisasi.StandarKompetensiJabatan;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.shared.Permintaan;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The assessment pages through MockMvc on the demo Kabupaten: the Kompetensi tab (record, supersede, cancel, bad
 * forms), the Kesenjangan tab (JPM from known levels), the skill matrix with its export, and scope. The database is
 * shared with every other IT (and the demo may carry assessments), so every expectation is computed from what this
 * class records, dated yesterday/today so that its records are the latest.
 */
@UjiIntegrasi
class AsesmenHalamanIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenggunaRepository pengguna;

    @Autowired
    StrukturOrganisasi organisasi;

    @Autowired
    MatriksQuery matriks;

    @Autowired
    BatasJpm batas;

    @Autowired
    ObjectMapper json;

    long disdik;
    long opdLain;
    LocalDate hariIni;
    LocalDate kemarin;

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
        hariIni = LocalDate.now();
        kemarin = hariIni.minusDays(1);
    }

    /**
     * A new active Disdik employee (in the scope of the Disdik demo accounts) whose jabatan has an SKJ of three lines
     * ({@link AsesmenFixture}), not a demo account.
     */
    String pegawaiDisdik(int n) {
        long unit = jdbc.sql("SELECT min(id) FROM organisasi.v_unit WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        return new AsesmenFixture(jdbc).pegawaiDenganSkj(disdik, unit).nip();
    }

    long jabatan(String nip) {
        return jdbc.sql("SELECT jabatan_id FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query(Long.class)
                .single();
    }

    long jumlahAsesmen(String nip) {
        return jdbc.sql("SELECT count(*) FROM asesmen.asesmen WHERE nip = ?")
                .param(nip)
                .query(Long.class)
                .single();
    }

    static MockHttpServletRequestBuilder form(
            String nip, LocalDate tanggal, String sumber, String asesor, String catatan, Map<String, Integer> level) {
        MockHttpServletRequestBuilder r = post("/pegawai/" + nip + "/asesmen")
                .with(csrf())
                .param("tanggal", tanggal.toString())
                .param("sumber", sumber)
                .param("asesor", asesor)
                .param("catatan", catatan)
                .param("bukti", "https://bkpsdm.contoh.go.id/laporan/" + catatan);
        int i = 0;
        for (var e : level.entrySet()) {
            r.param("baris[" + i + "].kode", e.getKey())
                    .param("baris[" + i + "].level", String.valueOf(e.getValue()))
                    .param("baris[" + i + "].tambahan", "false");
            i++;
        }
        // The empty "other competency" row the form always has.
        return r.param("baris[" + i + "].kode", "")
                .param("baris[" + i + "].level", "")
                .param("baris[" + i + "].tambahan", "true");
    }

    String fragmen(String url, String username) throws Exception {
        String isi = mvc.perform(get(url).with(sebagai(username)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi).doesNotContain("<html").doesNotContain("navbar");
        return isi;
    }

    /** The level shown for {@code kode} in the "current level" table of the Kompetensi fragment. */
    static int levelTampil(String html, String kode) {
        int tabel = html.indexOf("id=\"tabel-level-terkini\"");
        int baris = html.indexOf("data-kode=\"" + kode + "\"", tabel);
        assertThat(tabel).isNotNegative();
        assertThat(baris).as("baris %s di tabel level", kode).isGreaterThan(tabel);
        Matcher m = Pattern.compile("level-terkini\">(\\d)<").matcher(html);
        assertThat(m.find(baris)).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The chart data of the level history (data-grafik of the riwayat chart). */
    JsonNode grafikRiwayat(String html) {
        Matcher m = Pattern.compile("data-grafik-jenis=\"riwayat\" data-grafik=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as("data-grafik riwayat").isTrue();
        return json.readTree(HtmlUtils.htmlUnescape(m.group(1)));
    }

    @Test
    void asesorMencatatAsesmenYangTerbaruBerlakuDanPembatalanMengembalikanLevelSebelumnya() throws Exception {
        String nip = pegawaiDisdik(0);
        String kode = organisasi.standarKompetensi(jabatan(nip)).get(0).kode();
        String pertama = "pertama-" + UUID.randomUUID();
        String kedua = "kedua-" + UUID.randomUUID();

        // 1. A normal form post records and goes back to the profile tab.
        mvc.perform(form(nip, kemarin, "CACT", "UPT Penilaian Kompetensi", pertama, Map.of(kode, 2))
                        .with(sebagai("asesor")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nip + "?tab=kompetensi"))
                .andExpect(flash().attribute("pesan", "Asesmen kompetensi dicatat."));
        String isi = fragmen("/pegawai/" + nip + "/kompetensi", "asesor");
        assertThat(isi)
                .contains(pertama)
                .contains("id=\"form-asesmen\"")
                .contains("https://bkpsdm.contoh.go.id/laporan/" + pertama);
        assertThat(levelTampil(isi, kode)).isEqualTo(2);

        // 2. A later measurement through htmx: the fragment comes back with it as the current level.
        isi = mvc.perform(form(nip, hariIni, "ASSESSMENT_CENTER", "UPT Penilaian Kompetensi", kedua, Map.of(kode, 4))
                        .with(sebagai("asesor"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi).contains("Asesmen kompetensi dicatat.").contains(kedua).doesNotContain("<html");
        assertThat(levelTampil(isi, kode)).isEqualTo(4);
        assertThat(isi.indexOf(kedua)).as("terbaru dulu").isLessThan(isi.indexOf(pertama));
        long idKedua = jdbc.sql("SELECT id FROM asesmen.asesmen WHERE nip = ? AND catatan = ?")
                .params(nip, kedua)
                .query(Long.class)
                .single();

        // 3. Cancelling needs a reason; BKD cancels with one and the earlier level is current again.
        isi = mvc.perform(post("/pegawai/" + nip + "/asesmen/" + idKedua + "/batalkan")
                        .with(csrf())
                        .with(sebagai("bkd"))
                        .header("HX-Request", "true")
                        .param("alasan", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi).contains("Alasan pembatalan: Wajib diisi.");
        assertThat(levelTampil(isi, kode)).isEqualTo(4);
        isi = mvc.perform(post("/pegawai/" + nip + "/asesmen/" + idKedua + "/batalkan")
                        .with(csrf())
                        .with(sebagai("bkd"))
                        .header("HX-Request", "true")
                        .param("alasan", "Salah input peserta"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi).contains("Asesmen dibatalkan");
        assertThat(levelTampil(isi, kode)).isEqualTo(2);
        int baris = isi.indexOf("id=\"asesmen-" + idKedua + "\"");
        assertThat(baris).as("asesmen batal tetap tercantum").isPositive();
        String barisBatal = isi.substring(baris, isi.indexOf("</tr>", baris));
        assertThat(barisBatal)
                .contains("asesmen-batal")
                .contains("text-decoration-line-through")
                .contains(kedua)
                .contains("Dibatalkan oleh bkd")
                .contains("Alasan: Salah input peserta");
        // The chart leaves the cancelled measurement out.
        JsonNode seri = null;
        for (JsonNode s : grafikRiwayat(isi).get("seri")) {
            if (s.get("kode").asString().equals(kode)) {
                seri = s;
            }
        }
        assertThat(seri).isNotNull();
        for (JsonNode titik : seri.get("data")) {
            assertThat(titik.get(0).asString()).isNotEqualTo(hariIni.toString());
        }
        JsonNode terakhir = seri.get("data").get(seri.get("data").size() - 1);
        assertThat(terakhir.get(0).asString()).isEqualTo(kemarin.toString());
        assertThat(terakhir.get(1).asInt()).isEqualTo(2);
        // Cancelled ones cannot be cancelled again.
        isi = mvc.perform(post("/pegawai/" + nip + "/asesmen/" + idKedua + "/batalkan")
                        .with(csrf())
                        .with(sebagai("bkd"))
                        .header("HX-Request", "true")
                        .param("alasan", "lagi"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi).contains("Asesmen ini sudah dibatalkan.");
    }

    @Test
    void formBurukMenampilkanGalatBahasaIndonesiaTanpaMenulisApaPun() throws Exception {
        String nip = pegawaiDisdik(1);
        String kode = organisasi.standarKompetensi(jabatan(nip)).get(0).kode();
        long sebelum = jumlahAsesmen(nip);

        String isi = mvc.perform(form(nip, hariIni.plusDays(3), "CACT", "", "buruk", Map.of(kode, 7))
                        .with(sebagai("asesor"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi)
                .contains("Asesmen tidak dicatat")
                .contains("Tanggal asesmen: Tanggal asesmen tidak boleh di masa depan.")
                .contains("Asesor: Wajib diisi.")
                .contains("Level " + kode + ": Level kompetensi harus 1 sampai 5.")
                .contains("is-invalid")
                // The entries are kept for correction.
                .contains("value=\"" + hariIni.plusDays(3) + "\"");
        // Unknown code, missing level of an added row, an unreadable date: all refused in Indonesian.
        isi = mvc.perform(post("/pegawai/" + nip + "/asesmen")
                        .with(csrf())
                        .with(sebagai("asesor"))
                        .header("HX-Request", "true")
                        .param("tanggal", "kemarin")
                        .param("sumber", "CACT")
                        .param("asesor", "Tim")
                        .param("baris[0].kode", "X.99")
                        .param("baris[0].level", "3")
                        .param("baris[0].tambahan", "true")
                        .param("baris[1].kode", kode)
                        .param("baris[1].level", "")
                        .param("baris[1].tambahan", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi)
                .contains("Tanggal asesmen: Format isian tidak sesuai.")
                .contains("Level X.99: Kode kompetensi tidak ada di kamus kompetensi.")
                .contains("Level " + kode + ": Pilih level untuk kompetensi yang ditambahkan.");
        // Without htmx the errors come back as flash messages on the profile.
        mvc.perform(form(nip, hariIni, "CACT", "Tim", "kosong", Map.of()).with(sebagai("asesor")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pegawai/" + nip + "?tab=kompetensi"))
                .andExpect(flash().attribute("galat", List.of("Level: Isi level paling sedikit satu kompetensi.")));
        assertThat(jumlahAsesmen(nip)).isEqualTo(sebelum);
    }

    @Test
    void kesenjanganMenampilkanJpmDariLevelYangDiketahui() throws Exception {
        String nip = pegawaiDisdik(2);
        long jab = jabatan(nip);
        List<StandarKompetensiJabatan> skj = organisasi.standarKompetensi(jab);
        Map<String, Integer> level = new java.util.TreeMap<>();
        long capaian = 0;
        long standar = 0;
        for (int i = 0; i < skj.size(); i++) {
            StandarKompetensiJabatan s = skj.get(i);
            int l = i % 4 == 3 ? Math.min(5, s.level() + 1) : Math.max(1, s.level() - i % 3);
            level.put(s.kode(), l);
            capaian += Math.min(l, s.level());
            standar += s.level();
        }
        BigDecimal jpm = BigDecimal.valueOf(capaian * 100).divide(BigDecimal.valueOf(standar), 2, RoundingMode.HALF_UP);
        mvc.perform(form(nip, hariIni, "UJI_KOMPETENSI", "Tim Uji Kompetensi", "jpm-" + UUID.randomUUID(), level)
                        .with(sebagai("asesor")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("pesan"));

        String isi = fragmen("/pegawai/" + nip + "/kesenjangan", "bkd");
        assertThat(isi)
                .contains("data-jpm=\"" + jpm.toPlainString() + "\"")
                .contains(jpm.toPlainString().replace('.', ',') + " %")
                .contains("data-kategori=\"" + batas.kategori(jpm).name() + "\"")
                .contains("Jabatan saat ini")
                .contains("data-grafik-jenis=\"kesenjangan\"")
                .contains(
                        "Optimal: JPM ≥ " + batas.optimal().stripTrailingZeros().toPlainString() + " %");
        for (StandarKompetensiJabatan s : skj) {
            assertThat(isi).contains("data-kode=\"" + s.kode() + "\"");
        }
        // Selisih of a line below the standard is shown negative.
        int kurang = -1;
        for (int i = 0; i < skj.size(); i++) {
            if (level.get(skj.get(i).kode()) < skj.get(i).level()) {
                kurang = i;
                break;
            }
        }
        if (kurang >= 0) {
            StandarKompetensiJabatan s = skj.get(kurang);
            int baris = isi.indexOf("data-kode=\"" + s.kode() + "\"");
            assertThat(isi.substring(baris, isi.indexOf("</tr>", baris)))
                    .contains(">" + (level.get(s.kode()) - s.level()) + "<");
        }

        // Another jabatan chosen through the search.
        var org = new OrganisasiFixture(jdbc);
        var opdLainUji = org.opdBaru("Dinas Uji Pembanding");
        String namaLain = "Pembanding" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        long jabLain = org.jabatanBernama(opdLainUji.id(), opdLainUji.unitId(), namaLain, "PELAKSANA", null, true);
        org.standarKompetensi(jabLain, "M.01", 2, 100);
        String cari = fragmen(
                "/pegawai/" + nip + "/kesenjangan/jabatan?q=" + namaLain.substring(0, Math.min(8, namaLain.length())),
                "bkd");
        Matcher tombol = Pattern.compile("data-jabatan-id=\"(\\d+)\"").matcher(cari);
        int jumlah = 0;
        Long pilihan = null;
        while (tombol.find()) {
            jumlah++;
            pilihan = pilihan == null ? Long.valueOf(tombol.group(1)) : pilihan;
        }
        assertThat(jumlah).isBetween(1, 20);
        String lain = fragmen("/pegawai/" + nip + "/kesenjangan?jabatan=" + pilihan, "bkd");
        assertThat(lain).contains("Jabatan pembanding").contains("id=\"jabatan-pembanding\"");
    }

    @Test
    void matriksKompetensiDanEkspornya() throws Exception {
        // BKD chooses first; the OPD head sees their own OPD straight away.
        String isi = mvc.perform(get("/matriks-kompetensi").with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(isi)
                .contains("id=\"matriks-pilih-filter\"")
                .doesNotContain("id=\"tabel-matriks\"")
                .contains("id=\"nav-matriks-kompetensi\"");
        long aktif = jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE opd_id = ? AND aktif")
                .param(disdik)
                .query(Long.class)
                .single();
        for (String url : List.of("/matriks-kompetensi", "/matriks-kompetensi?opd=" + disdik)) {
            isi = mvc.perform(get(url).with(sebagai("kadis.pendidikan")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(isi)
                    .contains("id=\"tabel-matriks\"")
                    .contains("data-grafik-jenis=\"distribusi\"")
                    .contains("kolom-kompetensi")
                    .contains("id=\"matriks-unit\"");
            assertThat(hitung(isi, "class=\"baris-matriks\"")).isEqualTo((int) Math.min(50, aktif));
            assertThat(isi).contains("Halaman 1 dari " + Math.max(1, (aktif + 49) / 50));
        }
        // The second page.
        if (aktif > 50) {
            isi = mvc.perform(
                            get("/matriks-kompetensi?opd=" + disdik + "&page=1").with(sebagai("bkd")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(hitung(isi, "class=\"baris-matriks\"")).isEqualTo((int) Math.min(50, aktif - 50));
        }
        // Unit and jabatan selects by htmx.
        String pilihan = fragmen("/matriks-kompetensi/pilihan?opd=" + disdik, "bkd");
        assertThat(pilihan).contains("id=\"matriks-unit\"").contains("id=\"matriks-jabatan\"");
        assertThat(hitung(pilihan, "<option value=\"")).isGreaterThan(2);

        // Export: header row NIP, Nama, Jabatan, Kelas, JPM, Kategori, then one column per competency.
        var kolom = matriks.matriks(
                        pengguna.cari("bkd").orElseThrow().cakupan(),
                        new MatriksQuery.Filter(disdik, null, null),
                        new Permintaan(0, 1))
                .kolom();
        MvcResult mulai = mvc.perform(
                        get("/matriks-kompetensi/ekspor?opd=" + disdik).with(sebagai("bkd")))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("matriks-kompetensi-")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Row kepala = wb.getSheetAt(0).getRow(0);
            List<String> sel = new ArrayList<>();
            kepala.forEach(c -> sel.add(c.getStringCellValue()));
            assertThat(sel.subList(0, 6)).containsExactly("NIP", "Nama", "Jabatan", "Kelas", "JPM (%)", "Kategori JPM");
            assertThat(sel).hasSize(6 + kolom.size());
            for (int i = 0; i < kolom.size(); i++) {
                assertThat(sel.get(6 + i)).startsWith(kolom.get(i).kode() + " ");
            }
            assertThat(wb.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo((int) aktif + 1);
            // Cells are "saat ini/standar".
            boolean adaSel = false;
            for (Row r : wb.getSheetAt(0)) {
                for (int i = 6; r.getRowNum() > 0 && i < r.getLastCellNum(); i++) {
                    var c = r.getCell(i);
                    if (c != null && !c.getStringCellValue().isEmpty()) {
                        assertThat(c.getStringCellValue()).matches("[1-5–]/[1-5–]");
                        adaSel = true;
                    }
                }
            }
            assertThat(adaSel).isTrue();
        }
        // Out of scope and role.
        mvc.perform(get("/matriks-kompetensi?opd=" + opdLain).with(sebagai("kadis.pendidikan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/matriks-kompetensi").with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/matriks-kompetensi/ekspor?opd=" + disdik).with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/").with(sebagai("pegawai.pendidikan")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("id=\"nav-matriks-kompetensi\"");
    }

    @Test
    void cakupanDanHakPadaFragmen() throws Exception {
        String nipPegawai =
                pengguna.cari("pegawai.pendidikan").orElseThrow().nip().trim();
        String lain = pegawaiDisdik(3);
        for (String url : List.of(
                "/pegawai/" + lain + "/kompetensi",
                "/pegawai/" + lain + "/kesenjangan",
                "/pegawai/" + lain + "/kesenjangan/jabatan?q=Guru")) {
            mvc.perform(get(url).with(sebagai("pegawai.pendidikan")).header("HX-Request", "true"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(form(lain, hariIni, "CACT", "Tim", "tanpa-hak", Map.of("M.01", 3))
                        .with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isNotFound());
        // Their own tab: visible, without the form; recording for themself is refused.
        String isi = fragmen("/pegawai/" + nipPegawai + "/kompetensi", "pegawai.pendidikan");
        assertThat(isi).contains("id=\"tabel-asesmen\"").doesNotContain("id=\"form-asesmen\"");
        fragmen("/pegawai/" + nipPegawai + "/kesenjangan", "pegawai.pendidikan");
        mvc.perform(form(nipPegawai, hariIni, "PENILAIAN_ATASAN", "Diri", "diri", Map.of("M.01", 5))
                        .with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isForbidden());
        // Opened without htmx, the tab comes inside the layout.
        mvc.perform(get("/pegawai/" + nipPegawai + "/kompetensi").with(sebagai("pegawai.pendidikan")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("<nav class=\"navbar")));

        // An ATASAN records only a PENILAIAN_ATASAN of a subordinate.
        String nipAtasan =
                pengguna.cari("atasan.pendidikan").orElseThrow().nip().trim();
        String bawahan =
                jdbc.sql("""
                SELECT min(nip) FROM pegawai.pegawai WHERE atasan_nip = ? AND aktif AND jabatan_id IS NOT NULL""").param(nipAtasan).query(String.class).single().trim();
        isi = fragmen("/pegawai/" + bawahan + "/kompetensi", "atasan.pendidikan");
        assertThat(isi)
                .contains("id=\"form-asesmen\"")
                .contains("value=\"PENILAIAN_ATASAN\"")
                .doesNotContain("value=\"CACT\"");
        assertThat(fragmen("/pegawai/" + nipAtasan + "/kompetensi", "atasan.pendidikan"))
                .doesNotContain("id=\"form-asesmen\"");
        String kode = organisasi.standarKompetensi(jabatan(bawahan)).isEmpty()
                ? "M.01"
                : organisasi.standarKompetensi(jabatan(bawahan)).get(0).kode();
        long sebelum = jumlahAsesmen(bawahan);
        mvc.perform(form(bawahan, kemarin, "CACT", "Atasan", "cact-atasan", Map.of(kode, 3))
                        .with(sebagai("atasan.pendidikan")))
                .andExpect(status().isForbidden());
        mvc.perform(form(
                                bawahan,
                                kemarin,
                                "PENILAIAN_ATASAN",
                                "Atasan langsung",
                                "atasan-" + UUID.randomUUID(),
                                Map.of(kode, 3))
                        .with(sebagai("atasan.pendidikan")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("pesan"));
        assertThat(jumlahAsesmen(bawahan)).isEqualTo(sebelum + 1);
        // Only BKD or the recording asesor may cancel: the atasan gets no cancel form.
        isi = fragmen("/pegawai/" + bawahan + "/kompetensi", "atasan.pendidikan");
        assertThat(isi).doesNotContain("form-batal-asesmen");
    }

    static int hitung(String isi, String potongan) {
        int n = 0;
        for (int i = isi.indexOf(potongan); i >= 0; i = isi.indexOf(potongan, i + 1)) {
            n++;
        }
        return n;
    }
}
