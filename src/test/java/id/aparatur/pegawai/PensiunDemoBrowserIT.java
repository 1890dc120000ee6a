package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.e2e.Peramban;
import id.aparatur.pegawai.domain.AturanPensiun;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo Kabupaten in a real browser: the profile of a demo guru shows BUP 60 and the TMT pensiun at 60 (UU
 * 14/2005), the profile of a demo PPPK shows no TMT CPNS, its golongan PPPK and the BUP of its jabatan. This test is
 * about the demo data itself, so it picks its two employees from the demo (the lowest number of each kind), not from a
 * fixture. Screenshots: {@code target/e2e/pensiun-guru.png}, {@code target/e2e/pensiun-pppk.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PensiunDemoBrowserIT {

    static final DateTimeFormatter TAMPIL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
        }
    }

    record Demo(String nip, LocalDate lahir, String jenis, String jenjang, String kodeJf) {}

    Demo pertama(String syarat) {
        return jdbc.sql(
                        "SELECT p.nip, p.tanggal_lahir, j.jenis_jabatan, j.jenjang, j.kode_jf FROM pegawai.v_pegawai_aktif p "
                                + "JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id WHERE " + syarat
                                + " ORDER BY p.nip LIMIT 1")
                .query((rs, i) -> new Demo(
                        rs.getString(1).trim(),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .single();
    }

    @Test
    void profilGuruDanPppkDemoMenunjukkanBupDanTmtPensiunYangBenar() throws IOException {
        Demo guru = pertama("j.kode_jf = 'GURU' AND p.status_kepegawaian = 'PNS'");
        Demo pppk = pertama("p.status_kepegawaian = 'PPPK' AND p.tmt_cpns IS NULL AND p.golongan_pppk IS NOT NULL");
        try {
            peramban.masuk("http://localhost:" + port, "bkd", "aparatur-demo", tunggu);

            driver.get("http://localhost:" + port + "/pegawai/" + guru.nip());
            tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("bup")));
            assertThat(driver.findElement(By.id("bup")).getText()).isEqualTo("60 tahun");
            assertThat(driver.findElement(By.id("tmt-pensiun")).getText())
                    .isEqualTo(AturanPensiun.tmtPensiun(guru.lahir(), 60).format(TAMPIL));
            peramban.gambarPenuh("pensiun-guru");

            driver.get("http://localhost:" + port + "/pegawai/" + pppk.nip());
            tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("bup")));
            int bup = AturanPensiun.STANDAR.bup(pppk.jenis(), pppk.jenjang(), pppk.kodeJf());
            assertThat(driver.findElement(By.id("status-kepegawaian")).getText())
                    .isEqualTo("PPPK");
            assertThat(driver.findElement(By.id("tmt-cpns")).getText()).isEqualTo("Tidak ada (PPPK)");
            assertThat(driver.findElement(By.id("label-nomor-induk")).getText()).isEqualTo("NI PPPK");
            assertThat(driver.findElement(By.id("golongan-pppk")).getText()).endsWith("(PPPK)");
            assertThat(driver.findElement(By.id("bup")).getText()).isEqualTo(bup + " tahun");
            assertThat(driver.findElement(By.id("tmt-pensiun")).getText())
                    .isEqualTo(AturanPensiun.tmtPensiun(pppk.lahir(), bup).format(TAMPIL));
            peramban.gambarPenuh("pensiun-pppk");
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("pensiun-gagal");
            throw e;
        }
    }
}
