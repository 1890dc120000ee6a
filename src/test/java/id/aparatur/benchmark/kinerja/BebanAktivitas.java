package id.aparatur.benchmark.kinerja;

import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open-loop load on {@code POST /api/v1/kinerja/aktivitas} (issue 6 target: ≥ 500 writes/s, p99 &lt; 200 ms, none lost,
 * at 60,000 employees), then the OPD dashboard timing. Plain JDK HttpClient plus the PostgreSQL JDBC driver.
 *
 * <ul>
 *   <li>Employees: every active NIP, read from the app's own database ({@code --jdbc-url}); request k logs for NIP
 *       k mod N, so at 500/s for 75 s each of 60,000 employees logs at most one activity.</li>
 *   <li>Authentication: one ADMIN_BKD account (which may log for any NIP) over HTTP Basic; the API caches a
 *       successful Basic check for 60 s ({@code aparatur.api.cache-autentikasi-detik}), so the password hash runs
 *       once, not per request. Per-employee accounts would only add 60,000 one-off hash checks.</li>
 *   <li>Open loop: request i is due at start + i / rate and is sent asynchronously then, whatever the answers before
 *       it; latency is measured from the due time (no coordinated omission). Each activity is yesterday 17:00–17:30 +
 *       30 min × round, outside the demo's office-hour logs, so none overlaps.</li>
 *   <li>After the run: every id answered with 2xx must be in kinerja.aktivitas, and the rows marked with this run's
 *       tag must be exactly those (0 lost, 0 extra).</li>
 *   <li>Dashboard: the OPD with the most active employees, this year and last year (the year with final SKP
 *       predikat); GET /kinerja/dasbor (logged-in session) and GET /api/v1/kinerja/dasbor, first call and then warm
 *       (median of 5 more).</li>
 * </ul>
 *
 * <pre>
 * java -cp target/test-classes:postgresql.jar id.aparatur.benchmark.kinerja.BebanAktivitas --base-url=http://127.0.0.1:8080 \
 *     --jdbc-url=jdbc:postgresql://127.0.0.1:PORT/aparatur [--rate=500] [--duration=60] [--warmup=15]
 * </pre>
 */
public final class BebanAktivitas {

    private static final Pattern CSRF = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern ID = Pattern.compile("\\d+");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                o.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        System.exit(new BebanAktivitas(o, System.out).jalankan() ? 0 : 1);
    }

    private final String base;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int rate;
    private final int durasi;
    private final int pemanasan;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final String tag = "Benchmark " + Long.toString(System.currentTimeMillis(), 36);

    private BebanAktivitas(Map<String, String> o, PrintStream out) {
        this.base = o.getOrDefault("base-url", "http://127.0.0.1:8080");
        this.jdbcUrl = o.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/aparatur");
        this.user = o.getOrDefault("user", "bkd");
        this.password = o.getOrDefault("password", "aparatur-demo");
        this.rate = Integer.parseInt(o.getOrDefault("rate", "500"));
        this.durasi = Integer.parseInt(o.getOrDefault("duration", "60"));
        this.pemanasan = Integer.parseInt(o.getOrDefault("warmup", "15"));
        this.out = out;
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl, "postgres", null);
    }

    private boolean jalankan() throws Exception {
        List<String> nip = new ArrayList<>();
        long opdTerbesar;
        int pegawaiOpd;
        try (Connection c = db();
                ResultSet rs =
                        c.createStatement().executeQuery("SELECT nip FROM pegawai.pegawai WHERE aktif ORDER BY nip")) {
            while (rs.next()) {
                nip.add(rs.getString(1));
            }
            try (ResultSet r2 = c.createStatement().executeQuery("""
                    SELECT opd_id, count(*) FROM pegawai.pegawai WHERE aktif AND opd_id IS NOT NULL
                    GROUP BY 1 ORDER BY 2 DESC LIMIT 1""")) {
                r2.next();
                opdTerbesar = r2.getLong(1);
                pegawaiOpd = r2.getInt(2);
            }
        }
        out.printf(
                Locale.ROOT,
                "base=%s employees=%d rate=%d/s duration=%ds warmup=%ds tag='%s'%n",
                base,
                nip.size(),
                rate,
                durasi,
                pemanasan,
                tag);
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        LocalDate kemarin = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        AtomicLong urut = new AtomicLong();
        // one request first, so that the API's Basic-auth cache holds the account before the flood (otherwise the
        // first few hundred requests each hash the password at once)
        HttpResponse<Void> siap = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/pegawai?page=0&size=1"))
                        .header("Authorization", basic)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (siap.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/pegawai as " + user + ": HTTP " + siap.statusCode());
        }
        long okPemanasan = 0;
        if (pemanasan > 0) {
            // ramped warm-up: a fifth, a half, then the full rate, a third of the warm-up each
            for (int laju : new int[] {Math.max(1, rate / 5), Math.max(1, rate / 2), rate}) {
                Hasil w = fase(nip, basic, kemarin, urut, laju, Math.max(1, pemanasan / 3));
                okPemanasan += w.ok;
                out.println("warm-up at " + laju + "/s: " + w.baris());
            }
        }
        Hasil h = fase(nip, basic, kemarin, urut, rate, durasi);
        out.println("measured: " + h.baris());
        out.println(h.perJendela(10));

        // every 2xx stored, nothing else stored
        long ditemukan;
        long bertanda;
        List<Long> id = new ArrayList<>(h.id);
        try (Connection c = db()) {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT count(*) FROM kinerja.aktivitas WHERE id = ANY (?)")) {
                Array a = c.createArrayOf("bigint", id.toArray());
                ps.setArray(1, a);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ditemukan = rs.getLong(1);
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT count(*) FROM kinerja.aktivitas WHERE uraian = ? AND tanggal = ?")) {
                ps.setString(1, tag);
                ps.setObject(2, kemarin);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    bertanda = rs.getLong(1);
                }
            }
        }
        long okSemua = h.ok;
        out.printf(
                Locale.ROOT,
                "verify: measured 2xx=%d ids found in kinerja.aktivitas=%d lost=%d; rows tagged=%d, "
                        + "2xx of warm-up + measured=%d%n",
                okSemua,
                ditemukan,
                okSemua - ditemukan,
                bertanda,
                okPemanasan + okSemua);

        // dashboard of the biggest OPD
        out.printf(Locale.ROOT, "dashboard: OPD %d with %d active employees%n", opdTerbesar, pegawaiOpd);
        HttpClient sesi = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        masuk(sesi);
        int tahunIni = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        List<String> baris = new ArrayList<>();
        for (int tahun : new int[] {tahunIni, tahunIni - 1}) {
            String q = "?opd=" + opdTerbesar + "&tahun=" + tahun;
            double[] apiMs = ukur(http, "/api/v1/kinerja/dasbor" + q, basic, 6);
            double[] pageMs = ukur(sesi, "/kinerja/dasbor" + q, null, 6);
            out.printf(
                    Locale.ROOT,
                    "dashboard %d: API first %.0f ms, warm median %.0f ms; page first %.0f ms, warm "
                            + "median %.0f ms%n",
                    tahun,
                    apiMs[0],
                    median(apiMs),
                    pageMs[0],
                    median(pageMs));
            baris.add(String.format(Locale.ROOT, "| API, tahun %d | %.0f | %.0f |", tahun, apiMs[0], median(apiMs)));
            baris.add(String.format(Locale.ROOT, "| page, tahun %d | %.0f | %.0f |", tahun, pageMs[0], median(pageMs)));
        }
        out.println();
        out.println(
                "| phase | target/s | sent | 2xx | errors | achieved/s | p50 ms | p95 ms | p99 ms | max ms | lost |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.println("| measured | " + rate + " | " + h.markdown() + " | " + (okSemua - ditemukan) + " |");
        out.printf(
                Locale.ROOT,
                "%n| dashboard (OPD %d, %d pegawai) | first ms | warm median ms |%n|---|---:|---:|%n",
                opdTerbesar,
                pegawaiOpd);
        baris.forEach(out::println);
        boolean lulus = h.errors == 0
                && okSemua == ditemukan
                && bertanda >= okPemanasan + okSemua
                && h.persentil(99) < 200
                && h.tercapai() >= rate * 0.98;
        out.println(lulus ? "TARGET MET" : "TARGET NOT MET");
        return lulus;
    }

    private Hasil fase(List<String> nip, String basic, LocalDate tanggal, AtomicLong urut, int rate, int detik)
            throws Exception {
        long jumlah = (long) rate * detik;
        Hasil h = new Hasil(jumlah);
        CountDownLatch selesai = new CountDownLatch((int) jumlah);
        var jadwal = Executors.newSingleThreadScheduledExecutor();
        long t0 = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        AtomicLong berikut = new AtomicLong();
        jadwal.scheduleAtFixedRate(
                () -> {
                    long kini = System.nanoTime();
                    while (berikut.get() < jumlah && t0 + berikut.get() * interval <= kini) {
                        long i = berikut.getAndIncrement();
                        long jatuhTempo = t0 + i * interval;
                        long k = urut.getAndIncrement();
                        String n = nip.get((int) (k % nip.size()));
                        int ronde = (int) (k / nip.size());
                        LocalTime mulai = LocalTime.of(17, 0).plusMinutes(30L * ronde);
                        String body = "{\"nip\":\"" + n + "\",\"tanggal\":\"" + tanggal + "\",\"mulai\":\"" + mulai
                                + "\",\"selesai\":\"" + mulai.plusMinutes(30) + "\",\"uraian\":\"" + tag + "\"}";
                        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1/kinerja/aktivitas"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).whenComplete((res, e) -> {
                            long dt = System.nanoTime() - jatuhTempo;
                            if (e == null && res.statusCode() / 100 == 2) {
                                Matcher m = ID.matcher(res.body());
                                if (m.find()) {
                                    h.id.add(Long.parseLong(m.group()));
                                }
                                h.catat(jatuhTempo - t0, dt, true);
                            } else {
                                if (h.contohGalat.size() < 5) {
                                    h.contohGalat.add(e != null ? e.toString() : res.statusCode() + " " + res.body());
                                }
                                h.catat(jatuhTempo - t0, dt, false);
                            }
                            selesai.countDown();
                        });
                    }
                },
                0,
                1,
                TimeUnit.MILLISECONDS);
        boolean tuntas = selesai.await(detik + 60L, TimeUnit.SECONDS);
        h.detik = (System.nanoTime() - t0) / 1e9;
        jadwal.shutdownNow();
        if (!tuntas) {
            out.println("not all answers arrived");
        }
        h.contohGalat.forEach(g -> out.println("  error: " + g));
        return h;
    }

    private double[] ukur(HttpClient c, String path, String basic, int kali) throws Exception {
        double[] ms = new double[kali];
        for (int i = 0; i < kali; i++) {
            HttpRequest.Builder b =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (basic != null) {
                b.header("Authorization", basic);
            }
            long t = System.nanoTime();
            HttpResponse<String> r = c.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + r.statusCode());
            }
        }
        return ms;
    }

    private static double median(double[] ms) {
        double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private void masuk(HttpClient c) throws Exception {
        HttpResponse<String> h = c.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(h.body());
        if (!m.find()) {
            throw new IllegalStateException("no _csrf on /login");
        }
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        c.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static final class Hasil {
        final long[] lat;
        final long[] kirim;
        final AtomicLong n = new AtomicLong();
        volatile long ok;
        volatile long errors;
        double detik;
        final ConcurrentLinkedQueue<Long> id = new ConcurrentLinkedQueue<>();
        final List<String> contohGalat = java.util.Collections.synchronizedList(new ArrayList<>());

        Hasil(long jumlah) {
            lat = new long[(int) jumlah];
            kirim = new long[(int) jumlah];
        }

        synchronized void catat(long dikirim, long nano, boolean sukses) {
            kirim[(int) n.get()] = dikirim;
            lat[(int) n.getAndIncrement()] = nano;
            if (sukses) {
                ok++;
            } else {
                errors++;
            }
        }

        double persentil(double p) {
            int m = (int) n.get();
            if (m == 0) {
                return 0;
            }
            long[] s = Arrays.copyOf(lat, m);
            Arrays.sort(s);
            return s[Math.min(m - 1, (int) Math.ceil(p / 100 * m) - 1)] / 1e6;
        }

        /** Per window of {@code detik} seconds of due time: count, p99 and max latency. */
        String perJendela(int detik) {
            int m = (int) n.get();
            java.util.TreeMap<Long, List<Long>> w = new java.util.TreeMap<>();
            for (int i = 0; i < m; i++) {
                w.computeIfAbsent(kirim[i] / (detik * 1_000_000_000L), k -> new ArrayList<>())
                        .add(lat[i]);
            }
            StringBuilder sb = new StringBuilder("per " + detik + " s window (count p99/max ms):");
            w.forEach((k, v) -> {
                v.sort(null);
                sb.append(String.format(
                        Locale.ROOT,
                        " [%ds: %d %.0f/%.0f]",
                        k * detik,
                        v.size(),
                        v.get(Math.min(v.size() - 1, (int) Math.ceil(0.99 * v.size()) - 1)) / 1e6,
                        v.get(v.size() - 1) / 1e6));
            });
            return sb.toString();
        }

        double tercapai() {
            return ok / detik;
        }

        String baris() {
            return String.format(
                    Locale.ROOT,
                    "sent=%d 2xx=%d errors=%d achieved=%.1f/s p50=%.1f p95=%.1f p99=%.1f " + "max=%.1f ms",
                    n.get(),
                    ok,
                    errors,
                    tercapai(),
                    persentil(50),
                    persentil(95),
                    persentil(99),
                    persentil(100));
        }

        String markdown() {
            return String.format(
                    Locale.ROOT,
                    "%d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f",
                    n.get(),
                    ok,
                    errors,
                    tercapai(),
                    persentil(50),
                    persentil(95),
                    persentil(99),
                    persentil(100));
        }
    }
}
