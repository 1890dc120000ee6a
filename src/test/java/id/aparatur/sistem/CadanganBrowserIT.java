package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.e2e.Peramban;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The BKD officer backs the database up from the page in a real browser (Debian's Chromium, headless): Administrasi →
 * Cadangan basis data, "Cadangkan sekarang", the success message, the new file at the top of the list and as the last
 * backup. Another role sees neither the menu entry nor the page. Screenshot {@code target/e2e/cadangan.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CadanganBrowserIT {

    private static final Duration TUNGGU = Duration.ofSeconds(30);

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @BeforeAll
    static void jalankanPeramban() throws IOException {
        peramban = Peramban.mulai();
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, TUNGGU);
    }

    @AfterAll
    static void tutupPeramban() {
        if (peramban != null) {
            peramban.close();
        }
    }

    @Test
    void bkdMencadangkanDariHalamanDanMelihatCadanganTerakhir() throws IOException {
        String basis = "http://localhost:" + port;
        try {
            peramban.masuk(basis, "bkd", "aparatur-demo", tunggu);
            peramban.klik(By.id("nav-administrasi"), tunggu);
            peramban.klik(By.id("nav-cadangan"), tunggu);
            tunggu.until(ExpectedConditions.urlContains("/sistem/cadangan"));
            tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("cadangkan-sekarang")));
            int sebelum = driver.findElements(By.cssSelector("#tabel-berkas tbody code"))
                    .size();

            peramban.klik(By.id("cadangkan-sekarang"), tunggu);
            WebElement pesan = tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")));
            assertThat(pesan.getText()).startsWith("Cadangan aparatur-").endsWith("-manual.zip berhasil dibuat.");
            String berkas = pesan.getText()
                    .substring("Cadangan ".length(), pesan.getText().indexOf(".zip") + 4);
            List<WebElement> daftar = driver.findElements(By.cssSelector("#tabel-berkas tbody code"));
            assertThat(daftar).hasSize(sebelum + 1);
            assertThat(daftar.get(0).getText()).isEqualTo(berkas);
            assertThat(driver.findElement(By.id("terakhir-status")).getText()).isEqualTo("Berhasil");
            assertThat(driver.findElement(By.id("terakhir-ukuran")).getText()).matches("\\d+[,.]\\d{2} MB");
            assertThat(driver.findElements(By.id("peringatan")))
                    .as("peringatan setelah cadangan berhasil")
                    .isEmpty();
            assertThat(driver.findElement(By.cssSelector("#tabel-catatan tbody tr"))
                            .getText())
                    .contains("Manual", "Berhasil", berkas, "bkd");
            peramban.gambarPenuh("cadangan");

            peramban.keluar();
            peramban.masuk(basis, "ppk", "aparatur-demo", tunggu);
            assertThat(driver.findElements(By.id("nav-cadangan"))).isEmpty();
            driver.get(basis + "/sistem/cadangan");
            assertThat(driver.findElements(By.id("cadangkan-sekarang"))).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("cadangan-gagal");
            throw e;
        }
    }
}
