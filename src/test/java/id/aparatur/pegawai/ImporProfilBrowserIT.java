package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.asesmen.application.FormatBerkasAsesmen;
import id.aparatur.pegawai.application.FormatBerkasPegawai;
import id.aparatur.shared.Nip;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The BKD officer imports a whole Kabupaten in a real browser (Debian's Chromium, headless): a 3,000-row pegawai
 * workbook (the demo's employees plus new ones) is first rejected because of two broken rows, nothing is written, the
 * corrected file goes through; then an assessment workbook for 500 of the new employees is imported, and one of them
 * shows the imported levels on the Kompetensi tab, a JPM on the Kesenjangan tab and a row in the skill matrix.
 *
 * <p>New employees use their own NIP range (born 1991–1994, TMT CPNS 2019–2022, sequence 9xx) and names starting with
 * "Aaa Uji Impor", so the test neither collides with nor depends on other tests sharing the database. Skipped only on
 * a developer machine without {@code /usr/bin/chromium}; screenshots go to {@code target/e2e/impor-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ImporProfilBrowserIT {

    private static final Path FOLDER_GAMBAR = Path.of("target", "e2e");
    private static final Duration TUNGGU = Duration.ofSeconds(30);
    private static final Duration TUNGGU_IMPOR = Duration.ofSeconds(60);
    private static final int JUMLAH_BARIS = 3000;
    private static final int JUMLAH_DIASES = 500;
    private static final String ASESOR = "UPT Penilaian Kompetensi (uji E2E impor)";

    private static WebDriver driver;
    private static id.aparatur.e2e.Peramban peramban;
    private static WebDriverWait tunggu;
    private static final List<Path> berkasSementara = new ArrayList<>();

    /** A new employee of the generated file. */
    private record Baru(String nip, String nama, String kodeJabatan, long jabatanId) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void jalankanPeramban() throws IOException {
        peramban = id.aparatur.e2e.Peramban.mulai();
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, TUNGGU);
    }

    @AfterAll
    static void tutupPeramban() throws IOException {
        if (peramban != null) {
            peramban.close();
            peramban = null;
            driver = null;
        }
        for (Path p : berkasSementara) {
            Files.deleteIfExists(p);
        }
    }

    /**
     * The ~2,400 imported test employees leave service again (deactivated, never deleted), so the tests that share the
     * database and run later see the demo's bezetting: otherwise every position would be over-filled.
     */
    @org.junit.jupiter.api.AfterEach
    void nonaktifkanPegawaiUji() {
        jdbc.sql("UPDATE pegawai.pegawai SET aktif = false, alasan_nonaktif = 'Uji impor E2E selesai' "
                        + "WHERE nama LIKE 'Aaa Uji Impor %' AND aktif")
                .update();
    }

    @Test
    void bkdMengimporPegawaiDanAsesmenLaluMelihatProfilDanMatriks() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            simpanBukti("impor-gagal");
            throw new AssertionError(
                    "Skenario gagal di " + driver.getCurrentUrl() + " (judul: " + driver.getTitle()
                            + "); lihat target/e2e/impor-gagal.png dan impor-gagal.html",
                    e);
        }
    }

    private void skenario() throws IOException {
        // 1. The files: the demo's employees (NIP, name, current jabatan) plus new ones up to 3,000 rows.
        List<List<String>> lama = jdbc
                .sql("""
                SELECT p.nip, p.nama, j.kode FROM pegawai.pegawai p
                LEFT JOIN organisasi.jabatan j ON j.id = p.jabatan_id
                WHERE p.jabatan_id IS NULL OR j.aktif ORDER BY p.nip""")
                .query((rs, i) -> {
                    List<String> b = new ArrayList<>();
                    b.add(rs.getString(1));
                    b.add(rs.getString(2));
                    b.add(rs.getString(3) == null ? "" : rs.getString(3));
                    return b;
                })
                .list()
                .stream()
                .filter(b -> Nip.periksa(b.get(0)).isEmpty())
                .limit(JUMLAH_BARIS / 4)
                .toList();
        assertThat(lama).as("pegawai demo").hasSizeGreaterThan(100);
        Set<String> nipTersimpan = new HashSet<>(
                jdbc.sql("SELECT nip FROM pegawai.pegawai").query(String.class).list());
        // Active positions with an SKJ, so every new employee can be assessed and has a JPM.
        List<Map.Entry<String, Long>> jabatan = jdbc.sql("""
                SELECT j.kode, j.id FROM organisasi.jabatan j
                WHERE j.aktif AND EXISTS (SELECT 1 FROM organisasi.jabatan_kompetensi jk WHERE jk.jabatan_id = j.id)
                ORDER BY j.kode""")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list();
        assertThat(jabatan).as("jabatan aktif ber-SKJ").isNotEmpty();
        List<Baru> baru = pegawaiBaru(JUMLAH_BARIS - lama.size(), jabatan, nipTersimpan);

        List<List<String>> baris = new ArrayList<>();
        for (Baru b : baru) {
            baris.add(List.of(b.nip(), b.nama(), b.kodeJabatan()));
        }
        baris.addAll(lama);
        assertThat(baris).hasSize(JUMLAH_BARIS);
        List<String> kepala =
                List.of(FormatBerkasPegawai.NIP, FormatBerkasPegawai.NAMA, FormatBerkasPegawai.KODE_JABATAN);
        // Excel row 10 and 20 (row 1 is the header): an impossible birth month in the NIP, an unknown jabatan.
        List<List<String>> rusak = new ArrayList<>(baris);
        List<String> b10 = new ArrayList<>(rusak.get(8));
        b10.set(0, b10.get(0).substring(0, 4) + "13" + b10.get(0).substring(6));
        rusak.set(8, b10);
        List<String> b20 = new ArrayList<>(rusak.get(18));
        b20.set(2, "TIDAK-ADA");
        rusak.set(18, b20);
        Path berkasRusak = buku("impor-pegawai-rusak-", kepala, rusak);
        Path berkasBenar = buku("impor-pegawai-", kepala, baris);

        // 2. Log in as the BKD officer and upload the broken file into the pegawai card: rejected, nothing written.
        masuk();
        long jumlahSebelum = jumlahPegawai();
        buka("/impor");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("impor-pegawai")));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("impor-asesmen")));
        gambar("impor-02-halaman");
        WebElement hasil = unggah("pegawai", berkasRusak);
        assertThat(hasil.getAttribute("data-status"))
                .as("status impor berkas rusak")
                .isEqualTo("DITOLAK");
        List<String> barisGalat =
                driver.findElements(By.cssSelector("#hasil-pegawai table.tabel-galat tbody tr")).stream()
                        .map(tr -> tr.findElements(By.tagName("td"))
                                .get(0)
                                .getText()
                                .trim())
                        .toList();
        assertThat(barisGalat)
                .as("baris bergalat")
                .contains("10", "20")
                .allMatch(t -> t.equals("10") || t.equals("20"));
        String tabelGalat = driver.findElement(By.cssSelector("#hasil-pegawai table.tabel-galat"))
                .getText();
        assertThat(tabelGalat).contains("TIDAK-ADA");
        assertThat(driver.findElements(By.cssSelector("#hasil-pegawai a[href*='/laporan']")))
                .as("tautan laporan galat")
                .isNotEmpty();
        gambar("impor-03-ditolak");
        assertThat(jumlahPegawai()).as("tidak ada yang ditulis").isEqualTo(jumlahSebelum);
        assertThat(jumlahDari(baru)).isZero();

        // 3. Fixed from the report: the corrected file goes through, 3,000 rows read, the new employees are stored.
        buka("/impor");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("berkas-pegawai")));
        hasil = unggah("pegawai", berkasBenar);
        assertThat(hasil.getAttribute("data-status"))
                .as("status impor: " + hasil.getText())
                .isEqualTo("SELESAI");
        String ringkasan = driver.findElement(By.cssSelector("#hasil-pegawai .hasil-impor"))
                .getText();
        assertThat(ringkasan).contains(JUMLAH_BARIS + " baris dibaca", baru.size() + " data ditambah");
        gambar("impor-04-pegawai-selesai");
        assertThat(jumlahDari(baru)).as("pegawai baru tersimpan").isEqualTo(baru.size());
        assertThat(jumlahPegawai()).isEqualTo(jumlahSebelum + baru.size());

        // 4. Assessments for 500 of the new employees: every SKJ competency of their jabatan, at the standard level
        //    (one below for every third employee).
        LocalDate kemarin = LocalDate.now().minusDays(1);
        Map<Long, Map<String, Integer>> skj = new HashMap<>();
        List<List<String>> asesmen = new ArrayList<>();
        Map<String, Integer> levelContoh = new LinkedHashMap<>();
        for (int i = 0; i < JUMLAH_DIASES; i++) {
            Baru b = baru.get(i);
            Map<String, Integer> standar = skj.computeIfAbsent(b.jabatanId(), this::skj);
            for (Map.Entry<String, Integer> k : standar.entrySet()) {
                int level = i % 3 == 1 ? Math.max(1, k.getValue() - 1) : k.getValue();
                asesmen.add(List.of(
                        b.nip(),
                        kemarin.toString(),
                        "ASSESSMENT_CENTER",
                        ASESOR,
                        k.getKey(),
                        String.valueOf(level),
                        "Asesmen pemetaan (uji impor)",
                        ""));
                if (i == 0) {
                    levelContoh.put(k.getKey(), level);
                }
            }
        }
        Path berkasAsesmen = buku("impor-asesmen-", FormatBerkasAsesmen.KOLOM, asesmen);
        buka("/impor");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("berkas-asesmen")));
        hasil = unggah("asesmen", berkasAsesmen);
        assertThat(hasil.getAttribute("data-status"))
                .as("status impor asesmen: " + hasil.getText())
                .isEqualTo("SELESAI");
        assertThat(driver.findElement(By.cssSelector("#hasil-asesmen .hasil-impor"))
                        .getText())
                .contains(asesmen.size() + " baris dibaca", JUMLAH_DIASES + " data ditambah");
        gambar("impor-05-asesmen-selesai");

        // 5. The first new employee's profile: the imported levels on the Kompetensi tab, a JPM on Kesenjangan.
        Baru contoh = baru.get(0);
        buka("/pegawai/" + contoh.nip() + "?tab=kompetensi");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#tab-kompetensi #tabel-level-terkini td.level-terkini")));
        for (Map.Entry<String, Integer> e : levelContoh.entrySet()) {
            WebElement tr =
                    driver.findElement(By.cssSelector("#tabel-level-terkini tr[data-kode='" + e.getKey() + "']"));
            assertThat(tr.findElement(By.cssSelector("td.level-terkini"))
                            .getText()
                            .trim())
                    .as("level " + e.getKey())
                    .isEqualTo(String.valueOf(e.getValue()));
        }
        assertThat(driver.findElement(By.cssSelector("#tab-kompetensi #tabel-asesmen"))
                        .getText())
                .contains(ASESOR);
        lihat(driver.findElement(By.id("tab-kompetensi")));
        gambar("impor-06-kompetensi");

        buka("/pegawai/" + contoh.nip() + "?tab=kesenjangan");
        WebElement jpm =
                tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tab-kesenjangan .jpm")));
        assertThat(jpm.getText().trim()).as("JPM").matches("\\d{1,3}([,.]\\d+)?\\s*%");
        lihat(driver.findElement(By.id("tab-kesenjangan")));
        gambar("impor-07-kesenjangan");

        // 6. The skill matrix of the employee's OPD lists the employee (first by name: "Aaa Uji Impor 0000").
        long opd = jdbc.sql("SELECT opd_id FROM pegawai.pegawai WHERE nip = ?")
                .param(contoh.nip())
                .query(Long.class)
                .single();
        buka("/matriks-kompetensi?opd=" + opd);
        tunggu.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("table#tabel-matriks tr.baris-matriks")));
        List<WebElement> barisMatriks = driver.findElements(
                By.cssSelector("table#tabel-matriks tr.baris-matriks[data-nip='" + contoh.nip() + "']"));
        assertThat(barisMatriks).as("baris pegawai di matriks").hasSize(1);
        assertThat(barisMatriks.get(0).getText()).contains(contoh.nama());
        assertThat(barisMatriks.get(0).findElements(By.cssSelector(".jpm-baris")))
                .as("JPM di matriks")
                .isNotEmpty();
        lihat(barisMatriks.get(0));
        gambar("impor-08-matriks");
    }

    /** New employees with NIPs born 1991–1994, TMT CPNS 2019–2022, sequence 900+; none already stored. */
    private static List<Baru> pegawaiBaru(int jumlah, List<Map.Entry<String, Long>> jabatan, Set<String> tersimpan) {
        List<Baru> hasil = new ArrayList<>();
        LocalDate awal = LocalDate.of(1991, 1, 1);
        for (int i = 0; i < jumlah; i++) {
            LocalDate lahir = awal.plusDays(i % 1400);
            YearMonth tmt = YearMonth.of(2019, 1).plusMonths(i % 48);
            int kelamin = 1 + i % 2;
            int urut = 900 + i / 1400;
            String nip;
            do {
                nip = String.format(
                        "%04d%02d%02d%04d%02d%d%03d",
                        lahir.getYear(),
                        lahir.getMonthValue(),
                        lahir.getDayOfMonth(),
                        tmt.getYear(),
                        tmt.getMonthValue(),
                        kelamin,
                        urut);
                urut += 10;
            } while (tersimpan.contains(nip));
            assertThat(Nip.periksa(nip)).as("NIP " + nip).isEmpty();
            Map.Entry<String, Long> j = jabatan.get(i % jabatan.size());
            hasil.add(new Baru(nip, String.format("Aaa Uji Impor %04d", i), j.getKey(), j.getValue()));
        }
        return hasil;
    }

    private Map<String, Integer> skj(long jabatanId) {
        Map<String, Integer> m = new LinkedHashMap<>();
        jdbc.sql(
                        "SELECT kompetensi_kode, level FROM organisasi.jabatan_kompetensi WHERE jabatan_id = ? ORDER BY kompetensi_kode")
                .param(jabatanId)
                .query((java.sql.ResultSet rs) -> {
                    m.put(rs.getString(1), rs.getInt(2));
                });
        return m;
    }

    private long jumlahPegawai() {
        return jdbc.sql("SELECT count(*) FROM pegawai.pegawai")
                .query(Long.class)
                .single();
    }

    private long jumlahDari(List<Baru> baru) {
        return jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE nip = ANY (?)")
                .param(baru.stream().map(Baru::nip).toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    /** A workbook with one sheet, every cell text (NIPs must not become numbers). */
    private static Path buku(String awalan, List<String> kepala, List<List<String>> baris) throws IOException {
        Path f = Files.createTempFile(awalan, ".xlsx");
        berkasSementara.add(f);
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Data");
            isiBaris(s.createRow(0), kepala);
            for (int i = 0; i < baris.size(); i++) {
                isiBaris(s.createRow(i + 1), baris.get(i));
            }
            wb.write(out);
        }
        return f.toAbsolutePath();
    }

    private static void isiBaris(Row r, List<String> nilai) {
        for (int c = 0; c < nilai.size(); c++) {
            r.createCell(c).setCellValue(nilai.get(c));
        }
    }

    /** Uploads a file through a card's htmx form and waits until the polled job has ended; returns its element. */
    private WebElement unggah(String jenis, Path berkas) {
        WebElement input = driver.findElement(By.id("berkas-" + jenis));
        input.sendKeys(berkas.toString());
        klik(driver.findElement(By.cssSelector("#impor-" + jenis + " form.form-impor [type=submit]")));
        String selektor = "#hasil-" + jenis + " .pekerjaan-impor";
        // The polled job element is swapped by htmx every second: a reference can go stale between find and read.
        new WebDriverWait(driver, TUNGGU_IMPOR)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    List<WebElement> p = d.findElements(By.cssSelector(selektor));
                    if (p.isEmpty()) {
                        return !d.findElements(By.cssSelector("#hasil-" + jenis + " .galat-unggah"))
                                .isEmpty();
                    }
                    String status = p.get(0).getAttribute("data-status");
                    return "SELESAI".equals(status) || "DITOLAK".equals(status) || "GAGAL".equals(status);
                });
        assertThat(driver.findElements(By.cssSelector("#hasil-" + jenis + " .galat-unggah")))
                .as("unggahan ditolak")
                .isEmpty();
        WebElement hasil = driver.findElement(By.cssSelector(selektor));
        lihat(hasil);
        return hasil;
    }

    private void masuk() throws IOException {
        buka("/login");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-login")));
        driver.findElement(By.id("username")).sendKeys("bkd");
        driver.findElement(By.id("password")).sendKeys("aparatur-demo");
        WebElement form = driver.findElement(By.id("form-login"));
        List<WebElement> tombol = form.findElements(By.cssSelector("[type=submit]"));
        if (tombol.isEmpty()) {
            form.submit();
        } else {
            tombol.get(0).click();
        }
        tunggu.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.tagName("nav")));
        gambar("impor-01-beranda");
    }

    private void buka(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static void lihat(WebElement e) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", e);
    }

    private static void klik(WebElement e) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        tunggu.until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    private static void gambar(String nama) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), FOLDER_GAMBAR.resolve(nama + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void simpanBukti(String nama) {
        try {
            gambar(nama);
            Files.writeString(FOLDER_GAMBAR.resolve(nama + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Evidence is a courtesy; the original failure matters more.
        }
    }
}
