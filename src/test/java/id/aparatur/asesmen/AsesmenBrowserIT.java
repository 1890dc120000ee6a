package id.aparatur.asesmen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The assessment pages in a real browser (Debian's Chromium, headless): the skill matrix of the Dinas Pendidikan with
 * its JPM chart, the Kompetensi and Kesenjangan tabs both as pages and as fragments swapped in by htmx (the way the
 * profile page loads them: the charts must draw after a swap too), recording an assessment through the swapped form,
 * and choosing a comparison jabatan. Screenshots go to {@code target/e2e/asesmen-*.png} for humans.
 *
 * <p>Skipped without {@code /usr/bin/chromium} unless {@code CI} is set (as {@code PetaJabatanBrowserIT}). The
 * assessments it adds for a few Disdik employees are dated 30 and 400 days back, so they never supersede what other
 * tests record (yesterday/today).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AsesmenBrowserIT {

    private static final Path FOLDER_GAMBAR = Path.of("target", "e2e");

    private static WebDriver driver;
    private static id.aparatur.e2e.Peramban peramban;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void jalankanPeramban() throws IOException {
        peramban = id.aparatur.e2e.Peramban.mulai(1500, 1100);
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void tutupPeramban() throws IOException {
        if (peramban != null) {
            peramban.close();
            peramban = null;
            driver = null;
        }
    }

    @Test
    void matriksDanTabKompetensiDiPeramban() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            try {
                gambar("asesmen-gagal");
                Files.writeString(
                        FOLDER_GAMBAR.resolve("asesmen-gagal.html"), driver.getPageSource(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ignored) {
                // Evidence only.
            }
            throw new AssertionError("Skenario asesmen gagal di " + driver.getCurrentUrl(), e);
        }
    }

    private void skenario() throws IOException {
        long disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        List<String> nip = isiAsesmenContoh(disdik);
        String contoh = nip.get(0);

        masuk("bkd");
        buka("/matriks-kompetensi");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("matriks-pilih-filter")));
        new Select(driver.findElement(By.id("matriks-opd"))).selectByValue(String.valueOf(disdik));
        // htmx fills the unit select for the chosen OPD.
        tunggu.until(d -> d.findElements(By.cssSelector("#matriks-unit option")).size() > 1
                && d.findElement(By.id("matriks-unit")).isEnabled());
        gambar("asesmen-01-matriks-filter");
        klik(driver.findElement(By.id("tampilkan-matriks")));
        tunggu.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("table#tabel-matriks tr.baris-matriks")));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".grafik-distribusi canvas")));
        assertThat(driver.findElements(By.cssSelector("tr.baris-matriks"))).hasSizeLessThanOrEqualTo(50);
        assertThat(driver.findElements(By.cssSelector("td.sel-memenuhi, td.sel-kurang-1, td.sel-kurang-2")))
                .isNotEmpty();
        gambar("asesmen-02-matriks");
        File tabel = driver.findElement(By.id("tabel-matriks")).getScreenshotAs(OutputType.FILE);
        Files.copy(
                tabel.toPath(),
                FOLDER_GAMBAR.resolve("asesmen-02b-matriks-tabel.png"),
                StandardCopyOption.REPLACE_EXISTING);

        // The Kompetensi tab opened directly: a page with the layout.
        buka("/pegawai/" + contoh + "/kompetensi");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".grafik-riwayat canvas")));
        new Select(driver.findElement(By.cssSelector("select.pilih-kompetensi"))).selectByIndex(1);
        gambar("asesmen-03-kompetensi-halaman");

        // As the profile page will load it: an htmx swap into a container; the chart draws after the swap.
        buka("/pegawai/" + contoh + "?tab=kompetensi");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        tunggu.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tab-kompetensi .grafik-riwayat canvas")));
        // Record through the swapped form: one more competency row added by the button, first SKJ level chosen.
        WebElement form = driver.findElement(By.cssSelector("#tab-kompetensi #form-asesmen"));
        int barisAwal = form.findElements(By.cssSelector("tr.baris-level")).size();
        klik(form.findElement(By.cssSelector("button.tambah-baris-level")));
        assertThat(form.findElements(By.cssSelector("tr.baris-level"))).hasSize(barisAwal + 1);
        form.findElement(By.name("asesor")).sendKeys("UPT Penilaian Kompetensi");
        new Select(form.findElement(By.name("sumber"))).selectByValue("UJI_KOMPETENSI");
        new Select(form.findElement(By.name("baris[0].level"))).selectByValue("3");
        gambar("asesmen-04-form");
        klik(form.findElement(By.id("simpan-asesmen")));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tab-kompetensi #asesmen-pesan")));
        tunggu.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tab-kompetensi .grafik-riwayat canvas")));
        gambar("asesmen-05-kompetensi-tersimpan");

        // Kesenjangan as a swapped fragment, then another jabatan through the search.
        buka("/pegawai/" + contoh + "?tab=kesenjangan");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#tab-kesenjangan .grafik-kesenjangan canvas")));
        assertThat(driver.findElement(By.cssSelector("#tab-kesenjangan .jpm")).getText())
                .endsWith("%");
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
                        driver.findElement(By.id("tab-kesenjangan")));
        gambar("asesmen-06-kesenjangan");
        WebElement cari = driver.findElement(By.cssSelector("#tab-kesenjangan input[type=search]"));
        cari.sendKeys("Kepala");
        WebElement pilih = tunggu.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#tab-kesenjangan button.pilih-jabatan")));
        gambar("asesmen-07-cari-jabatan");
        klik(pilih);
        tunggu.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#tab-kesenjangan"), "Jabatan pembanding"));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#tab-kesenjangan .grafik-kesenjangan canvas")));
        gambar("asesmen-08-kesenjangan-pembanding");
    }

    /** Two assessments (400 and 30 days back) of every SKJ competency for the first 40 Disdik employees by name. */
    private List<String> isiAsesmenContoh(long disdik) {
        List<String> nip = jdbc.sql("""
                        SELECT p.nip FROM pegawai.pegawai p WHERE p.opd_id = ? AND p.aktif AND p.jabatan_id IN (
                          SELECT jabatan_id FROM organisasi.jabatan_kompetensi GROUP BY jabatan_id HAVING count(*) >= 3)
                        ORDER BY p.nama, p.nip LIMIT 40""").param(disdik).query(String.class).list().stream()
                .map(String::trim)
                .toList();
        Random acak = new Random(20260101);
        LocalDate hariIni = LocalDate.now();
        for (String n : nip) {
            List<String> kode = jdbc.sql("""
                            SELECT jk.kompetensi_kode FROM pegawai.pegawai p
                            JOIN organisasi.jabatan_kompetensi jk ON jk.jabatan_id = p.jabatan_id WHERE p.nip = ?""").param(n).query(String.class).list();
            for (int umur : new int[] {400, 30}) {
                Map<String, Integer> level = new java.util.LinkedHashMap<>();
                kode.forEach(k -> level.put(k, 1 + acak.nextInt(5)));
                new AsesmenFixture(jdbc)
                        .catat(
                                n,
                                hariIni.minusDays(umur),
                                umur > 100 ? "CACT" : "ASSESSMENT_CENTER",
                                "UPT Penilaian Kompetensi",
                                level);
            }
        }
        return nip;
    }

    private void masuk(String username) {
        buka("/login");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-login")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("aparatur-demo");
        driver.findElement(By.id("form-login")).submit();
        tunggu.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Adds a container to the page and lets htmx load a fragment into it, as the profile's tabs do. */
    private void buka(String path) {
        driver.get("http://localhost:" + port + path);
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
}
