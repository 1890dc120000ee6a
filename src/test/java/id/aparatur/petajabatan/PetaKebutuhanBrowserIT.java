package id.aparatur.petajabatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.e2e.Peramban;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Pemda peta kebutuhan in a real browser (Debian's Chromium, headless), as BKD on the demo Kabupaten: reached
 * through the menu, the dashboard of shortages and surpluses draws its ECharts pictures from the data-grafik JSON, and
 * the five-year projection shows today and five years. Screenshots go to {@code target/e2e/10-peta-kebutuhan.png} and
 * {@code 11-proyeksi.png} for humans; they are not asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PetaKebutuhanBrowserIT {

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @BeforeAll
    static void jalankanPeramban() throws IOException {
        peramban = Peramban.mulai();
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, Duration.ofSeconds(30));
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
    void bkdMembukaDasborKebutuhanDanProyeksiLewatMenu() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("peta-kebutuhan-gagal");
            throw new AssertionError(
                    "Peta kebutuhan gagal di " + driver.getCurrentUrl() + " (judul: " + driver.getTitle()
                            + "); lihat target/e2e/peta-kebutuhan-gagal.png",
                    e);
        }
    }

    private void skenario() throws IOException {
        peramban.masuk("http://localhost:" + port, "bkd", "aparatur-demo", tunggu);
        peramban.klik(By.id("nav-perencanaan"), tunggu);
        peramban.klik(By.id("nav-peta-kebutuhan"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("tabel-kebutuhan-opd")));
        for (String grafik : List.of("grafik-kebutuhan-opd", "grafik-kebutuhan-jenis", "grafik-kurang-terbesar")) {
            tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + grafik + " canvas")));
        }
        assertThat(driver.findElements(By.cssSelector("#tabel-kebutuhan-opd tbody tr"))
                        .size())
                .isGreaterThan(1);
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("total-kurang")));
        Files.writeString(
                Peramban.FOLDER_GAMBAR.resolve("10-peta-kebutuhan.html"),
                driver.getPageSource(),
                StandardCharsets.UTF_8);
        peramban.gambar("10-peta-kebutuhan");

        peramban.klik(By.id("tautan-proyeksi"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grafik-proyeksi canvas")));
        assertThat(driver.findElements(By.cssSelector("#tabel-proyeksi-total tbody tr")))
                .hasSize(6);
        peramban.gambar("11-proyeksi");
    }
}
