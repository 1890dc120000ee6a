package id.aparatur.organisasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The BKD officer's path through the organisation map in a real browser (Debian's Chromium, headless): log in, open
 * the peta jabatan of the Dinas Pendidikan with its org chart, open a jabatan, change one standard competency level
 * through the htmx form, and find the change in the audit trail. Runs on the demo Kabupaten.
 *
 * <p>Skipped only on a developer machine without {@code /usr/bin/chromium}; in CI ({@code CI} set) it always runs.
 * The driver is Debian's {@code /usr/bin/chromedriver}, given explicitly, so Selenium Manager never downloads one.
 * Screenshots of every page go to {@code target/e2e/} for humans; they are not asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PetaJabatanBrowserIT {

    private static final Path FOLDER_GAMBAR = Path.of("target", "e2e");
    private static final Duration TUNGGU = Duration.ofSeconds(30);
    private static final Pattern URL_JABATAN = Pattern.compile("/organisasi/jabatan/(\\d+)");

    private static WebDriver driver;
    private static id.aparatur.e2e.Peramban peramban;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

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
    }

    @Test
    void bkdMengubahLevelSkjDariPetaJabatanDanPerubahanTercatatDiAudit() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            simpanBukti("gagal");
            throw new AssertionError(
                    "Skenario gagal di " + driver.getCurrentUrl() + " (judul: " + driver.getTitle()
                            + "); lihat target/e2e/gagal.png dan gagal.html",
                    e);
        }
    }

    private void skenario() throws IOException {
        // 1. Log in as the BKD officer of the demo Kabupaten.
        buka("/login");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-login")));
        gambar("01-login");
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
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        gambar("02-beranda");

        // 2. Find the Dinas Pendidikan and open its peta jabatan with the org chart.
        buka("/organisasi/opd?q=Pendidikan");
        WebElement peta = tunggu.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id^='peta-']")));
        gambar("03-opd");
        klik(peta);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.peta-jabatan")));
        String urlPeta = driver.getCurrentUrl();
        assertThat(driver.findElements(By.cssSelector("table.peta-jabatan tr.jabatan-row")))
                .isNotEmpty();
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("bagan-organisasi")));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#bagan-organisasi canvas, #bagan-organisasi svg")));
        gambar("04-peta-jabatan");

        // 3. Open the first jabatan of the map.
        klik(driver.findElement(By.cssSelector("table.peta-jabatan a.jabatan-link")));
        tunggu.until(ExpectedConditions.urlMatches(URL_JABATAN.pattern()));
        Matcher m = URL_JABATAN.matcher(driver.getCurrentUrl());
        assertThat(m.find()).isTrue();
        String jabatanId = m.group(1);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#skj table#tabel-skj")));
        String barisPertamaSebelum = barisPertamaSkj().getText();
        gambar("05-jabatan");

        // 4. Edit the SKJ in place (htmx swaps the form into #skj), raise the first level by one (5 wraps to 1).
        klik(driver.findElement(By.id("ubah-skj")));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#skj #form-skj")));
        List<WebElement> baris = driver.findElements(By.cssSelector("#form-skj tr.baris-skj"));
        assertThat(baris).isNotEmpty();
        WebElement pertama = baris.get(0);
        assertThat(pertama.findElements(By.name("baris[0].kode")))
                .as("baris[0].kode")
                .isNotEmpty();
        assertThat(pertama.findElements(By.name("baris[0].bobot")))
                .as("baris[0].bobot")
                .isNotEmpty();
        WebElement level = pertama.findElement(By.name("baris[0].level"));
        int lama = Integer.parseInt(nilai(level).trim());
        int baru = lama % 5 + 1;
        isi(level, String.valueOf(baru));
        gambar("06-form-skj");
        klik(driver.findElement(By.id("simpan-skj")));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("skj-tersimpan")));
        tunggu.until(d -> {
            List<WebElement> tabel = d.findElements(By.cssSelector("table#tabel-skj"));
            if (tabel.isEmpty()) {
                return false;
            }
            WebElement b = barisPertamaSkj();
            return !b.getText().equals(barisPertamaSebelum)
                    && b.findElements(By.tagName("td")).stream()
                            .anyMatch(td -> td.getText().trim().matches("(?i)(level\\s*)?" + baru));
        });
        gambar("07-skj-tersimpan");

        // 5. The change is in the audit trail, attributed to bkd.
        buka("/audit?entitas=JABATAN&entitasId=" + jabatanId);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table#tabel-audit")));
        tunggu.until(d -> d.findElements(By.cssSelector("table#tabel-audit tr")).stream()
                .map(WebElement::getText)
                .anyMatch(t -> t.contains("SKJ") && t.contains("bkd")));
        gambar("08-audit");

        // 6. One unit of the peta with its sub-units (the Pemda peta kebutuhan: petajabatan.PetaKebutuhanBrowserIT).
        driver.get(urlPeta);
        klik(driver.findElement(By.cssSelector("table.peta-jabatan a.unit-link")));
        tunggu.until(ExpectedConditions.urlContains("unit="));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.peta-jabatan tr.unit-row")));

        // 7. Back on the peta jabatan: the org chart as the picture a user would download (element screenshot).
        driver.get(urlPeta);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#bagan-organisasi canvas, #bagan-organisasi svg")));
        try {
            File bagan = driver.findElement(By.id("bagan-organisasi")).getScreenshotAs(OutputType.FILE);
            java.nio.file.Files.copy(
                    bagan.toPath(),
                    java.nio.file.Path.of("target/e2e/09-bagan-organisasi.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException | org.openqa.selenium.WebDriverException e) {
            // A missing picture only loses a helper for humans; the assertions above already passed.
        }
    }

    private WebElement barisPertamaSkj() {
        List<WebElement> body = driver.findElements(By.cssSelector("table#tabel-skj tbody tr"));
        return body.isEmpty()
                ? driver.findElements(By.cssSelector("table#tabel-skj tr")).get(1)
                : body.get(0);
    }

    private void buka(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static void klik(WebElement e) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        tunggu.until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    private static String nilai(WebElement input) {
        if ("select".equalsIgnoreCase(input.getTagName())) {
            return new Select(input).getFirstSelectedOption().getAttribute("value");
        }
        return input.getDomProperty("value");
    }

    private static void isi(WebElement input, String nilai) {
        if ("select".equalsIgnoreCase(input.getTagName())) {
            new Select(input).selectByValue(nilai);
        } else {
            input.clear();
            input.sendKeys(nilai);
        }
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
