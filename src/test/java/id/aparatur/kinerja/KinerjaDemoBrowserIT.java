package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.demo.generator.KinerjaDemo;
import id.aparatur.e2e.Peramban;
import id.aparatur.kinerja.application.LayananDistribusi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The kinerja pages on the demo data, in a real Chromium, as the demo accounts see them: the head of Dinas Pendidikan
 * opens the performance dashboard (last year's predikat distribution against the rule of the OPD's organisational
 * predikat, predikat per unit; the demo month's effective hours and fit, drawn by ECharts), the employee opens last
 * year's final SKP and its evaluation page, and BKD the organisational predikat page. Screenshots go to
 * {@code target/e2e/kinerja-5..9-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class KinerjaDemoBrowserIT {

    private static final String SANDI = "aparatur-demo";

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    LayananDistribusi distribusi;

    @BeforeAll
    static void jalankanPeramban() throws IOException {
        peramban = Peramban.mulai(1400, 1000);
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, Duration.ofSeconds(30));
        // A form submit or an htmx swap can replace the element between finding it and reading it: poll again.
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
    void dasborSkpDemoDanPredikatOrganisasiTampil() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("kinerja-demo-gagal");
            throw new AssertionError(
                    "Skenario gagal di " + driver.getCurrentUrl() + "; lihat target/e2e/kinerja-demo-gagal.png", e);
        }
    }

    private void skenario() throws IOException {
        // the demo's performance data is dated from the clock's today: last year's final SKP, the demo month's logs
        LocalDate hariIni = LocalDate.now(clock);
        int tahunLalu = hariIni.getYear() - 1;
        YearMonth demo = KinerjaDemo.bulanAktivitas(hariIni);
        int[] bulan = {demo.getYear(), demo.getMonthValue()};
        long disdik = jdbc.sql("SELECT id FROM organisasi.v_opd WHERE kode = 'DISDIK'")
                .query(Long.class)
                .single();
        String predikatDisdik =
                distribusi.predikatOrganisasi(disdik, tahunLalu).orElseThrow().name();

        // 1. The head of Dinas Pendidikan: last year's distribution against the rule, predikat per unit.
        masuk("kadis.pendidikan");
        peramban.klik(By.id("nav-kinerja"), tunggu);
        peramban.klik(By.id("nav-dasbor-kinerja"), tunggu);
        tunggu.until(ExpectedConditions.urlContains("/kinerja/dasbor"));
        // Opens on data: last year (the latest with ratings), not this year's empty one, without choosing anything.
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("dasbor-kinerja")));
        assertThat(driver.findElement(By.id("dasbor-kinerja")).getAttribute("data-tahun"))
                .isEqualTo(String.valueOf(tahunLalu));
        grafikTergambar("grafik-distribusi");
        grafikTergambar("grafik-unit");
        assertThat(driver.findElement(By.id("predikat-organisasi")).getText()).isNotBlank();
        assertThat(driver.findElements(By.id("predikat-organisasi-kosong"))).isEmpty();
        long dinilai = jdbc.sql("""
                SELECT count(*) FROM kinerja.skp WHERE opd_id = ? AND tahun = ? AND status IN ('DINILAI', 'FINAL')""").params(disdik, tahunLalu).query(Long.class).single();
        assertThat(driver.findElement(By.id("distribusi-total")).getText()).contains(Long.toString(dinilai));
        peramban.gambarPenuh("kinerja-5-dasbor-distribusi");

        // ... and the demo month: effective hours and fit per unit, re-placement signals.
        buka("/kinerja/dasbor?tahun=" + bulan[0] + "&bulan=" + bulan[1]);
        grafikTergambar("grafik-jam");
        grafikTergambar("grafik-kesesuaian");
        assertThat(driver.findElements(By.cssSelector("#tabel-sinyal tbody tr")))
                .as("re-placement signals")
                .isNotEmpty();
        peramban.gambarPenuh("kinerja-6-dasbor-jam-kesesuaian");

        // 2. The employee: last year's final SKP with its predikat, and the evaluation page.
        keluar();
        masuk("pegawai.pendidikan");
        String nip = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'pegawai.pendidikan'")
                .query(String.class)
                .single();
        var skp = jdbc.sql("SELECT id, predikat FROM kinerja.skp WHERE nip = ? AND tahun = ?")
                .params(nip, tahunLalu)
                .query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("predikat")})
                .single();
        buka("/kinerja/skp");
        tunggu.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href$='/kinerja/skp/" + skp[0] + "']")));
        buka("/kinerja/skp/" + skp[0]);
        WebElement predikat = tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("predikat")));
        assertThat(predikat.getText()).isNotBlank();
        assertThat(driver.findElements(By.id("daftar-rhk"))).isNotEmpty();
        peramban.gambarPenuh("kinerja-7-skp-final-demo");
        buka("/kinerja/skp/" + skp[0] + "/evaluasi");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("tabel-evaluasi")));
        assertThat(driver.findElements(By.cssSelector("#tabel-evaluasi tbody tr")))
                .as("four quarterly evaluations")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElement(By.id("tabel-evaluasi")).getText())
                .as("labels, not codes")
                .contains("Triwulan 1", "Triwulan 4")
                .doesNotContain("TRIWULAN_1");
        assertThat(driver.findElements(By.id("form-realisasi")))
                .as("a final SKP takes no realisation")
                .isEmpty();
        peramban.gambarPenuh("kinerja-8-evaluasi-demo");

        // 3. BKD: the dashboard opens on the whole Pemda and last year, with charts that have data; then the
        // organisational predikat of Dinas Pendidikan and the distribution against its rule.
        keluar();
        masuk("bkd");
        peramban.klik(By.id("nav-kinerja"), tunggu);
        peramban.klik(By.id("nav-dasbor-kinerja"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("dasbor-kinerja")));
        WebElement dasbor = driver.findElement(By.id("dasbor-kinerja"));
        assertThat(dasbor.getAttribute("data-lingkup")).isEqualTo("PEMDA");
        // The latest year with ratings anywhere in the Pemda: last year's demo ratings, or this year's when other
        // tests in this JVM have already rated SKP of this year (in OPDs of their own).
        int tahunBawaan = jdbc.sql("""
                SELECT max(tahun) FROM kinerja.skp WHERE status IN ('DINILAI', 'FINAL') AND predikat IS NOT NULL
                  AND tahun <= extract(year FROM current_date)""").query(Integer.class).single();
        assertThat(dasbor.getAttribute("data-tahun")).isEqualTo(String.valueOf(tahunBawaan));
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("opd")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Seluruh Pemda");
        if (tahunBawaan != tahunLalu) {
            // choose last year in the year select, as a BKD officer would
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("tahun")))
                    .selectByValue(String.valueOf(tahunLalu));
            peramban.klik(By.cssSelector("#form-dasbor button[type=submit]"), tunggu);
            tunggu.until(
                    ExpectedConditions.attributeToBe(By.id("dasbor-kinerja"), "data-tahun", String.valueOf(tahunLalu)));
        }
        long dinilaiPemda = jdbc.sql("""
                SELECT count(*) FROM kinerja.skp WHERE tahun = ? AND status IN ('DINILAI', 'FINAL')
                  AND predikat IS NOT NULL""").param(tahunLalu).query(Long.class).single();
        assertThat(dinilaiPemda).isPositive();
        assertThat(driver.findElement(By.id("distribusi-total")).getText()).isEqualTo(Long.toString(dinilaiPemda));
        grafikTergambar("grafik-distribusi");
        grafikTergambar("grafik-unit");
        assertThat(driver.findElements(By.cssSelector("#tabel-unit tbody tr")))
                .as("one row per OPD")
                .hasSizeGreaterThan(10);
        peramban.gambar("kinerja-10-dasbor-pemda");
        peramban.gambarPenuh("kinerja-10-dasbor-pemda-penuh");
        // Last year has ratings but no activity logs (those are of this year): the page links to the latest month.
        peramban.klik(By.id("tautan-aktivitas-terakhir"), tunggu);
        grafikTergambar("grafik-jam");
        grafikTergambar("grafik-kesesuaian");
        assertThat(driver.findElement(By.id("dasbor-kinerja")).getAttribute("data-lingkup"))
                .isEqualTo("PEMDA");
        peramban.gambarPenuh("kinerja-11-dasbor-pemda-aktivitas");

        buka("/kinerja/predikat-organisasi?opdId=" + disdik + "&tahun=" + tahunLalu);
        WebElement berlaku = tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("predikat-berlaku")));
        assertThat(berlaku.getText())
                .as("a label, not the code")
                .isEqualToIgnoringCase(predikatDisdik.replace('_', ' '))
                .isNotEqualTo(predikatDisdik);
        assertThat(driver.findElements(By.id("form-tetapkan"))).isNotEmpty();
        peramban.gambarPenuh("kinerja-9-predikat-organisasi");
    }

    /** ECharts draws into a canvas inside the chart's element once its data arrived. */
    private void grafikTergambar(String id) {
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " canvas")));
        List<WebElement> kanvas = driver.findElements(By.cssSelector("#" + id + " canvas"));
        assertThat(kanvas.get(0).getSize().getHeight()).as(id).isPositive();
    }

    private void masuk(String akun) {
        peramban.masuk("http://localhost:" + port, akun, SANDI, tunggu);
    }

    private void keluar() {
        peramban.keluar();
    }

    private void buka(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
