package id.aparatur.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP load client for Aparatur (plain JDK {@link HttpClient}, no dependency). For each path it warms up, then
 * runs {@code concurrency} closed-loop clients for a fixed duration (or a fixed number of requests) and prints count,
 * errors, throughput and latency percentiles in milliseconds.
 *
 * <p>Paths under {@code /api/} are called with HTTP Basic; every other path with a logged-in session: each client logs
 * in through the {@code /login} form once (GET the page, take the {@code _csrf} hidden input, POST username, password
 * and token, keep the {@code JSESSIONID} cookie). Any status outside 2xx counts as an error, so a page that bounces to
 * the login form shows up as errors, not as fast successes.
 *
 * <pre>
 * java -cp target/test-classes id.aparatur.benchmark.BebanHttp --base-url=http://localhost:8080 \
 *     --user=bkd --password=aparatur-demo [--concurrency=20] [--duration=20] [--requests=0] [--warmup=5] \
 *     /api/v1/pegawai?page=0&amp;size=25 /pegawai?q=Siti ...
 * </pre>
 *
 * {@code --duration} and {@code --warmup} are seconds per path; {@code --requests=N} (N &gt; 0) measures exactly N
 * requests per path instead of a duration.
 */
public final class BebanHttp {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final String user;
    private final String password;
    private final int concurrency;
    private final Duration duration;
    private final long requests;
    private final Duration warmup;
    private final PrintStream out;

    private BebanHttp(Map<String, String> opsi, PrintStream out) {
        String base = opsi.getOrDefault("base-url", "http://localhost:8080");
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.user = opsi.getOrDefault("user", "bkd");
        this.password = opsi.getOrDefault("password", "aparatur-demo");
        this.concurrency = Integer.parseInt(opsi.getOrDefault("concurrency", "20"));
        this.duration = Duration.ofSeconds(Long.parseLong(opsi.getOrDefault("duration", "20")));
        this.requests = Long.parseLong(opsi.getOrDefault("requests", "0"));
        this.warmup = Duration.ofSeconds(Long.parseLong(opsi.getOrDefault("warmup", "5")));
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opsi = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                opsi.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            } else if (a.equals("--help") || a.equals("-h")) {
                paths.clear();
                break;
            } else {
                paths.add(a.startsWith("/") ? a : "/" + a);
            }
        }
        PrintStream out = System.out;
        if (paths.isEmpty()) {
            out.println("usage: BebanHttp --base-url=URL --user=U --password=P [--concurrency=20] [--duration=20]"
                    + " [--requests=0] [--warmup=5] PATH...");
            System.exit(2);
        }
        int gagal = new BebanHttp(opsi, out).jalankan(paths);
        System.exit(gagal == 0 ? 0 : 1);
    }

    /** Runs every path in turn; returns the number of paths with errors. */
    private int jalankan(List<String> paths) throws Exception {
        out.printf(
                Locale.ROOT,
                "base=%s concurrency=%d %s warmup=%ds%n",
                baseUrl,
                concurrency,
                requests > 0 ? "requests=" + requests : "duration=" + duration.toSeconds() + "s",
                warmup.toSeconds());
        List<Klien> klien = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            klien.add(new Klien());
        }
        if (paths.stream().anyMatch(p -> !p.startsWith("/api/"))) {
            for (Klien k : klien) {
                k.masuk();
            }
        }
        List<Hasil> semua = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            for (String path : paths) {
                if (!warmup.isZero()) {
                    ukur(pool, klien, path, warmup, 0);
                }
                Hasil h = ukur(pool, klien, path, duration, requests);
                semua.add(h);
                out.println(h.baris());
            }
        } finally {
            pool.shutdownNow();
        }
        out.println();
        out.println("| path | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        semua.forEach(h -> out.println(h.markdown()));
        return (int) semua.stream().filter(h -> h.errors > 0).count();
    }

    private Hasil ukur(ExecutorService pool, List<Klien> klien, String path, Duration lama, long jumlah)
            throws Exception {
        URI uri = URI.create(baseUrl + path);
        boolean api = path.startsWith("/api/");
        AtomicLong sisa = new AtomicLong(jumlah > 0 ? jumlah : Long.MAX_VALUE);
        AtomicLong errors = new AtomicLong();
        CountDownLatch mulai = new CountDownLatch(1);
        long batas = System.nanoTime() + (jumlah > 0 ? Duration.ofHours(1) : lama).toNanos();
        List<Future<long[]>> tugas = new ArrayList<>();
        for (Klien k : klien) {
            tugas.add(pool.submit(() -> {
                long[] lat = new long[1024];
                int n = 0;
                mulai.await();
                while (System.nanoTime() < batas && sisa.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    boolean ok = k.get(uri, api);
                    long dt = System.nanoTime() - t0;
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = dt;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long t0 = System.nanoTime();
        mulai.countDown();
        List<long[]> bagian = new ArrayList<>();
        for (Future<long[]> f : tugas) {
            bagian.add(f.get());
        }
        long totalNs = System.nanoTime() - t0;
        long[] semua = bagian.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Hasil(path, semua, errors.get(), totalNs);
    }

    private record Hasil(String path, long[] sortedNanos, long errors, long wallNanos) {

        double persentil(double p) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
        }

        double rps() {
            return wallNanos == 0 ? 0 : sortedNanos.length / (wallNanos / 1e9);
        }

        String baris() {
            return String.format(
                    Locale.ROOT,
                    "%-45s count=%7d errors=%5d req/s=%8.1f p50=%7.1f p95=%7.1f p99=%7.1f max=%7.1f ms",
                    path,
                    sortedNanos.length,
                    errors,
                    rps(),
                    persentil(50),
                    persentil(95),
                    persentil(99),
                    persentil(100));
        }

        String markdown() {
            return String.format(
                    Locale.ROOT,
                    "| `%s` | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |",
                    path,
                    sortedNanos.length,
                    errors,
                    rps(),
                    persentil(50),
                    persentil(95),
                    persentil(99),
                    persentil(100));
        }
    }

    /** One simulated user: its own connection pool and cookie jar. */
    private final class Klien {

        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        private final String basic =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

        void masuk() throws IOException, InterruptedException {
            HttpResponse<String> halaman = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(halaman.body());
            if (halaman.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("GET /login: status " + halaman.statusCode() + ", no _csrf input");
            }
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token);
            HttpResponse<Void> hasil = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String lokasi = hasil.headers().firstValue("Location").orElse("");
            if (hasil.statusCode() != 302 || lokasi.contains("/login")) {
                throw new IllegalStateException(
                        "POST /login as " + user + " failed: status " + hasil.statusCode() + " Location " + lokasi);
            }
        }

        boolean get(URI uri, boolean api) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET();
            if (api) {
                b.header("Authorization", basic).header("Accept", "application/json");
            } else {
                b.header("Accept", "text/html");
            }
            try {
                int status = http.send(b.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                return status >= 200 && status < 300;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
