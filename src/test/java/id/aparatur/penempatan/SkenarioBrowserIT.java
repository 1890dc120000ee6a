package id.aparatur.penempatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.e2e.Peramban;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A placement scenario in a real browser (Debian's Chromium, headless), as BKD: create it for an OPD of its own
 * ({@link PenempatanFixture}), pin one employee, run it and watch the progress, read the result page with its JPM chart and the
 * explanation of a proposal, approve, download the mutation list, enter the SK, and find the new jabatan in the moved
 * employee's riwayat tab. Screenshots go to {@code target/e2e/skenario-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SkenarioBrowserIT {

    private static WebDriver driver;
    private static Peramban peramban;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @BeforeAll
    static void jalankanPeramban() throws IOException {
        peramban = Peramban.mulai();
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterAll
    static void tutupPeramban() {
        if (peramban != null) {
            peramban.close();
            peramban = null;
            driver = null;
        }
    }

    @Test
    void bkdMenjalankanMenyetujuiDanMenetapkanSkenario() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            try {
                gambar("skenario-gagal");
                Files.writeString(
                        Peramban.FOLDER_GAMBAR.resolve("skenario-gagal.html"),
                        driver.getPageSource(),
                        StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ignored) {
                // evidence only
            }
            throw new AssertionError("Skenario peramban gagal di " + driver.getCurrentUrl(), e);
        }
    }

    private void skenario() throws IOException {
        LocalDate hariIni = LocalDate.now(clock);
        // An OPD of its own: four holders of position A, position B of the same jenjang still empty.
        PenempatanFixture.OpdUji o = new PenempatanFixture(jdbc, clock).opdDenganPemangku(4);
        long opdId = o.id();
        String nip = o.pegawai().get(0);
        Map<String, Object> pindah = Map.of(
                "nama",
                jdbc.sql("SELECT nama FROM pegawai.v_pegawai WHERE nip = ?")
                        .param(nip)
                        .query(String.class)
                        .single(),
                "tujuan",
                o.jabatanB(),
                "nama_tujuan",
                jdbc.sql("SELECT nama FROM organisasi.v_jabatan WHERE id = ?")
                        .param(o.jabatanB())
                        .query(String.class)
                        .single());

        buka("/login");
        driver.findElement(By.id("username")).sendKeys("bkd");
        driver.findElement(By.id("password")).sendKeys("aparatur-demo");
        driver.findElement(By.id("form-login")).submit();
        tunggu.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        klik(By.id("nav-penempatan"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-skenario")));
        klik(By.id("skenario-baru"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-skenario")));
        String nama = "Uji peramban " + o.opd().nama();
        driver.findElement(By.id("nama")).sendKeys(nama);
        new Select(driver.findElement(By.id("opd"))).selectByValue(String.valueOf(opdId));
        gambarPenuh("skenario-1-form");
        klik(By.id("simpan-skenario"));

        // Draft: pin one employee to a vacant position of the same jenjang, so at least one move is certain. Both are
        // chosen with the pickers: type part of the name, choose from the list (no ids typed).
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("kartu-kunci")));
        pilih("kunci-pegawai", awalNama((String) pindah.get("nama")), nip);
        String tujuan = String.valueOf(pindah.get("tujuan"));
        pilih("kunci-jabatan", awalNama((String) pindah.get("nama_tujuan")), tujuan);
        assertThat(driver.findElement(By.cssSelector("#kunci-jabatan .pemilih-terpilih"))
                        .getText())
                .contains((String) pindah.get("nama_tujuan"));
        gambar("skenario-1b-kunci");
        klik(By.id("tambah-kunci"));
        tunggu.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("daftar-kunci"), (String) pindah.get("nama_tujuan")));

        klik(By.id("jalankan"));
        tunggu.until(
                d -> "SELESAI".equals(d.findElement(By.id("status-skenario")).getAttribute("data-status")));
        assertThat(driver.findElement(By.id("sertifikat")).getAttribute("data-sah"))
                .isEqualTo("true");
        tunggu.until(d -> "true".equals(d.findElement(By.id("grafik-jpm")).getAttribute("data-siap")));
        assertThat(driver.findElements(By.cssSelector("#grafik-jpm canvas"))).isNotEmpty();
        assertThat(Integer.parseInt(
                        driver.findElement(By.id("jumlah-pindah")).getText().trim()))
                .isPositive();
        gambarPenuh("skenario-2-hasil");

        // The explanation of the pinned employee's proposal (htmx row).
        new Select(driver.findElement(By.id("filter-jenis"))).selectByValue("PINDAH");
        tunggu.until(d -> !d.findElements(By.cssSelector("tr.baris-usulan[data-nip='" + nip + "']"))
                        .isEmpty()
                && d.findElements(By.cssSelector("tr.baris-usulan[data-pindah='false']"))
                        .isEmpty());
        klik(By.cssSelector("tr.baris-usulan[data-nip='" + nip + "'] .tombol-penjelasan"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#penjelasan-" + nip + " .tabel-penjelasan")));
        gambar("skenario-3-penjelasan");

        klik(By.id("setujui"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("unduh-xlsx")));
        String href = driver.findElement(By.id("unduh-xlsx")).getAttribute("href");
        Object unduhan = ((JavascriptExecutor) driver).executeAsyncScript("""
                var selesai = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {
                  selesai(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength); }); })
                  .catch(function (e) { selesai('galat ' + e); });""", href);
        assertThat(String.valueOf(unduhan))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(Long.parseLong(String.valueOf(unduhan).replaceAll(".* ", "")))
                .isGreaterThan(1000);

        String nomor = "821.2/" + System.nanoTime() % 100000 + "/BKD/" + hariIni.getYear();
        driver.findElement(By.id("nomorSk")).sendKeys(nomor);
        tanggal("tanggalSk", hariIni.toString());
        tanggal("tmt", hariIni.toString());
        gambarPenuh("skenario-4-sk");
        klik(By.id("tetapkan"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("info-sk")));
        assertThat(driver.findElement(By.id("status-skenario")).getAttribute("data-status"))
                .isEqualTo("DITETAPKAN");

        buka("/pegawai/" + nip + "?tab=riwayat");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-riwayat-JABATAN")));
        String riwayat = driver.findElement(By.id("tabel-riwayat-JABATAN")).getText();
        assertThat(riwayat).contains(nomor, (String) pindah.get("nama_tujuan"));
        gambarPenuh("skenario-5-riwayat");
    }

    /** Types {@code ketik} into picker {@code id}, then clicks the choice whose value is {@code nilai}. */
    private static void pilih(String id, String ketik, String nilai) {
        WebElement cari = driver.findElement(By.id(id + "-cari"));
        cari.sendKeys(ketik);
        By opsi = By.cssSelector("#" + id + "-daftar [role=option][data-nilai='" + nilai + "']");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(opsi));
        driver.findElement(opsi).click();
        tunggu.until(d -> nilai.equals(
                d.findElement(By.cssSelector("#" + id + " .pemilih-nilai")).getAttribute("value")));
    }

    /** The first word and the start of the second, as a person types a name. */
    private static String awalNama(String nama) {
        String[] k = nama.split("\\s+");
        return k.length == 1 ? k[0] : k[0] + " " + k[1].substring(0, Math.min(3, k[1].length()));
    }

    private static void tanggal(String id, String iso) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), iso);
    }

    private void buka(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /**
     * Scrolls the element to the middle and clicks it; when a reflow (a window resize after a full-page screenshot, an
     * htmx swap) moved it before the click landed, scrolls again and retries.
     */
    private static void klik(By by) {
        for (int coba = 1; ; coba++) {
            WebElement e = driver.findElement(by);
            ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
            try {
                tunggu.until(ExpectedConditions.elementToBeClickable(e)).click();
                return;
            } catch (org.openqa.selenium.ElementClickInterceptedException
                    | org.openqa.selenium.StaleElementReferenceException galat) {
                if (coba == 5) {
                    throw galat;
                }
            }
        }
    }

    private static void gambar(String nama) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), Peramban.FOLDER_GAMBAR.resolve(nama + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void gambarPenuh(String nama) throws IOException {
        Dimension semula = driver.manage().window().getSize();
        Number tinggi =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(semula.getWidth(), Math.min(6000, tinggi.intValue() + 150)));
        try {
            gambar(nama);
        } finally {
            driver.manage().window().setSize(semula);
        }
    }
}
