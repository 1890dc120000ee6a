package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Import end to end on the real database with a test importer ({@link PengimporUji}): API (200, 422, 413, 404, 403),
 * the page with background jobs (progress, SELESAI, DITOLAK with report, GAGAL rolled back), templates. Own database
 * and a tiny size limit (64 KB), hence its own Spring context; on a real Tomcat (random port), because MockMvc does
 * not apply the container's multipart limits.
 */
@UjiIntegrasi
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PengimporUji.Konfigurasi.class)
@TestPropertySource(properties = {"aparatur.db.nama=aparatur_impor_it", "aparatur.impor.ukuran-maksimal=64KB"})
class ImporIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final RequestPostProcessor BKD_UI = user("bkd").roles("ADMIN_BKD");
    static final String KEPALA = "Kode,Nama,Tanggal,Jumlah,Jenis\n";
    static final Pattern ID_PEKERJAAN = Pattern.compile("id=\"pekerjaan-([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void kosongkan() {
        jdbc.sql("DELETE FROM public.impor_uji").update();
        PengimporUji.tahan = null;
    }

    long jumlah() {
        return jdbc.sql("SELECT count(*) FROM public.impor_uji")
                .query(Long.class)
                .single();
    }

    static MockMultipartFile berkas(String nama, byte[] isi) {
        return new MockMultipartFile("file", nama, "application/octet-stream", isi);
    }

    static MockMultipartFile csv(String isi) {
        return berkas("data.csv", isi.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] xlsxBaik() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var s = wb.createSheet("uji");
            CellStyle tanggal = wb.createCellStyle();
            tanggal.setDataFormat(wb.createDataFormat().getFormat("d-mmm-yy"));
            String[] kepala = {"Kode", "Nama", "Tanggal", "Jumlah", "Jenis"};
            Row r0 = s.createRow(0);
            for (int i = 0; i < kepala.length; i++) {
                r0.createCell(i).setCellValue(kepala[i]);
            }
            for (int i = 1; i <= 3; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("K-" + i);
                r.createCell(1).setCellValue(i == 2 ? "'=1+1" : "Pegawai " + i);
                var c = r.createCell(2);
                c.setCellValue(LocalDate.of(2024, 1, i));
                c.setCellStyle(tanggal);
                r.createCell(3).setCellValue(i * 10);
                r.createCell(4).setCellValue("a");
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    // --- API ---

    @Test
    void berkasBaikDiimporSemuaLaluDiperbarui() throws Exception {
        mvc.perform(multipart("/api/v1/impor/uji")
                        .file(berkas("data.xlsx", xlsxBaik()))
                        .with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dibaca").value(3))
                .andExpect(jsonPath("$.ditambah").value(3))
                .andExpect(jsonPath("$.diubah").value(0))
                .andExpect(jsonPath("$.peringatan.length()").value(0));
        assertThat(jdbc.sql(
                                "SELECT nama || '|' || tanggal || '|' || jumlah || '|' || jenis || '|' || oleh FROM public.impor_uji ORDER BY kode")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Pegawai 1|2024-01-01|10|A|bkd", "=1+1|2024-01-02|20|A|bkd", "Pegawai 3|2024-01-03|30|A|bkd");
        mvc.perform(multipart("/api/v1/impor/uji")
                        .file(csv("\uFEFFKode;Nama;Jumlah\nK-1;Ani;5\nK-9;Budi;\n"))
                        .with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dibaca").value(2))
                .andExpect(jsonPath("$.ditambah").value(1))
                .andExpect(jsonPath("$.diubah").value(1));
        assertThat(jumlah()).isEqualTo(4);
    }

    @Test
    void berkasDenganGalatBarisDitolak422DanTidakAdaYangDitulis() throws Exception {
        String isi = KEPALA + "K-1,Ani,2024-01-31,1,A\nK-2,,31/02/2024,x,C\nK-1,Cici,,2000,\n";
        mvc.perform(multipart("/api/v1/impor/uji").file(csv(isi)).with(BKD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Berkas ditolak"))
                .andExpect(jsonPath("$.jumlahGalat").value(6))
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[?(@.baris == 3 && @.kolom == 'Nama')].pesan")
                        .value("Wajib diisi."))
                .andExpect(jsonPath("$.errors[?(@.baris == 3 && @.kolom == 'Tanggal')].nilai")
                        .value("31/02/2024"))
                .andExpect(jsonPath("$.errors[?(@.baris == 3 && @.kolom == 'Jenis')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.baris == 4 && @.kolom == 'Kode')].pesan")
                        .value("Nilai ganda: sudah dipakai di baris 2."))
                .andExpect(jsonPath("$.errors[?(@.baris == 4 && @.kolom == 'Jumlah')]")
                        .exists());
        assertThat(jumlah()).isZero();
    }

    @Test
    void judulSalahKosongDanFormatSalahDitolakDenganPesanJelas() throws Exception {
        mvc.perform(multipart("/api/v1/impor/uji")
                        .file(csv("Kode,Nma,Kode\nA,B,C\n"))
                        .with(BKD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].baris")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(1))))
                .andExpect(jsonPath("$.errors[?(@.kolom == 'Nama')].pesan")
                        .value("Kolom wajib \"Nama\" tidak ada di baris judul."))
                .andExpect(jsonPath("$.errors[?(@.kolom == 'Nma')]").exists())
                .andExpect(jsonPath("$.errors[?(@.kolom == 'Kode')].pesan")
                        .value("Kolom \"Kode\" muncul lebih dari sekali (kolom A dan C)."));
        mvc.perform(multipart("/api/v1/impor/uji").file(csv(KEPALA)).with(BKD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].baris").value(0))
                .andExpect(jsonPath("$.errors[0].pesan").value("Berkas kosong: tidak ada baris data."));
        mvc.perform(multipart("/api/v1/impor/uji")
                        .file(berkas("kosong.xlsx", new byte[0]))
                        .with(BKD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].pesan").value("Berkas kosong: tidak ada baris data."));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        mvc.perform(multipart("/api/v1/impor/uji").file(berkas("foto.png", png)).with(BKD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.errors[0].pesan")
                                .value(
                                        "Berkas foto.png tidak dapat dibaca: unggah buku kerja Excel (.xlsx) atau berkas .csv."));
        mvc.perform(multipart("/api/v1/impor/uji")
                        .file(berkas("data.txt", (KEPALA + "A,B,,,\n").getBytes(StandardCharsets.UTF_8)))
                        .with(BKD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].pesan").value(containsString("data.txt tidak dapat dibaca")));
        assertThat(jumlah()).isZero();
    }

    @Test
    void berkasTerlaluBesarDijawab413DanTidakAdaYangDitulis() throws Exception {
        StringBuilder isi = new StringBuilder(KEPALA);
        for (int i = 0; isi.length() <= 64 * 1024; i++) {
            isi.append("K-")
                    .append(i)
                    .append(",Pegawai dengan nama cukup panjang ")
                    .append(i)
                    .append(",,,\n");
        }
        mvc.perform(multipart("/api/v1/impor/uji").file(csv(isi.toString())).with(BKD))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Berkas terlalu besar"))
                .andExpect(jsonPath("$.detail")
                        .value("Berkas melebihi batas ukuran 64 KB; tidak ada data yang disimpan."));
        assertThat(jumlah()).isZero();
    }

    @Test
    void jenisTakDikenal404DanTemplatTersedia() throws Exception {
        mvc.perform(multipart("/api/v1/impor/tidak-ada")
                        .file(csv(KEPALA + "A,B,,,\n"))
                        .with(BKD))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/impor/uji/templat").param("format", "pdf").with(BKD))
                .andExpect(status().isNotFound());
        var mulai = mvc.perform(
                        get("/api/v1/impor/uji/templat").param("format", "csv").with(BKD))
                .andReturn();
        byte[] isi = mvc.perform(asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("templat-uji.csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(isi, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFKode,Nama,Tanggal,Jumlah,Jenis\r\nA-01,Ani,2024-01-31,12,A\r\n");
        mulai = mvc.perform(get("/api/v1/impor/uji/templat").with(BKD)).andReturn();
        isi = mvc.perform(asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("templat-uji.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("Petunjuk");
        }
    }

    @Test
    void hanyaAdminBkd() throws Exception {
        var pegawai = httpBasic("pegawai.pendidikan", "aparatur-demo");
        mvc.perform(multipart("/api/v1/impor/uji")
                        .file(csv(KEPALA + "A,B,,,\n"))
                        .with(pegawai))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/impor/uji/templat").with(pegawai)).andExpect(status().isForbidden());
        var pegawaiUi = user("pegawai.pendidikan").roles("PEGAWAI");
        mvc.perform(get("/impor").with(pegawaiUi)).andExpect(status().isForbidden());
        mvc.perform(multipart("/impor/uji")
                        .file(csv(KEPALA + "A,B,,,\n"))
                        .with(pegawaiUi)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(pegawaiUi)).andExpect(content().string(not(containsString("href=\"/impor\""))));
        assertThat(jumlah()).isZero();
    }

    // --- page and background jobs ---

    @Test
    void halamanMenampilkanSetiapPengimporDenganTemplatDanFormulir() throws Exception {
        mvc.perform(get("/impor").with(BKD_UI))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"impor-uji\"")))
                .andExpect(content().string(containsString("/impor/uji/templat?format=xlsx")))
                .andExpect(content().string(containsString("/impor/uji/templat?format=csv")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("hx-post=\"/impor/uji\"")))
                .andExpect(content().string(containsString("href=\"/impor\"")))
                .andExpect(content().string(containsString("64 KB")));
    }

    @Test
    void pekerjaanLatarMenunjukkanKemajuanLaluSelesai() throws Exception {
        PengimporUji.tahan = new CountDownLatch(1);
        try {
            String fragmen = mvc.perform(multipart("/impor/uji")
                            .file(berkas("data.xlsx", xlsxBaik()))
                            .with(BKD_UI)
                            .with(csrf())
                            .header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<nav class=\"navbar"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String id = idPekerjaan(fragmen);
            String berjalan = tunggu(id, "data-status=\"BERJALAN\"", "width: 66%");
            assertThat(berjalan)
                    .contains("hx-trigger=\"every 1s\"", "hx-get=\"/impor/pekerjaan/" + id + "\"", "progress-bar");
            PengimporUji.tahan.countDown();
            String selesai = tunggu(id, "data-status=\"SELESAI\"");
            assertThat(selesai)
                    .contains("Impor selesai: 3 baris dibaca, 3 data ditambah, 0 data diubah.")
                    .doesNotContain("hx-trigger");
        } finally {
            PengimporUji.tahan.countDown();
        }
        assertThat(jdbc.sql("SELECT DISTINCT oleh FROM public.impor_uji")
                        .query(String.class)
                        .list())
                .containsExactly("bkd");
        // the full page of the same job, and nobody else's
        String id = idPekerjaan(mvc.perform(multipart("/impor/uji")
                        .file(berkas("data.xlsx", xlsxBaik()))
                        .with(BKD_UI)
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(get("/impor/pekerjaan/" + id).with(BKD_UI))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<nav class=\"navbar")));
        mvc.perform(get("/impor/pekerjaan/" + id).with(user("bkd2").roles("ADMIN_BKD")))
                .andExpect(status().isNotFound());
        // let this second job finish here, or its rows land after the next test has emptied the table
        tunggu(id, "data-status=\"SELESAI\"");
    }

    @Test
    void pekerjaanDitolakMenampilkanGalatDanLaporanLengkap() throws Exception {
        StringBuilder isi = new StringBuilder(KEPALA);
        for (int i = 0; i < 60; i++) {
            isi.append("K-").append(i).append(",,,,\n");
        }
        String lokasi = mvc.perform(multipart("/impor/uji")
                        .file(csv(isi.toString()))
                        .with(BKD_UI)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/impor/pekerjaan/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = lokasi.substring(lokasi.lastIndexOf('/') + 1);
        String ditolak = tunggu(id, "data-status=\"DITOLAK\"");
        assertThat(ditolak)
                .contains(
                        "Berkas ditolak karena 60 galat. Tidak ada data yang disimpan.",
                        "Hanya 50 galat pertama yang ditampilkan",
                        "/impor/pekerjaan/" + id + "/laporan?format=xlsx",
                        "/impor/pekerjaan/" + id + "/laporan?format=csv",
                        "Wajib diisi.");
        assertThat(ditolak.split("<tr>", -1)).hasSize(1 + 1 + 50);
        assertThat(jumlah()).isZero();

        var mulai = mvc.perform(get("/impor/pekerjaan/" + id + "/laporan")
                        .param("format", "xlsx")
                        .with(BKD_UI))
                .andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("galat-impor-uji-")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (BerkasTabel t = BerkasTabel.buka(new ByteArrayInputStream(xlsx), "laporan.xlsx")) {
            assertThat(t.kepala()).containsExactly("Baris", "Kolom", "Nilai", "Pesan");
            List<BarisMasuk> baris = BerkasTabelTests.semua(t);
            assertThat(baris).hasSize(60);
            assertThat(baris.get(59).nilai()).containsExactly("61", "Nama", "", "Wajib diisi.");
        }
        mulai = mvc.perform(get("/impor/pekerjaan/" + id + "/laporan")
                        .param("format", "csv")
                        .with(BKD_UI))
                .andReturn();
        String csv = mvc.perform(asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFBaris,Kolom,Nilai,Pesan\r\n2,Nama,,Wajib diisi.\r\n")
                .hasLineCount(61);
        mvc.perform(get("/impor/pekerjaan/" + id + "/laporan").with(user("bkd2").roles("ADMIN_BKD")))
                .andExpect(status().isNotFound());
    }

    @Test
    void kegagalanSaatMenulisDibatalkanSeluruhnya() throws Exception {
        String fragmen = mvc.perform(multipart("/impor/uji")
                        .file(csv(KEPALA + "K-1,Ani,,,\nK-2,LEDAK,,,\nK-3,Budi,,,\n"))
                        .with(BKD_UI)
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String gagal = tunggu(idPekerjaan(fragmen), "data-status=\"GAGAL\"");
        assertThat(gagal).contains("Impor gagal karena kesalahan sistem. Tidak ada data yang disimpan.");
        assertThat(jumlah()).isZero();
    }

    @Test
    void unggahanTerlaluBesarDiHalamanDijawabDenganPesan() throws Exception {
        byte[] besar = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(besar, (byte) 'a');
        mvc.perform(multipart("/impor/uji")
                        .file(berkas("besar.csv", besar))
                        .with(BKD_UI)
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Berkas melebihi batas ukuran 64 KB. Tidak ada data yang disimpan; bagi berkas menjadi beberapa bagian.")));
        mvc.perform(multipart("/impor/uji")
                        .file(berkas("besar.csv", besar))
                        .with(BKD_UI)
                        .with(csrf()))
                .andExpect(redirectedUrl("/impor"))
                .andExpect(flash().attribute("pesanGalat", containsString("melebihi batas ukuran 64 KB")));
        assertThat(jumlah()).isZero();
    }

    @Test
    void unggahanMelebihiBatasServletDitolakRapiOlehTomcatSungguhan() throws Exception {
        byte[] besar = new byte[200 * 1024];
        java.util.Arrays.fill(besar, (byte) 'a');
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String basic =
                "Basic " + Base64.getEncoder().encodeToString("bkd:aparatur-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = http.send(
                unggah("/api/v1/impor/uji", besar)
                        .header("Authorization", basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(api.body()).contains("Berkas melebihi batas ukuran 64 KB; tidak ada data yang disimpan.");

        String login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String token = cari(login, "name=\"_csrf\" value=\"([^\"]+)\"");
        HttpResponse<String> masuk = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=bkd&password=aparatur-demo&_csrf="
                                + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(masuk.statusCode()).isEqualTo(302);
        String halaman = http.send(HttpRequest.newBuilder(uri("/impor")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> ui = http.send(
                unggah("/impor/uji", besar)
                        .header(
                                cari(halaman, "name=\"_csrf_header\" content=\"([^\"]+)\""),
                                cari(halaman, "name=\"_csrf\" content=\"([^\"]+)\""))
                        .header("HX-Request", "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("Berkas melebihi batas ukuran 64 KB. Tidak ada data yang disimpan");
        assertThat(jumlah()).isZero();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder unggah(String path, byte[] isi) {
        String batas = "----batas" + System.nanoTime();
        byte[] awal = ("--" + batas + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] akhir = ("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + batas)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(awal, isi, akhir)));
    }

    private static String cari(String teks, String pola) {
        Matcher m = Pattern.compile(pola).matcher(teks);
        assertThat(m.find()).as(pola).isTrue();
        return m.group(1);
    }

    private static String idPekerjaan(String fragmen) {
        Matcher m = ID_PEKERJAAN.matcher(fragmen);
        assertThat(m.find()).as(fragmen).isTrue();
        return m.group(1);
    }

    /** Polls the job's htmx fragment (as the page does every second) until it contains every text. */
    private String tunggu(String id, String... teks) throws Exception {
        String isi = "";
        long batas = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < batas) {
            isi = mvc.perform(get("/impor/pekerjaan/" + id).with(BKD_UI).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String sekarang = isi;
            if (java.util.Arrays.stream(teks).allMatch(sekarang::contains)) {
                return isi;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Pekerjaan " + id + " tidak mencapai " + String.join(", ", teks) + ":\n" + isi);
    }
}
