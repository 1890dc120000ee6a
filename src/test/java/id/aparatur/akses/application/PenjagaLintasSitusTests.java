package id.aparatur.akses.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The origin rule of {@link PenjagaLintasSitus}, without a server. */
class PenjagaLintasSitusTests {

    private static MockHttpServletRequest post(String skema, String host, int port) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/v1/opd");
        r.setScheme(skema);
        r.setServerName(host);
        r.setServerPort(port);
        return r;
    }

    private static boolean lintas(PenjagaLintasSitus p, MockHttpServletRequest r, String... header) {
        for (int i = 0; i < header.length; i += 2) {
            r.addHeader(header[i], header[i + 1]);
        }
        return p.lintasSitus(r);
    }

    private final PenjagaLintasSitus biasa = new PenjagaLintasSitus(List.of(), null);

    @Test
    void originSendiriDenganPortBakuAtauTidak() {
        assertThat(lintas(biasa, post("http", "aparatur.local", 8080), "Origin", "http://aparatur.local:8080"))
                .isFalse();
        assertThat(lintas(biasa, post("https", "Aparatur.Pemda.go.id", 443), "Origin", "https://aparatur.pemda.go.id"))
                .isFalse();
        assertThat(lintas(biasa, post("http", "::1", 8080), "Origin", "http://[::1]:8080"))
                .isFalse();
        assertThat(lintas(biasa, post("http", "aparatur.local", 8080))).isFalse();
    }

    @Test
    void originLainDitolak() {
        for (String o : List.of(
                "http://aparatur.local:8081",
                "https://aparatur.local:8080",
                "http://jahat.example",
                "null",
                "http://aparatur.local.jahat.example:8080",
                "http://user@aparatur.local:8080",
                "file://",
                "ftp://aparatur.local:8080",
                "bukan origin")) {
            assertThat(lintas(biasa, post("http", "aparatur.local", 8080), "Origin", o))
                    .as(o)
                    .isTrue();
        }
        // Two Origin headers: both must be ours.
        assertThat(lintas(biasa, post("http", "a.local", 80), "Origin", "http://a.local", "Origin", "http://b.local"))
                .isTrue();
    }

    @Test
    void secFetchSiteHanyaSameOriginAtauNone() {
        assertThat(lintas(biasa, post("http", "a.local", 80), "Sec-Fetch-Site", "same-origin"))
                .isFalse();
        assertThat(lintas(biasa, post("http", "a.local", 80), "Sec-Fetch-Site", "none"))
                .isFalse();
        assertThat(lintas(biasa, post("http", "a.local", 80), "Sec-Fetch-Site", "same-site"))
                .isTrue();
        assertThat(lintas(biasa, post("http", "a.local", 80), "Sec-Fetch-Site", "cross-site"))
                .isTrue();
        // A foreign Origin is refused even when Sec-Fetch-Site claims same-origin.
        assertThat(lintas(
                        biasa,
                        post("http", "a.local", 80),
                        "Sec-Fetch-Site",
                        "same-origin",
                        "Origin",
                        "http://b.local"))
                .isTrue();
    }

    @Test
    void originDiizinkanUntukProksiBalik() {
        var proksi =
                new PenjagaLintasSitus(List.of(" https://Aparatur.Pemda.go.id/ ", "", "http://10.0.0.5:8080"), null);
        // Behind a proxy the server sees http://localhost:8080, the browser https://aparatur.pemda.go.id.
        assertThat(lintas(proksi, post("http", "localhost", 8080), "Origin", "https://aparatur.pemda.go.id"))
                .isFalse();
        assertThat(lintas(proksi, post("http", "localhost", 8080), "Origin", "http://10.0.0.5:8080"))
                .isFalse();
        assertThat(lintas(proksi, post("http", "localhost", 8080), "Origin", "http://aparatur.pemda.go.id"))
                .isTrue();
        assertThatThrownBy(() -> new PenjagaLintasSitus(List.of("aparatur.pemda.go.id"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("origin-diizinkan");
    }
}
