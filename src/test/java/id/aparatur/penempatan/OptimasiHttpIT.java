package id.aparatur.penempatan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optimisation API through the real servlet container (same context as the browser tests): Tomcat takes a
 * 60,000-employee body (~25 MB) and hands all of it to the parser, and the streamed answer arrives whole, also
 * gzip-compressed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OptimasiHttpIT {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpRequest.Builder permintaan(byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/penempatan/optimasi"))
                .timeout(Duration.ofMinutes(2))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("bkd:aparatur-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    @Test
    void badanBesarDibacaSampaiButirTerakhir() throws Exception {
        // 60,000 employees whose very last one repeats the first NIP: the 400 can only name it if Tomcat and the
        // parser let the whole body through.
        String json = PembangkitPermintaan.buat(60_000, 11).json();
        String nip0 = PembangkitPermintaan.nip(0);
        String nipAkhir = PembangkitPermintaan.nip(59_999);
        int i = json.lastIndexOf("\"nip\":\"" + nipAkhir + "\"");
        json = json.substring(0, i) + "\"nip\":\"" + nip0 + "\"" + json.substring(i + 8 + nipAkhir.length());
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(20_000_000);
        HttpResponse<String> r = http.send(permintaan(body).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode j = JsonMapper.builder().build().readTree(r.body());
        assertThat(j.get("galat").get(0).get("lokasi").asString()).isEqualTo("pegawai[59999] (" + nip0 + ").nip");
        assertThat(j.get("galat").get(0).get("kode").asString()).isEqualTo("nip-ganda");
    }

    @Test
    void jawabanDialirkanUtuhJugaTerkompresi() throws Exception {
        byte[] body = PembangkitPermintaan.buat(2_000, 5).json().getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = http.send(
                permintaan(body).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
        byte[] isi;
        try (var gz = new GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            isi = gz.readAllBytes();
        }
        JsonNode j = JsonMapper.builder().build().readTree(isi);
        assertThat(j.get("penempatan").size() + j.get("tidakDitempatkan").size())
                .isEqualTo(2_000);
        assertThat(j.get("sertifikat").get("nilaiDual").asLong())
                .isEqualTo(j.get("totalBiaya").asLong());
    }
}
