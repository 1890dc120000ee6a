package id.aparatur.aturan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.e2e.Peramban;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The Aturan pages in a real browser: BKD (demo account {@code bkd}) opens the list, proposes a new version of the EJ
 * grade bands — first with a wrong value (Indonesian messages per JSON path), then a valid one —, the PPK (demo account
 * {@code ppk}) approves it, and the history shows it approved with its start date, and the comparison shows the
 * changed key. Screenshots go to {@code target/e2e/aturan-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AturanBrowserIT {

    private static final String SANDI_DEMO = "aparatur-demo";
    private static final String KODE = "EJ_GRADE";

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void mulai() throws IOException {
        peramban = Peramban.mulai(1400, 1000);
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void tutup() {
        if (peramban != null) {
            peramban.close();
            peramban = null;
        }
    }

    @Test
    void bkdMengusulkanPpkMenyetujuiRiwayatMenunjukkannya() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("aturan-gagal");
            throw new AssertionError("Skenario aturan gagal di " + driver.getCurrentUrl(), e);
        }
    }

    private void skenario() throws IOException {
        String basis = "http://localhost:" + port;
        LocalDate mulai = AturanUji.mulaiBerikut(jdbc, KODE, 45);

        peramban.masuk(basis, "bkd", SANDI_DEMO, tunggu);
        // For BKD the rule tables sit in the Administrasi menu (the top bar stays on one line); others see a top item.
        peramban.klik(By.id("nav-administrasi"), tunggu);
        peramban.klik(By.id("nav-aturan"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("tabel-aturan")));
        assertThat(driver.findElements(By.cssSelector("#tabel-aturan tbody tr")))
                .hasSizeGreaterThanOrEqualTo(13);
        assertThat(driver.findElement(By.id("aturan-JPM_PITA")).findElements(By.cssSelector(".badge-u")))
                .isNotEmpty();
        peramban.gambarPenuh("aturan-01-daftar");

        peramban.klik(By.cssSelector("#aturan-" + KODE + " a"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("form-usulan")));
        isi(
                mulai,
                "Peraturan Bupati Contoh 9/2027 tentang ABK Pasal 3",
                "{\"atasB\": 1.05, \"bawahB\": \"sembilan\", \"bawahC\": 0.70, \"bawahD\": 0.50, \"lain\": 1}");
        peramban.klik(By.id("kirim-usulan"), tunggu);
        WebElement galat = tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("galat-usulan")));
        assertThat(galat.getText())
                .contains("nilai.bawahB")
                .contains("Harus berupa angka")
                .contains("nilai.lain")
                .contains("tidak dikenal");
        peramban.gambarPenuh("aturan-02-usulan-salah");

        isi(
                mulai,
                "Peraturan Bupati Contoh 9/2027 tentang ABK Pasal 3",
                "{\"atasB\": 1.05, \"bawahB\": 0.90, \"bawahC\": 0.70, \"bawahD\": 0.50}");
        peramban.klik(By.id("kirim-usulan"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("pesan")));
        WebElement usulan = driver.findElement(By.cssSelector("#tabel-versi tr[data-status=DIUSULKAN]"));
        String idBaris = usulan.getAttribute("id");
        String nomor = idBaris.substring("versi-".length());
        peramban.gambarPenuh("aturan-03-diusulkan");
        peramban.keluar();

        peramban.masuk(basis, "ppk", SANDI_DEMO, tunggu);
        assertThat(driver.findElement(By.id("nav-aturan")).isDisplayed()).isTrue();
        driver.get(basis + "/aturan/" + KODE);
        peramban.klik(By.id("setujui-" + nomor), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("pesan")));
        WebElement baris = driver.findElement(By.id("versi-" + nomor));
        assertThat(baris.getAttribute("data-status")).isEqualTo("DISETUJUI");
        assertThat(baris.getText())
                .contains(String.format("%02d-%02d-%d", mulai.getDayOfMonth(), mulai.getMonthValue(), mulai.getYear()));
        assertThat(driver.findElements(By.id("form-usulan"))).isEmpty();

        peramban.klik(By.id("tombol-banding"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("hasil-banding")));
        assertThat(driver.findElement(By.id("hasil-banding")).getText())
                .contains("atasB")
                .contains("1.05");
        peramban.gambarPenuh("aturan-04-disetujui-banding");
    }

    private void isi(LocalDate mulai, String dasar, String nilai) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(
                "arguments[0].value = arguments[1];",
                driver.findElement(By.id("usulan-berlaku-mulai")),
                mulai.toString());
        WebElement d = driver.findElement(By.id("usulan-dasar-hukum"));
        d.clear();
        d.sendKeys(dasar);
        js.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("usulan-nilai")), nilai);
    }
}
