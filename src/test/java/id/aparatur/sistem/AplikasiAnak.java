package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Aparatur in a child JVM, started the way an operator starts the jar: {@code java -cp <this classpath>
 * id.aparatur.AparaturApplication} with the demo profile, its own data folder under {@code target/} and a free HTTP
 * port, logging to a file. The test can kill it like {@code kill -9} ({@link #bunuh}), pull the plug on it and its
 * PostgreSQL ({@link #cabutSteker}), reach its embedded PostgreSQL directly ({@link #jdbc}) and call it over HTTP as
 * {@code bkd} (Basic for the API, a form-login session for the pages).
 */
final class AplikasiAnak implements AutoCloseable {

    static final String AKUN = "bkd";
    static final String SANDI = "aparatur-demo";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Process proses;
    private final Path folderData;
    private final Path log;
    private final int port;
    private final HttpClient http;
    private final HttpClient sesi;

    private AplikasiAnak(Process proses, Path folderData, Path log, int port) {
        this.proses = proses;
        this.folderData = folderData;
        this.log = log;
        this.port = port;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.sesi = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Starts the application on {@code folderData} with the demo profile; {@code argumen} are extra Spring arguments
     * ({@code --aparatur.demo.pegawai=600}). Does not wait.
     */
    static AplikasiAnak mulai(Path folderData, String namaLog, String... argumen) throws IOException {
        Files.createDirectories(folderData);
        Path log = folderData.resolveSibling(namaLog + ".log");
        int port = portBebas();
        List<String> perintah = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "id.aparatur.AparaturApplication",
                "--spring.profiles.active=demo",
                "--spring.main.banner-mode=off",
                "--aparatur.data-dir=" + folderData.toAbsolutePath(),
                "--server.port=" + port));
        perintah.addAll(List.of(argumen));
        Process p = new ProcessBuilder(perintah)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new AplikasiAnak(p, folderData, log, port);
    }

    /** Runs the application as a command (e.g. a restore) and waits for it to exit; returns the exit code. */
    static int perintah(Path folderData, String namaLog, Duration batas, String... argumen) throws Exception {
        try (AplikasiAnak a = mulai(folderData, namaLog, argumen)) {
            if (!a.proses.waitFor(batas.toMillis(), TimeUnit.MILLISECONDS)) {
                a.bunuh();
                throw new AssertionError("perintah tidak selesai dalam " + batas + ":\n" + a.ekorLog());
            }
            return a.proses.exitValue();
        }
    }

    /** Deletes {@code akar} and everything under it, if it exists. */
    static void hapusFolder(Path akar) throws IOException {
        if (Files.exists(akar)) {
            try (java.util.stream.Stream<Path> isi = Files.walk(akar)) {
                for (Path p : isi.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static int portBebas() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code /actuator/health} answers UP (readiness included); fails if the JVM exits first. */
    AplikasiAnak tungguSiap(Duration batas) throws InterruptedException {
        long akhir = System.nanoTime() + batas.toNanos();
        while (System.nanoTime() < akhir) {
            if (!proses.isAlive()) {
                throw new AssertionError(
                        "aplikasi berhenti (kode " + proses.exitValue() + ") sebelum siap:\n" + ekorLog());
            }
            if (sehat()) {
                return this;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("aplikasi tidak siap dalam " + batas + ":\n" + ekorLog());
    }

    boolean sehat() {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(uri("/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean hidup() {
        return proses.isAlive();
    }

    /** {@code kill -9} of the JVM only (its PostgreSQL, a daemon of its own, keeps running as an orphan). */
    void bunuh() throws InterruptedException {
        proses.destroyForcibly();
        proses.waitFor(30, TimeUnit.SECONDS);
    }

    /** A power cut: SIGKILL for the JVM and, right after, for every process of its embedded PostgreSQL. */
    void cabutSteker() throws InterruptedException, IOException {
        Optional<ProcessHandle> postmaster = pidPostmaster().flatMap(ProcessHandle::of);
        proses.destroyForcibly();
        postmaster.ifPresent(pm -> {
            pm.descendants().forEach(ProcessHandle::destroyForcibly);
            pm.destroyForcibly();
        });
        proses.waitFor(30, TimeUnit.SECONDS);
        if (postmaster.isPresent()) {
            postmaster.get().onExit().join();
        }
    }

    /** SIGTERM: Spring closes, the embedded PostgreSQL is stopped cleanly. */
    void hentikan() throws InterruptedException {
        proses.destroy();
        if (!proses.waitFor(60, TimeUnit.SECONDS)) {
            bunuh();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (proses.isAlive()) {
            hentikan();
        }
    }

    Path folderData() {
        return folderData;
    }

    Path log() {
        return log;
    }

    String isiLog() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String ekorLog() {
        String s = isiLog();
        return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    }

    // --- the embedded PostgreSQL, directly ---------------------------------------------------------------------------

    private Optional<Long> pidPostmaster() throws IOException {
        Path pid = folderData.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
    }

    /** A connection to the application's database on the running embedded server (port from postmaster.pid). */
    static Connection jdbc(Path folderData) throws IOException, SQLException {
        List<String> pid = Files.readAllLines(folderData.resolve("postgres").resolve("postmaster.pid"));
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/aparatur?user=postgres");
    }

    Connection jdbc() throws IOException, SQLException {
        return jdbc(folderData);
    }

    static long angka(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }

    static String teks(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    // --- HTTP
    // ----------------------------------------------------------------------------------------------------------

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String basis() {
        return "http://localhost:" + port;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((AKUN + ":" + SANDI).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(3)).header("Authorization", basic());
    }

    HttpResponse<String> kirim(HttpRequest r) throws IOException, InterruptedException {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    /** An API POST with a JSON body, as {@code bkd}. */
    HttpRequest postJson(String path, String json) {
        return api(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    java.util.concurrent.CompletableFuture<HttpResponse<String>> kirimLatar(HttpRequest r) {
        return http.sendAsync(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Logs {@code bkd} in through the login form (session cookie kept for {@link #formulir}). */
    void masuk() throws IOException, InterruptedException {
        String halaman = sesi.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> r = sesi.send(
                post("/login", Map.of("username", AKUN, "password", SANDI, "_csrf", cocok(CSRF_INPUT, halaman)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("login").isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** GET of a page in the session. */
    HttpResponse<String> halaman(String path) throws IOException, InterruptedException {
        return sesi.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A form POST in the session, with the CSRF token of the page {@code dari}; {@code null} {@code isian} values are
     * left out.
     */
    HttpRequest.Builder formulir(String dari, String path, Map<String, String> isian)
            throws IOException, InterruptedException {
        String token = cocok(CSRF_META, halaman(dari).body());
        Map<String, String> semua = new LinkedHashMap<>(isian);
        semua.put("_csrf", token);
        return post(path, semua);
    }

    HttpResponse<String> kirimSesi(HttpRequest r) throws IOException, InterruptedException {
        return sesi.send(r, HttpResponse.BodyHandlers.ofString());
    }

    java.util.concurrent.CompletableFuture<HttpResponse<String>> kirimSesiLatar(HttpRequest r) {
        return sesi.sendAsync(r, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String path, Map<String, String> isian) {
        String badan = isian.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofMinutes(3))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(badan));
    }

    private static String cocok(Pattern p, String s) {
        Matcher m = p.matcher(s);
        assertThat(m.find()).as("token CSRF di halaman").isTrue();
        return m.group(1).replace("&#45;", "-");
    }
}
