package id.aparatur.akses.application;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403 ProblemDetail) every state-changing {@code /api/**} request that a browser sends from a cross-site
 * context, before authentication and before anything else runs. The API is stateless HTTP Basic without CSRF tokens;
 * the only ambient authority a browser attaches on its own is credentials it has cached, and this filter makes sure a
 * page of another origin cannot use them.
 *
 * <p>Rule, for every method except GET, HEAD and OPTIONS:
 * <ul>
 *   <li>{@code Sec-Fetch-Site} (set by the browser, no page script can forge it) must be absent, {@code same-origin}
 *       or {@code none} (typed by the user). {@code same-site} is refused too: a site is only the registrable domain,
 *       so it covers every other application of the Pemda on a sibling sub-domain and every other port on the same
 *       host, none of which may act for an API user.</li>
 *   <li>Every {@code Origin} header (browsers send it on every non-GET request) must be the application's own origin:
 *       the scheme, host and port of the request as the server sees it, or one listed in
 *       {@code aparatur.keamanan.origin-diizinkan}. {@code Origin: null} (sandboxed frames, {@code data:} pages) is
 *       refused.</li>
 * </ul>
 * A client that is not a browser (curl, another system) sends neither header and is not affected.
 *
 * <p>Why the request's own Host may be trusted here: a browser always sets {@code Host} to the server it really talks
 * to, and a page cannot change it, so a cross-site form post carries the application's Host and a foreign Origin. The
 * only way to make Origin and Host agree is a name the attacker controls that resolves to the application (DNS
 * rebinding); the browser then treats that name as its own origin and has neither cached credentials nor cookies for
 * it. A client that forges Host is a program, not a victim's browser, and must authenticate like any other. Behind a
 * reverse proxy that rewrites Host or terminates TLS, either let the proxy pass the original host and scheme
 * ({@code server.forward-headers-strategy=native}) or list the public origin in {@code aparatur.keamanan.origin-diizinkan}.
 */
final class PenjagaLintasSitus extends OncePerRequestFilter {

    private static final Set<String> METODE_AMAN = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SEC_FETCH_DITERIMA = Set.of("same-origin", "none");

    private final Set<String> diizinkan;
    private final JawabanMasalah jawaban;

    /**
     * @param diizinkan further origins of the application ({@code https://aparatur.pemda.go.id}); a malformed entry
     *     fails at start-up
     */
    PenjagaLintasSitus(Collection<String> diizinkan, JawabanMasalah jawaban) {
        Set<String> s = new LinkedHashSet<>();
        for (String o : diizinkan) {
            if (o.isBlank()) {
                continue;
            }
            String n = normal(o.strip());
            if (n == null) {
                throw new IllegalArgumentException(
                        "aparatur.keamanan.origin-diizinkan: bukan origin http(s) yang sah: " + o);
            }
            s.add(n);
        }
        this.diizinkan = Set.copyOf(s);
        this.jawaban = jawaban;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (!METODE_AMAN.contains(req.getMethod().toUpperCase(Locale.ROOT)) && lintasSitus(req)) {
            jawaban.tulis(req, res, HttpStatus.FORBIDDEN, "keamanan.lintas-situs");
            return;
        }
        chain.doFilter(req, res);
    }

    /** Whether the request comes from a browser context other than the application's own origin. */
    boolean lintasSitus(HttpServletRequest req) {
        Enumeration<String> situs = req.getHeaders("Sec-Fetch-Site");
        while (situs != null && situs.hasMoreElements()) {
            if (!SEC_FETCH_DITERIMA.contains(situs.nextElement().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        Enumeration<String> origin = req.getHeaders("Origin");
        String sendiri = null;
        while (origin != null && origin.hasMoreElements()) {
            String o = normal(origin.nextElement().strip());
            if (sendiri == null) {
                sendiri = originPermintaan(req);
            }
            if (o == null || (!o.equals(sendiri) && !diizinkan.contains(o))) {
                return true;
            }
        }
        return false;
    }

    /** The request's scheme, host and port as the server sees them, in the form of an Origin header. */
    static String originPermintaan(HttpServletRequest req) {
        String host = req.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return bentuk(req.getScheme(), host, req.getServerPort());
    }

    /**
     * An origin in one canonical form ({@code scheme://host[:port]}, lower case, default port left out), or null when
     * {@code origin} is not an http(s) origin (including the opaque {@code null}).
     */
    static @Nullable String normal(String origin) {
        try {
            URI u = new URI(origin);
            String skema = u.getScheme();
            if (skema == null
                    || u.getHost() == null
                    || u.getRawUserInfo() != null
                    || u.getRawQuery() != null
                    || u.getRawFragment() != null
                    || (u.getRawPath() != null
                            && !u.getRawPath().isEmpty()
                            && !u.getRawPath().equals("/"))) {
                return null;
            }
            skema = skema.toLowerCase(Locale.ROOT);
            if (!skema.equals("http") && !skema.equals("https")) {
                return null;
            }
            return bentuk(skema, u.getHost(), u.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String bentuk(String skema, String host, int port) {
        String s = skema.toLowerCase(Locale.ROOT);
        boolean baku = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (baku ? "" : ":" + port);
    }
}
