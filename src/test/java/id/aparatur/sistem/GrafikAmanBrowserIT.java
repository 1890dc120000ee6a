package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.e2e.Peramban;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15 item 7 in Chromium. A unit and a jabatan named {@code <img src=x onerror=window.__xss=1>} appear in the
 * org chart's tooltip as text: the tooltip DOM has the literal characters, no {@code img} element, and the handler
 * never ran. Then the chart pages (and Swagger UI) are opened under the CSP without {@code 'unsafe-eval'}: every
 * chart draws and the console has no CSP violation or Permissions-Policy complaint. Screenshots:
 * {@code target/e2e/grafik-aman-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class GrafikAmanBrowserIT {

    private static final Duration TUNGGU = Duration.ofSeconds(30);
    private static final String JAHAT = "<img src=x onerror=window.__xss=1>";

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void mulai() throws IOException {
        peramban = Peramban.mulai();
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

    private String basis() {
        return "http://localhost:" + port;
    }

    private Object js(String skrip, Object... argumen) {
        return ((JavascriptExecutor) driver).executeScript(skrip, argumen);
    }

    @Test
    void namaJabatanJahatTampilSebagaiTeksDiTooltipBagan() throws IOException {
        String s = Long.toString(System.nanoTime(), 36);
        var org = new id.aparatur.organisasi.OrganisasiFixture(jdbc);
        long opd = org.opdTanpaUnit("Badan Uji Tooltip " + s);
        long unit = org.unitBaru(opd, null, "Bidang " + JAHAT + " " + s);
        org.jabatanBernama(opd, unit, JAHAT + " Analis " + s, "PELAKSANA", null, true);
        try {
            peramban.masuk(basis(), "bkd", "aparatur-demo", tunggu);
            driver.get(basis() + "/organisasi/opd/" + opd + "/peta-jabatan");
            tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#bagan-organisasi canvas")));
            // The chart has its data once the fetch has come back.
            tunggu.until(d -> Boolean.TRUE.equals(js("""
                    var c = echarts.getInstanceByDom(document.getElementById('bagan-organisasi'));
                    var o = c && c.getOption();
                    return !!(o && o.series && o.series[0].data && o.series[0].data.length);""")));
            // Hover the unit's node with the mouse, where ECharts laid out its symbol (index 0 of a tree series is the
            // invisible virtual root, the first node of the data is index 1).
            js("document.getElementById('bagan-organisasi').scrollIntoView({block: 'center', behavior: 'instant'});");
            // The tree lays itself out with an animation: each try reads where the node is now and hovers there,
            // until the tooltip (the positioned box whose text names the jabatan) shows.
            WebElement kanvas = driver.findElement(By.cssSelector("#bagan-organisasi canvas"));
            String teks = (String) tunggu.until(d -> {
                @SuppressWarnings("unchecked")
                List<Number> titik = (List<Number>) js("""
                        var c = echarts.getInstanceByDom(document.getElementById('bagan-organisasi'));
                        var g = c.getModel().getSeriesByIndex(0).getData().getItemGraphicEl(1);
                        var p = g.transformCoordToGlobal(0, 0);
                        return [p[0], p[1], c.getWidth(), c.getHeight()];""");
                new Actions(driver).moveToElement(kanvas, 0, 0).perform();
                new Actions(driver)
                        .moveToElement(
                                kanvas,
                                (int) (titik.get(0).doubleValue() - titik.get(2).doubleValue() / 2),
                                (int) (titik.get(1).doubleValue() - titik.get(3).doubleValue() / 2))
                        .perform();
                return js("""
                        var cari = arguments[0];
                        var el = document.getElementById('bagan-organisasi');
                        var t = Array.prototype.slice.call(el.querySelectorAll('div')).filter(function (x) {
                          return x.textContent.indexOf(cari) >= 0 && getComputedStyle(x).position === 'absolute'; });
                        return t.length ? t[t.length - 1].textContent : null;""", "Analis " + s);
            });
            peramban.gambar("grafik-aman-1-tooltip");
            assertThat(teks).contains("Bidang " + JAHAT).contains(JAHAT + " Analis " + s);
            assertThat(((Number) js("return document.querySelectorAll('#bagan-organisasi img').length;")).intValue())
                    .as("elemen img di bagan")
                    .isZero();
            assertThat(js("return window.__xss === undefined;")).isEqualTo(Boolean.TRUE);
            // The shared escape function itself.
            assertThat(js("return Aparatur.teksHtml(arguments[0]);", "<b a=\"1\">'&`"))
                    .isEqualTo("&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#96;");
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("grafik-aman-gagal");
            throw e;
        } finally {
            peramban.keluar();
        }
    }

    @Test
    void halamanGrafikBerjalanTanpaUnsafeEval() throws IOException {
        long disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        String nip = jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = 'atasan.pendidikan'")
                .query(String.class)
                .single();
        // page → CSS selector of the chart(s) that must have drawn
        Map<String, String> halaman = new java.util.LinkedHashMap<>();
        halaman.put("/", "body");
        halaman.put("/organisasi/opd/" + disdik + "/peta-jabatan", "#bagan-organisasi canvas");
        halaman.put("/peta-kebutuhan", "#grafik-kebutuhan-opd canvas");
        halaman.put("/peta-kebutuhan/proyeksi", "#grafik-proyeksi canvas");
        halaman.put("/kinerja/dasbor", "body");
        halaman.put("/matriks-kompetensi", "body");
        halaman.put("/pegawai/" + nip + "?tab=kompetensi", "#isi-kompetensi [data-grafik-jenis] canvas");
        for (String tabel : List.of("penempatan.skenario", "perencanaan.kaskade", "seleksi.seleksi")) {
            Long id = jdbc.sql("SELECT min(id) FROM " + tabel)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (id != null) {
                halaman.put(
                        switch (tabel) {
                            case "penempatan.skenario" -> "/penempatan/skenario/" + id;
                            case "perencanaan.kaskade" -> "/perencanaan/kaskade/" + id;
                            default -> "/seleksi-terbuka/" + id;
                        },
                        "body");
            }
        }
        halaman.put("/swagger-ui.html", "#swagger-ui .opblock-tag");
        List<String> keluhan = new ArrayList<>();
        try {
            peramban.masuk(basis(), "bkd", "aparatur-demo", tunggu);
            peramban.logKonsol();
            int i = 2;
            for (var h : halaman.entrySet()) {
                driver.get(basis() + h.getKey());
                tunggu.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(h.getValue())));
                // Let lazy charts and htmx fragments finish.
                tunggu.until(d -> Boolean.TRUE.equals(js("return document.readyState === 'complete' && (!window.htmx "
                        + "|| document.querySelectorAll('.htmx-request').length === 0);")));
                sleep(700);
                int kanvas = ((Number) js("return document.querySelectorAll('canvas').length;")).intValue();
                int grafik = ((Number) js("return document.querySelectorAll('[data-grafik],[data-url][id^=bagan],"
                                + "[id^=grafik-],.grafik-dasbor,.grafik-kebutuhan').length;"))
                        .intValue();
                assertThat(kanvas)
                        .as("grafik yang tergambar di %s (wadah: %d)", h.getKey(), grafik)
                        .isGreaterThanOrEqualTo(Math.min(1, grafik));
                peramban.gambar("grafik-aman-" + i++ + "-" + h.getKey().replaceAll("[^a-z0-9]+", "-"));
                for (String baris : peramban.logKonsol()) {
                    String b = baris.toLowerCase(java.util.Locale.ROOT);
                    if (b.contains("content security policy")
                            || b.contains("unsafe-eval")
                            || b.contains("refused to")
                            || b.contains("permissions-policy")
                            || b.contains("permissions policy")) {
                        keluhan.add(h.getKey() + ": " + baris);
                    }
                }
            }
            // The collector does see violations: an inline script injected into the page is refused and logged.
            js("var x = document.createElement('script'); x.textContent = 'window.__sebaris = 1;'; "
                    + "document.body.appendChild(x);");
            sleep(300);
            assertThat(peramban.logKonsol())
                    .as("konsol sesudah skrip sebaris")
                    .anySatisfy(b -> assertThat(b).containsIgnoringCase("Content Security Policy"));
            assertThat(js("return window.__sebaris === undefined;")).isEqualTo(Boolean.TRUE);
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("grafik-aman-csp-gagal");
            throw e;
        } finally {
            peramban.keluar();
        }
        assertThat(keluhan).as("pelanggaran CSP / Permissions-Policy di konsol").isEmpty();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
