package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiApiTerpisah;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 item 8 through the real servlet container (not MockMvc): a chunked body (no Content-Length) over the limit
 * is counted as it is read and refused with 413; an unknown path and a wrong method answer ProblemDetail also where the
 * container would render its own error page.
 */
@UjiApiTerpisah
class ApiLewatHttpIT {

    @LocalServerPort
    int port;

    private final HttpClient klien = HttpClient.newHttpClient();

    private HttpRequest.Builder permintaan(String jalur) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + jalur))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("bkd:aparatur-demo".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void badanBersepotongMelebihiBatasDitolak413() throws Exception {
        byte[] isi = ("{\"kode\":\"UJI-CHUNK\",\"nama\":\"" + "x".repeat(2_600_000) + "\",\"jenis\":\"DINAS\"}")
                .getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no known length: the client sends Transfer-Encoding: chunked
        HttpResponse<String> r = klien.send(
                permintaan("/api/v1/opd")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(isi)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"status\":413");
    }

    @Test
    void alamatDanMetodeYangSalahDijawabProblemDetail() throws Exception {
        HttpResponse<String> r = klien.send(
                permintaan("/api/v1/tidak-ada")
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> m = klien.send(
                permintaan("/api/v1/pegawai")
                        .method("PATCH", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(m.statusCode()).isEqualTo(405);
        assertThat(m.body()).contains("\"status\":405");
    }
}
