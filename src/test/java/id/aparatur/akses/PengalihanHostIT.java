package id.aparatur.akses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15 item 7: no redirect names the host a request claimed in its {@code Host} header. Runs against the real
 * Tomcat (MockMvc would not show what the container does to a relative redirect) with raw HTTP, since Java's HTTP
 * client refuses to send a foreign Host ({@link HttpMentah}). Covers the container's redirects (login page, logout) and Spring Security's
 * saved request after login. Also checks the security headers of both chains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PengalihanHostIT {

    private static final String HOST_ASING = "evil.example";
    private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie:\\s*(JSESSIONID=[^;\\r\\n]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private HttpMentah.Jawaban kirim(String metode, String path, @Nullable String cookie, @Nullable String form)
            throws IOException {
        return new HttpMentah(port, HOST_ASING, null)
                .kirim(metode, path, cookie == null ? Map.of() : Map.of("Cookie", cookie), form);
    }

    private static String cookie(HttpMentah.Jawaban j, @Nullable String lama) {
        Matcher m = COOKIE.matcher(String.join("\r\n", j.header()));
        return m.find() ? m.group(1) : lama;
    }

    private static void tanpaHostAsing(HttpMentah.Jawaban j, String harapan) {
        assertThat(j.status()).isEqualTo(302);
        assertThat(j.header("Location")).as("Location").isEqualTo(harapan).doesNotContain(HOST_ASING);
    }

    @Test
    void pengalihanTidakMemantulkanHostAsing() throws IOException {
        // The login page of a protected page, and the request saved to come back to.
        HttpMentah.Jawaban halaman = kirim("GET", "/pegawai?q=budi", null, null);
        tanpaHostAsing(halaman, "/login");
        String sesi = cookie(halaman, null);
        HttpMentah.Jawaban login = kirim("GET", "/login", sesi, null);
        sesi = cookie(login, sesi);
        Matcher token = CSRF.matcher(login.isi());
        assertThat(token.find()).isTrue();
        // After login: back to the saved page, as a path.
        HttpMentah.Jawaban masuk = kirim(
                "POST",
                "/login",
                sesi,
                "username=bkd&password=aparatur-demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        tanpaHostAsing(masuk, "/pegawai?q=budi&continue");
        sesi = cookie(masuk, sesi);
        // Logout.
        HttpMentah.Jawaban beranda = kirim("GET", "/", sesi, null);
        Matcher token2 = CSRF.matcher(beranda.isi());
        assertThat(token2.find()).isTrue();
        tanpaHostAsing(
                kirim("POST", "/logout", sesi, "_csrf=" + URLEncoder.encode(token2.group(1), StandardCharsets.UTF_8)),
                "/login?keluar");
        // A wrong password.
        HttpMentah.Jawaban login2 = kirim("GET", "/login", null, null);
        Matcher token3 = CSRF.matcher(login2.isi());
        assertThat(token3.find()).isTrue();
        tanpaHostAsing(
                kirim(
                        "POST",
                        "/login",
                        cookie(login2, null),
                        "username=bkd&password=salah&_csrf="
                                + URLEncoder.encode(token3.group(1), StandardCharsets.UTF_8)),
                "/login?gagal");
    }

    @Test
    void headerKeamananDiKeduaRantai() throws IOException {
        HttpMentah.Jawaban halaman = kirim("GET", "/login", null, null);
        HttpMentah.Jawaban api = kirim("GET", "/api/v1/opd", null, null);
        for (HttpMentah.Jawaban j : List.of(halaman, api)) {
            assertThat(j.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(j.header("Permissions-Policy"))
                    .contains("camera=()")
                    .contains("microphone=()")
                    .contains("geolocation=()");
            assertThat(j.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(j.header("Content-Security-Policy"))
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
        }
        assertThat(halaman.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(api.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).doesNotStartWith("Basic");
    }
}
