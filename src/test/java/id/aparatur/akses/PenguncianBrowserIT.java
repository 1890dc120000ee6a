package id.aparatur.akses;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15 item 6: the BKD officer finds current lockouts on the page linked in the Administrasi menu. The lockouts are
 * made over real HTTP from other loopback addresses (127.0.0.7x), so the 127.0.0.1 of the other browser tests is never
 * throttled. Screenshot: {@code target/e2e/penguncian.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PenguncianBrowserIT {

    private static final Duration TUNGGU = Duration.ofSeconds(30);

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    PengelolaanPengguna pengguna;

    @BeforeAll
    static void mulai() throws IOException {
        peramban = Peramban.mulai(1400, 800);
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, TUNGGU);
    }

    @AfterAll
    static void selesai() {
        if (peramban != null) {
            peramban.close();
            peramban = null;
        }
    }

    @Test
    void bkdMelihatPenguncianDiMenuAdministrasi() throws IOException {
        String ppk = KeamananFixture.akun(pengguna, KeamananFixture.akunBaru("uji.kunci.ppk"), Peran.PPK);
        String pegawai = KeamananFixture.akun(pengguna, KeamananFixture.akunBaru("uji.kunci.pegawai"), Peran.PEGAWAI);
        HttpMentah penyerang = new HttpMentah(port, "localhost", "127.0.0.77");
        for (int i = 0; i < 6; i++) {
            assertThat(penyerang.basic("/api/v1/opd", ppk, "tebakan-" + i).status())
                    .isEqualTo(i < 5 ? 401 : 429);
        }
        HttpMentah lupa = new HttpMentah(port, "localhost", "127.0.0.78");
        for (int i = 0; i < 5; i++) {
            lupa.basic("/api/v1/opd", pegawai, "lupa-" + i);
        }
        HttpMentah pemindai = new HttpMentah(port, "localhost", "127.0.0.79");
        for (int i = 0; i < 10; i++) {
            pemindai.basic("/api/v1/opd", "admin" + i, "admin");
        }
        // The real PPK, from elsewhere, still gets in.
        assertThat(new HttpMentah(port, "localhost", "127.0.0.80")
                        .basic("/api/v1/opd", ppk, KeamananFixture.SANDI_UJI)
                        .status())
                .isEqualTo(200);
        try {
            String basis = "http://localhost:" + port;
            peramban.masuk(basis, "bkd", "aparatur-demo", tunggu);
            peramban.klik(By.id("nav-administrasi"), tunggu);
            peramban.klik(By.id("nav-penguncian"), tunggu);
            tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("tabel-penguncian")));
            List<WebElement> baris = driver.findElements(By.cssSelector("#tabel-penguncian tr.baris-penguncian"));
            WebElement barisPpk = baris.stream()
                    .filter(b -> b.getText().contains(ppk))
                    .findFirst()
                    .orElseThrow();
            assertThat(barisPpk.getText()).contains("127.0.0.77").contains("5");
            assertThat(barisPpk.findElements(By.cssSelector(".akun-istimewa"))).hasSize(1);
            WebElement barisPegawai = baris.stream()
                    .filter(b -> b.getText().contains(pegawai))
                    .findFirst()
                    .orElseThrow();
            assertThat(barisPegawai.findElements(By.cssSelector(".akun-istimewa")))
                    .isEmpty();
            assertThat(baris)
                    .anySatisfy(
                            b -> assertThat(b.getText()).contains("127.0.0.79").contains("10"));
            peramban.gambar("penguncian");
            peramban.keluar();
            peramban.masuk(basis, "pegawai.pendidikan", "aparatur-demo", tunggu);
            assertThat(driver.findElements(By.id("nav-penguncian"))).isEmpty();
            driver.get(basis + "/akses/penguncian");
            assertThat(driver.findElements(By.id("tabel-penguncian"))).isEmpty();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("penguncian-gagal");
            throw e;
        } finally {
            peramban.keluar();
        }
    }
}
