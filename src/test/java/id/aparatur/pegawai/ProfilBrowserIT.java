package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
 * The profile page in a real browser (Debian's Chromium, headless): the tabs switch and keep their state in the URL,
 * the riwayat form shows the inputs of the chosen jenis, and the minat search fills the position picker through htmx.
 * Screenshots of every tab go to {@code target/e2e/profil-*.png} for humans; they are not asserted. Skipped without
 * {@code /usr/bin/chromium} unless {@code CI} is set, like {@code PetaJabatanBrowserIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ProfilBrowserIT {

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
        peramban = id.aparatur.e2e.Peramban.mulai();
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
    void tabProfilBerpindahDanFormRiwayatMengikutiJenis() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            try {
                gambar("profil-gagal");
                Files.writeString(
                        FOLDER_GAMBAR.resolve("profil-gagal.html"), driver.getPageSource(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ignored) {
                // evidence only
            }
            throw new AssertionError("Skenario profil gagal di " + driver.getCurrentUrl(), e);
        }
    }

    private void skenario() throws IOException {
        String nip = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'pegawai.pendidikan'")
                .query(String.class)
                .single()
                .trim();
        buka("/login");
        driver.findElement(By.id("username")).sendKeys("bkd");
        driver.findElement(By.id("password")).sendKeys("aparatur-demo");
        driver.findElement(By.id("form-login")).submit();
        tunggu.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        buka("/pegawai/" + nip);
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("kartu-identitas")));
        gambarPenuh("profil-1-utama");

        klik(By.id("tombol-riwayat"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-riwayat-PANGKAT")));
        tunggu.until(ExpectedConditions.urlContains("tab=riwayat"));
        // Jenis-dependent inputs: golongan only for PANGKAT, JP only for PELATIHAN.
        WebElement jenis = driver.findElement(By.id("jenis"));
        new Select(jenis).selectByValue("PELATIHAN");
        assertThat(driver.findElement(By.id("jp")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("golongan")).isDisplayed()).isFalse();
        new Select(jenis).selectByValue("PANGKAT");
        assertThat(driver.findElement(By.id("golongan")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("jp")).isDisplayed()).isFalse();
        // Record a training through the form; the page comes back on the riwayat tab with the new row.
        String uraian = "Pelatihan Kepemimpinan Pengawas " + Long.toString(System.nanoTime(), 36);
        new Select(driver.findElement(By.id("jenis"))).selectByValue("PELATIHAN");
        driver.findElement(By.id("uraian")).sendKeys(uraian);
        driver.findElement(By.id("keterangan")).sendKeys("BPSDM Provinsi");
        driver.findElement(By.id("jp")).sendKeys("40");
        driver.findElement(By.id("nomorSk")).sendKeys("893/PKP/2024");
        tanggal("tanggalSk", "2024-05-20");
        tanggal("tmt", "2024-05-06");
        tanggal("tmtSelesai", "2024-05-17");
        klik(By.id("simpan-riwayat"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")));
        assertThat(driver.getCurrentUrl()).contains("tab=riwayat");
        assertThat(driver.findElement(By.id("tabel-riwayat-PELATIHAN")).getText())
                .contains(uraian, "40");
        gambarPenuh("profil-2-riwayat");

        klik(By.id("tombol-kompetensi"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("isi-kompetensi")));
        gambar("profil-3-kompetensi");

        klik(By.id("tombol-minat"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-minat")));
        var org = new id.aparatur.organisasi.OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Peramban");
        String kata = "Pranata" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        org.jabatanBernama(opd.id(), opd.unitId(), kata + " Minat", "PELAKSANA", null, true);
        driver.findElement(By.id("cari-jabatan")).sendKeys(kata);
        tunggu.until(
                d -> !d.findElements(By.cssSelector("#pilihan-jabatan option")).isEmpty());
        gambarPenuh("profil-4-minat");

        klik(By.id("tombol-koreksi"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-koreksi")));
        new Select(driver.findElement(By.id("isian"))).selectByValue("lainnya");
        driver.findElement(By.id("nilaiUsulan")).sendKeys("Riwayat diklat 2019 belum tercatat");
        driver.findElement(By.id("alasan")).sendKeys("Sertifikat terlampir");
        klik(By.id("ajukan-koreksi"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")));
        assertThat(driver.getCurrentUrl()).contains("tab=koreksi");
        assertThat(driver.findElement(By.id("tabel-koreksi")).getText()).contains("Riwayat diklat 2019 belum tercatat");
        gambarPenuh("profil-5-koreksi");

        // The URL keeps the tab: a reload opens it again.
        driver.navigate().refresh();
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-koreksi")));

        buka("/pegawai/" + nip + "/profil");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-drh")));
        gambarPenuh("profil-6-form-drh");

        buka("/koreksi");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-koreksi-menunggu")));
        gambarPenuh("profil-7-koreksi-bkd");
        // Decide it, so no proposal stays waiting for other tests.
        long id = jdbc.sql("SELECT max(id) FROM pegawai.usulan_koreksi WHERE nip = ? AND isian = 'lainnya' "
                        + "AND status = 'DIAJUKAN'")
                .param(nip)
                .query(Long.class)
                .single();
        klik(By.id("setujui-" + id));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")));
    }

    /** Date inputs take typed text in the browser's locale format; set the ISO value directly instead. */
    private static void tanggal(String id, String iso) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), iso);
    }

    private void buka(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static void klik(By by) {
        WebElement e = driver.findElement(by);
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        tunggu.until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    private static void gambar(String nama) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), FOLDER_GAMBAR.resolve(nama + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The whole page: the window is made as tall as the document for the shot, then restored. */
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
