package id.aparatur.akses;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import id.aparatur.e2e.Peramban;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
 * Issue 15 item 1 in Chromium: the browser opens an API URL with the BKD officer's credentials in it (before the fix,
 * the 401 Basic challenge made it use and cache them), then loads a hostile page from another origin
 * ({@code localhost} instead of {@code 127.0.0.1}, a plain JDK HTTP server) that auto-submits a form POST to the
 * verification endpoint of a logged activity. The activity must still be DICATAT afterwards, and the browser's own
 * network log shows the POST was answered 403. Screenshots: {@code target/e2e/lintas-situs-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class LintasSitusBrowserIT {

    private static final Duration TUNGGU = Duration.ofSeconds(30);

    private static Peramban peramban;
    private static WebDriver driver;
    private static HttpServer situsJahat;
    private static volatile String halamanJahat = "";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void mulai() throws IOException {
        peramban = Peramban.mulai(1200, 800, true);
        driver = peramban.driver();
        situsJahat = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        situsJahat.createContext("/", x -> {
            byte[] isi = halamanJahat.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            x.sendResponseHeaders(200, isi.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(isi);
            }
        });
        situsJahat.start();
    }

    @AfterAll
    static void selesai() {
        if (situsJahat != null) {
            situsJahat.stop(0);
        }
        if (peramban != null) {
            peramban.close();
            peramban = null;
        }
    }

    @Test
    void halamanDariOriginLainTidakMengubahDataLewatKredensialTersimpan() throws Exception {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("lintas-situs-gagal");
            throw e;
        }
    }

    private void skenario() throws Exception {
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        String api = "http://127.0.0.1:" + port;
        String target = api + "/api/v1/kinerja/aktivitas/" + id + "/verifikasi";

        // 1. The officer once opened an API URL with credentials; a Basic challenge would make Chromium cache them.
        driver.get("http://bkd:aparatur-demo@127.0.0.1:" + port + "/api/v1/kinerja/aktivitas?nip="
                + jdbc.sql("SELECT nip FROM kinerja.aktivitas WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
        new WebDriverWait(driver, TUNGGU).until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
        peramban.gambar("lintas-situs-1-api");
        peramban.logJaringan();

        // 2. A page on another origin submits a form as soon as it loads (a top-level navigation: Chromium keys its
        //    HTTP auth cache by the top-level site, and a top-level POST is what matches the cached entry).
        halamanJahat = """
                <!doctype html><html><body><h1>Hadiah menanti Anda</h1>
                <form id="f" method="POST" action="%s"><input name="x" value="1"></form>
                <script>document.getElementById('f').submit();</script></body></html>""".formatted(target);
        driver.get("http://localhost:" + situsJahat.getAddress().getPort() + "/hadiah.html");

        // 3. Wait until the browser has the answer to the POST (its network log), then check the database.
        List<String> jawaban = new java.util.ArrayList<>();
        long batas = System.nanoTime() + TUNGGU.toNanos();
        while (jawaban.stream().noneMatch(s -> !s.equals("401")) && System.nanoTime() < batas) {
            jawaban.addAll(statusJawaban(peramban.logJaringan(), "/api/v1/kinerja/aktivitas/" + id + "/verifikasi"));
            Thread.sleep(200);
        }
        Thread.sleep(500);
        peramban.gambar("lintas-situs-2-halaman-jahat");
        assertThat(KeamananFixture.statusAktivitas(jdbc, id))
                .as("status aktivitas %d sesudah halaman jahat", id)
                .isEqualTo("DICATAT");
        assertThat(jawaban).as("jawaban server atas POST lintas situs").containsExactly("403");
    }

    @Test
    void halamanAplikasiSendiriTetapBolehMemanggilApi() {
        // What Swagger UI's "Try it out" does: a same-origin fetch with the Authorization header set explicitly.
        long id = KeamananFixture.aktivitasDicatat(jdbc);
        driver.get("http://127.0.0.1:" + port + "/login");
        Object status = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                var selesai = arguments[arguments.length - 1];
                fetch('/api/v1/kinerja/aktivitas/' + arguments[0] + '/verifikasi', {method: 'POST',
                  headers: {'Authorization': 'Basic ' + btoa('bkd:aparatur-demo')}})
                  .then(function (r) { selesai(r.status); }, function (e) { selesai(String(e)); });""", id);
        assertThat(status).isEqualTo(204L);
        assertThat(KeamananFixture.statusAktivitas(jdbc, id)).isEqualTo("DIVERIFIKASI");
    }

    /** The HTTP statuses Chromium received for responses whose URL contains {@code path}, in order. */
    private static List<String> statusJawaban(List<String> log, String path) {
        List<String> hasil = new java.util.ArrayList<>();
        for (String baris : log) {
            if (baris.contains("\"Network.responseReceived\"") && baris.contains(path)) {
                var m = java.util.regex.Pattern.compile("\"status\":(\\d{3})").matcher(baris);
                if (m.find()) {
                    hasil.add(m.group(1));
                }
            }
        }
        return hasil;
    }
}
