package id.aparatur.akses;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * client refuses to send a foreign Host. Covers the container's redirects (login page, logout) and Spring Security's
 * saved request after login. Also checks the security headers of both chains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PengalihanHostIT {

    private static final String HOST_ASING = "evil.example";
    private static final Pattern COOKIE = Pattern.compile("(?im)^Set-Cookie:\\s*(JSESSIONID=[^;\\r\\n]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort int port;

    private record Jawaban(int status, List<String> header, String isi) {
        @Nullable String header(String nama) {
            String awalan = nama.toLowerCase(Locale.ROOT) + ":";
            return header.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(awalan))
                    .map(h -> h.substring(awalan.length()).strip()).findFirst().orElse(null);
        }
    }

    /**
     * One HTTP/1.1 exchange with {@code Connection: close} (HTTP/1.1, because Tomcat always answers an HTTP/1.0 client
     * with an absolute Location, as HTTP/1.0 required).
     */
    private Jawaban kirim(String metode, String path, @Nullable String cookie, @Nullable String form) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            StringBuilder r = new StringBuilder(metode + " " + path + " HTTP/1.1\r\nHost: " + HOST_ASING
                    + "\r\nConnection: close\r\n");
            if (cookie != null) {
                r.append("Cookie: ").append(cookie).append("\r\n");
            }
            byte[] isi = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                r.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(isi.length)
                        .append("\r\n");
            }
            r.append("\r\n");
            OutputStream o = s.getOutputStream();
            o.write(r.toString().getBytes(StandardCharsets.ISO_8859_1));
            o.write(isi);
            o.flush();
            byte[] semua = s.getInputStream().readAllBytes();
            int batas = 0;
            while (!(semua[batas] == '\r' && semua[batas + 1] == '\n' && semua[batas + 2] == '\r'
                    && semua[batas + 3] == '\n')) {
                batas++;
            }
            String[] baris = new String(semua, 0, batas, StandardCharsets.ISO_8859_1).split("\r\n");
            List<String> header = new ArrayList<>(List.of(baris).subList(1, baris.length));
            byte[] badan = java.util.Arrays.copyOfRange(semua, batas + 4, semua.length);
            boolean chunked = header.stream().anyMatch(h -> h.equalsIgnoreCase("Transfer-Encoding: chunked"));
            return new Jawaban(Integer.parseInt(baris[0].split(" ")[1]), header,
                    new String(chunked ? tanpaChunk(badan) : badan, StandardCharsets.UTF_8));
        }
    }

    /** The body of a chunked answer: hex size CRLF, data CRLF, ..., a zero-size chunk at the end. */
    private static byte[] tanpaChunk(byte[] b) {
        ByteArrayOutputStream hasil = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int akhir = i;
            while (b[akhir] != '\r') {
                akhir++;
            }
            int ukuran = Integer.parseInt(new String(b, i, akhir - i, StandardCharsets.ISO_8859_1).split(";")[0]
                    .strip(), 16);
            if (ukuran == 0) {
                break;
            }
            hasil.write(b, akhir + 2, ukuran);
            i = akhir + 2 + ukuran + 2;
        }
        return hasil.toByteArray();
    }

    private static String cookie(Jawaban j, @Nullable String lama) {
        Matcher m = COOKIE.matcher(String.join("\r\n", j.header()));
        return m.find() ? m.group(1) : lama;
    }

    private static void tanpaHostAsing(Jawaban j, String harapan) {
        assertThat(j.status()).isEqualTo(302);
        assertThat(j.header("Location")).as("Location").isEqualTo(harapan).doesNotContain(HOST_ASING);
    }

    @Test
    void pengalihanTidakMemantulkanHostAsing() throws IOException {
        // The login page of a protected page, and the request saved to come back to.
        Jawaban halaman = kirim("GET", "/pegawai?q=budi", null, null);
        tanpaHostAsing(halaman, "/login");
        String sesi = cookie(halaman, null);
        Jawaban login = kirim("GET", "/login", sesi, null);
        sesi = cookie(login, sesi);
        Matcher token = CSRF.matcher(login.isi());
        assertThat(token.find()).isTrue();
        // After login: back to the saved page, as a path.
        Jawaban masuk = kirim("POST", "/login", sesi, "username=bkd&password=aparatur-demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        tanpaHostAsing(masuk, "/pegawai?q=budi&continue");
        sesi = cookie(masuk, sesi);
        // Logout.
        Jawaban beranda = kirim("GET", "/", sesi, null);
        Matcher token2 = CSRF.matcher(beranda.isi());
        assertThat(token2.find()).isTrue();
        tanpaHostAsing(kirim("POST", "/logout", sesi, "_csrf=" + URLEncoder.encode(token2.group(1),
                StandardCharsets.UTF_8)), "/login?keluar");
        // A wrong password.
        Jawaban login2 = kirim("GET", "/login", null, null);
        Matcher token3 = CSRF.matcher(login2.isi());
        assertThat(token3.find()).isTrue();
        tanpaHostAsing(kirim("POST", "/login", cookie(login2, null), "username=bkd&password=salah&_csrf="
                + URLEncoder.encode(token3.group(1), StandardCharsets.UTF_8)), "/login?gagal");
    }

    @Test
    void headerKeamananDiKeduaRantai() throws IOException {
        Jawaban halaman = kirim("GET", "/login", null, null);
        Jawaban api = kirim("GET", "/api/v1/opd", null, null);
        for (Jawaban j : List.of(halaman, api)) {
            assertThat(j.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(j.header("Permissions-Policy")).contains("camera=()").contains("microphone=()")
                    .contains("geolocation=()");
            assertThat(j.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(j.header("Content-Security-Policy")).contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval");
        }
        assertThat(halaman.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(api.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).doesNotStartWith("Basic");
    }
}
