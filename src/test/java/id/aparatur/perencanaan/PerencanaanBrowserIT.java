package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.e2e.Peramban;
import java.io.IOException;
import java.time.Clock;
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
 * Issue 5 end to end in a real browser (Debian's Chromium, headless): the head of Dinas Pendidikan enters the ABK of a
 * pelaksana position whose workload needs two more people and submits it; BKD finalises it (the jabatan's K rises);
 * BKD runs the promotion cascade on the demo Kabupaten with next year's retirements, reads the chains and the
 * formation, and turns the formation into an usulan formasi whose XLSX and PDF it downloads. Screenshots go to
 * {@code target/e2e/perencanaan-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PerencanaanBrowserIT {

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
        tunggu = new WebDriverWait(driver, Duration.ofSeconds(90));
        // htmx swaps and redirects replace elements while a condition reads them
        tunggu.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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
    void abkKaskadeDanUsulanFormasi() throws IOException {
        try {
            alur();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("perencanaan-gagal");
            throw new AssertionError("Alur perencanaan di peramban gagal di " + driver.getCurrentUrl(), e);
        }
    }

    private void alur() throws IOException {
        int tahun = LocalDate.now(clock).getYear();
        // A new pelaksana position of Dinas Pendidikan that is exactly filled (K = B = 2): two more people of workload
        // → 2 vacancies.
        PerencanaanFixture fixture = new PerencanaanFixture(jdbc);
        int kuota = 2;
        long jabatanId = fixture.jabatanTerisi(fixture.opdDemo("Dinas Pendidikan"), kuota);
        int kebutuhan = kuota + 2;

        // 1. The head of Dinas Pendidikan enters and submits the ABK.
        masuk("kadis.pendidikan");
        buka("/abk?tahun=" + tahun);
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-abk")));
        klik(By.cssSelector("#abk-baris-" + jabatanId + " button[id^='buat-abk-']"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-abk")));
        isi("tugas-uraian-0", "Melayani administrasi sekolah dan data pokok pendidikan");
        isi("tugas-hasil-0", "Berkas layanan");
        isi("tugas-satuan-0", "berkas");
        isi("tugas-volume-0", String.valueOf(kebutuhan * 75));
        isi("tugas-norma-0", "1000");
        klik(By.id("simpan"));
        tunggu.until(ExpectedConditions.textToBe(By.id("kebutuhan"), String.valueOf(kebutuhan)));
        gambarPenuh("perencanaan-1-abk-opd");
        klik(By.id("ajukan"));
        tunggu.until(d -> "DIAJUKAN".equals(d.findElement(By.id("status-abk")).getAttribute("data-status")));
        String urlAbk = driver.getCurrentUrl();
        keluar();

        // 2. BKD finalises it; the jabatan's K becomes the ABK's kebutuhan.
        masuk("bkd");
        driver.get(urlAbk);
        klik(By.id("finalkan"));
        tunggu.until(d -> "FINAL".equals(d.findElement(By.id("status-abk")).getAttribute("data-status")));
        assertThat(jdbc.sql("SELECT kuota FROM organisasi.v_jabatan WHERE id = ?")
                        .param(jabatanId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(kebutuhan);
        gambar("perencanaan-2-abk-final");

        // 3. BKD runs the cascade on the demo Kabupaten, with next year's retirements.
        buka("/perencanaan/kaskade");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-kaskade")));
        isi("tahun-rencana", String.valueOf(tahun + 1));
        klik(By.id("jalankan-kaskade"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("hasil-kaskade")));
        long kaskadeId =
                Long.parseLong(driver.findElement(By.id("hasil-kaskade")).getAttribute("data-id"));
        assertThat(driver.findElement(By.id("r-sertifikat")).getAttribute("class"))
                .contains("text-bg-success");
        tunggu.until(
                d -> !d.findElements(By.cssSelector("#grafik-kaskade canvas")).isEmpty());
        gambarPenuh("perencanaan-3-kaskade");
        klik(By.id("tab-formasi"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-formasi")));
        int totalFormasi = Integer.parseInt(
                driver.findElement(By.id("total-formasi")).getText().trim());
        assertThat(totalFormasi)
                .isPositive()
                .isEqualTo(jdbc.sql("SELECT sum(jumlah) FROM perencanaan.kaskade_formasi WHERE kaskade_id = ?")
                        .param(kaskadeId)
                        .query(Integer.class)
                        .single());
        // The two new seats of the ABK end in the formation (or were filled by a surplus employee).
        int diFormasi = driver
                .findElements(By.cssSelector("#tabel-formasi tr[data-jabatan='" + jabatanId + "'] .jumlah-formasi"))
                .stream()
                .mapToInt(e -> Integer.parseInt(e.getText().trim()))
                .sum();
        int redistribusi =
                jdbc.sql("""
                SELECT count(*) FROM jsonb_array_elements((SELECT hasil -> 'surplus' FROM perencanaan.kaskade
                WHERE id = ?)) s WHERE (s ->> 'jabatanUsulanId')::bigint = ?""").params(kaskadeId, jabatanId).query(Integer.class).single();
        assertThat(diFormasi + redistribusi).isGreaterThanOrEqualTo(2);
        gambar("perencanaan-4-formasi");

        // 4. The formation becomes an usulan formasi; BKD downloads it.
        klik(By.id("ke-usulan-formasi"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-buat")));
        klik(By.id("buat-usulan"));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-baris")));
        assertThat(driver.findElement(By.id("status-usulan")).getAttribute("data-status"))
                .isEqualTo("DRAF");
        assertThat(driver.findElements(By.cssSelector("#tabel-baris tbody tr")))
                .hasSize(jdbc.sql(
                                "SELECT count(DISTINCT jabatan_id) FROM perencanaan.kaskade_formasi WHERE kaskade_id = ? AND jumlah > 0")
                        .param(kaskadeId)
                        .query(Integer.class)
                        .single());
        gambarPenuh("perencanaan-5-usulan-formasi");
        assertThat(unduh("unduh-xlsx"))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(unduh("unduh-pdf")).startsWith("200 application/pdf");
        klik(By.id("ajukan-usulan"));
        tunggu.until(
                d -> "DIAJUKAN".equals(d.findElement(By.id("status-usulan")).getAttribute("data-status")));
        keluar();
    }

    /** Fetches a download link in the page's session; answers "status content-type bytes". */
    private String unduh(String id) {
        String href = driver.findElement(By.id(id)).getAttribute("href");
        Object hasil = ((JavascriptExecutor) driver).executeAsyncScript("""
                var selesai = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {
                  selesai(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength); }); })
                  .catch(function (e) { selesai('galat ' + e); });""", href);
        String s = String.valueOf(hasil);
        assertThat(Long.parseLong(s.replaceAll(".* ", ""))).as(s).isGreaterThan(1000);
        return s;
    }

    private void masuk(String pengguna) {
        buka("/login");
        driver.findElement(By.id("username")).sendKeys(pengguna);
        driver.findElement(By.id("password")).sendKeys("aparatur-demo");
        driver.findElement(By.id("form-login")).submit();
        tunggu.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void keluar() {
        ((JavascriptExecutor) driver).executeScript("document.querySelector('form[action$=\"/logout\"]').submit();");
        tunggu.until(ExpectedConditions.urlContains("/login"));
    }

    private static void isi(String id, String nilai) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(nilai);
    }

    private void buka(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private static void klik(By by) {
        peramban.klik(by, tunggu);
    }

    private static void gambar(String nama) throws IOException {
        peramban.gambar(nama);
    }

    private static void gambarPenuh(String nama) throws IOException {
        peramban.gambarPenuh(nama);
    }
}
