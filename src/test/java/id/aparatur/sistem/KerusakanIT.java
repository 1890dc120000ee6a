package id.aparatur.sistem;

import static id.aparatur.sistem.AplikasiAnak.angka;
import static id.aparatur.sistem.AplikasiAnak.teks;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost on a crash (issue 15, item 10). Aparatur runs in a child JVM ({@link AplikasiAnak}) on its own data
 * folder; the test kills it with SIGKILL ({@code Process.destroyForcibly()}, i.e. {@code kill -9}) in the middle of
 * an operation, starts it again on the same folder and counts rows: every operation is wholly there or wholly absent,
 * and the application starts cleanly (health UP, Flyway validated, the demo loader sees the state it left).
 *
 * <p>"In the middle" is proven, not guessed. The test holds {@code LOCK TABLE audit.jejak_audit IN SHARE MODE}: the
 * SK entry, the cascade store and the import all write the audit trail last, so each of them stops there with its
 * other rows already written in its open transaction, which {@code pg_locks}/{@code pg_stat_activity} show (a granted
 * row-exclusive lock on the table it wrote and a transaction id). Only then is the JVM killed. The demo load is
 * caught by polling {@code pg_stat_activity} for its transaction while it copies data. No delays to calibrate, so a
 * slow CI machine only makes it slower.
 *
 * <p>After the kill the embedded PostgreSQL survives as an orphan (it is a daemon of its own); the restart must stop
 * it ({@link PostgresTertanam}). A second part pulls the plug (SIGKILL for the JVM and every PostgreSQL process) right
 * after the operations were acknowledged: with {@code synchronous_commit=on} they are still there after the restart.
 */
class KerusakanIT {

    private static final Path AKAR = Path.of("target", "kerusakan");
    private static final Duration SIAP = Duration.ofMinutes(4);
    private static final List<String> TABEL = List.of(
            "asesmen.asesmen",
            "asesmen.asesmen_level",
            "pegawai.riwayat",
            "pegawai.pegawai",
            "perencanaan.kaskade",
            "perencanaan.kaskade_formasi",
            "audit.jejak_audit",
            "organisasi.opd");
    /** 600 pegawai × 9 dates × 9 competencies. */
    private static final int TANGGAL_ASESMEN = 9;

    @BeforeAll
    static void bersihkan() throws IOException {
        AplikasiAnak.hapusFolder(AKAR);
        Files.createDirectories(AKAR);
    }

    @Test
    void skImporDanKaskadeYangTerputusTidakMeninggalkanSisaDanYangSudahDijawabTidakHilang() throws Exception {
        Path data = AKAR.resolve("operasi");
        long skenario;
        long pindah;
        long barisImpor;
        Map<String, Long> awal;
        String nomorSk = "821.2/KERUSAKAN/" + LocalDate.now().getYear();
        Path csv = AKAR.resolve("asesmen.csv");
        try (AplikasiAnak app = AplikasiAnak.mulai(data, "operasi-1", "--aparatur.demo.pegawai=600")) {
            app.tungguSiap(SIAP);
            app.masuk();
            skenario = skenarioDisetujui(app);
            try (Connection c = app.jdbc()) {
                pindah = angka(
                        c,
                        "SELECT count(*) FROM penempatan.usulan WHERE skenario_id = " + skenario
                                + " AND status = 'DITEMPATKAN' AND jabatan_usulan_id IS DISTINCT FROM jabatan_asal_id");
                assertThat(pindah).as("mutasi dalam skenario").isPositive();
                barisImpor = tulisBerkasAsesmen(c, csv);
            }
            assertThat(barisImpor).isGreaterThanOrEqualTo(40_000);
            // One uncut cascade first: the stored run has formasi rows, so the cut one is stopped after writing some.
            HttpResponse<String> k = app.kirim(app.postJson("/api/v1/perencanaan/kaskade", "{}"));
            assertThat(k.statusCode()).as(k.body()).isEqualTo(201);
            try (Connection c = app.jdbc()) {
                assertThat(angka(c, "SELECT count(*) FROM perencanaan.kaskade_formasi"))
                        .isPositive();
                awal = hitung(c);
            }

            // --- kill -9 while the three are in the middle of their transactions ------------------------------------
            Connection kunci = app.jdbc();
            kunci.setAutoCommit(false);
            try (Statement st = kunci.createStatement()) {
                st.execute("LOCK TABLE audit.jejak_audit IN SHARE MODE");
            }
            List<CompletableFuture<HttpResponse<String>>> berjalan = new ArrayList<>();
            berjalan.add(app.kirimSesiLatar(tetapkan(app, skenario, nomorSk)));
            berjalan.add(app.kirimLatar(app.postJson("/api/v1/perencanaan/kaskade", "{}")));
            berjalan.add(app.kirimLatar(impor(app, csv)));
            String bukti;
            try (Connection pantau = app.jdbc()) {
                bukti = tungguDitengah(pantau, berjalan);
            }
            app.bunuh();
            assertThat(berjalan).allMatch(f -> f.isCompletedExceptionally() || !f.isDone());
            System.getLogger(KerusakanIT.class.getName())
                    .log(System.Logger.Level.INFO, "JVM dibunuh dengan transaksi terbuka: {0}", bukti);
            // The orphaned PostgreSQL still holds the folder (and the lock above): the restart must deal with it.
            assertThat(kunci.isValid(2)).as("PostgreSQL yatim masih berjalan").isTrue();
        }

        try (AplikasiAnak app = AplikasiAnak.mulai(data, "operasi-2", "--aparatur.demo.pegawai=600")) {
            app.tungguSiap(SIAP);
            mulaiBersih(app);
            assertThat(app.isiLog())
                    .contains("dari proses Aparatur yang berhenti mendadak masih berjalan")
                    .contains("Demo Kabupaten tidak dimuat");
            try (Connection c = app.jdbc()) {
                assertThat(hitung(c)).as("tidak ada sisa operasi yang terputus").isEqualTo(awal);
                assertThat(teks(c, "SELECT status FROM penempatan.skenario WHERE id = " + skenario))
                        .isEqualTo("DISETUJUI");
                assertThat(angka(c, "SELECT count(*) FROM pegawai.riwayat WHERE nomor_sk = '" + nomorSk + "'"))
                        .isZero();
            }

            // --- the same operations uncut, then the plug is pulled right after they were answered -------------------
            app.masuk();
            HttpResponse<String> sk = app.kirimSesi(tetapkan(app, skenario, nomorSk));
            assertThat(sk.statusCode()).isEqualTo(302);
            HttpResponse<String> kaskade = app.kirim(app.postJson("/api/v1/perencanaan/kaskade", "{}"));
            assertThat(kaskade.statusCode()).as(kaskade.body()).isEqualTo(201);
            HttpResponse<String> impor = app.kirim(impor(app, csv));
            assertThat(impor.statusCode()).as(impor.body()).isEqualTo(200);
            app.cabutSteker();
        }

        try (AplikasiAnak app = AplikasiAnak.mulai(data, "operasi-3", "--aparatur.demo.pegawai=600")) {
            app.tungguSiap(SIAP);
            mulaiBersih(app);
            try (Connection c = app.jdbc()) {
                Map<String, Long> akhir = hitung(c);
                assertThat(teks(c, "SELECT status FROM penempatan.skenario WHERE id = " + skenario))
                        .isEqualTo("DITETAPKAN");
                assertThat(angka(
                                c,
                                "SELECT count(*) FROM pegawai.riwayat WHERE jenis = 'JABATAN' AND nomor_sk = '"
                                        + nomorSk + "'"))
                        .as("riwayat jabatan dari SK")
                        .isEqualTo(pindah);
                assertThat(akhir.get("asesmen.asesmen_level") - awal.get("asesmen.asesmen_level"))
                        .as("level asesmen dari impor")
                        .isEqualTo(barisImpor);
                assertThat(akhir.get("perencanaan.kaskade") - awal.get("perencanaan.kaskade"))
                        .isEqualTo(1);
                assertThat(akhir.get("perencanaan.kaskade_formasi"))
                        .isGreaterThan(awal.get("perencanaan.kaskade_formasi"));
                assertThat(akhir.get("pegawai.pegawai")).isEqualTo(awal.get("pegawai.pegawai"));
                assertThat(akhir.get("organisasi.opd")).isEqualTo(awal.get("organisasi.opd"));
            }
        }
    }

    @Test
    void muatDemoYangTerputusDimuatUtuhSaatMulaiBerikutnya() throws Exception {
        Path data = AKAR.resolve("demo");
        String ukuran = "--aparatur.demo.pegawai=3000";
        try (AplikasiAnak app = AplikasiAnak.mulai(data, "demo-1", ukuran)) {
            String bukti = tungguMuatDemo(app);
            app.bunuh();
            System.getLogger(KerusakanIT.class.getName())
                    .log(System.Logger.Level.INFO, "JVM dibunuh saat memuat demo: {0}", bukti);
            assertThat(app.isiLog()).doesNotContain("Demo Kabupaten dimuat");
        }
        try (AplikasiAnak app = AplikasiAnak.mulai(data, "demo-2", ukuran)) {
            app.tungguSiap(SIAP);
            mulaiBersih(app);
            String log = app.isiLog();
            Matcher m = Pattern.compile(
                            "Demo Kabupaten dimuat \\(seed \\d+\\): (\\d+) OPD, (\\d+) unit, (\\d+) jabatan, "
                                    + "(\\d+) pegawai, (\\d+) riwayat, (\\d+) asesmen \\((\\d+) level\\), (\\d+) akun")
                    .matcher(log);
            assertThat(m.find())
                    .as("muat demo diulang dan selesai:\n" + app.ekorLog())
                    .isTrue();
            Matcher k = Pattern.compile("Demo kinerja dimuat: (\\d+) SKP").matcher(log);
            assertThat(k.find()).isTrue();
            try (Connection c = app.jdbc()) {
                assertThat(angka(c, "SELECT count(*) FROM organisasi.opd")).isEqualTo(Long.parseLong(m.group(1)));
                assertThat(angka(c, "SELECT count(*) FROM organisasi.unit")).isEqualTo(Long.parseLong(m.group(2)));
                assertThat(angka(c, "SELECT count(*) FROM organisasi.jabatan")).isEqualTo(Long.parseLong(m.group(3)));
                assertThat(angka(c, "SELECT count(*) FROM pegawai.pegawai"))
                        .isEqualTo(3000)
                        .isEqualTo(Long.parseLong(m.group(4)));
                assertThat(angka(c, "SELECT count(*) FROM pegawai.riwayat")).isEqualTo(Long.parseLong(m.group(5)));
                assertThat(angka(c, "SELECT count(*) FROM asesmen.asesmen")).isEqualTo(Long.parseLong(m.group(6)));
                assertThat(angka(c, "SELECT count(*) FROM asesmen.asesmen_level"))
                        .isEqualTo(Long.parseLong(m.group(7)));
                assertThat(angka(c, "SELECT count(*) FROM akses.pengguna")).isEqualTo(Long.parseLong(m.group(8)));
                assertThat(angka(c, "SELECT count(*) FROM kinerja.skp")).isEqualTo(Long.parseLong(k.group(1)));
            }
        }
    }

    // --- waiting for "in the middle" ---------------------------------------------------------------------------------

    /**
     * Waits until the SK entry (riwayat written), the cascade store (formasi written) and the import (levels written)
     * each have an open transaction that has written; the first two wait for the audit lock. Returns the evidence.
     */
    private static String tungguDitengah(Connection pantau, List<CompletableFuture<HttpResponse<String>>> berjalan)
            throws Exception {
        String sql = """
                SELECT l.relation::regclass::text, a.wait_event_type, a.state, left(a.query, 50)
                FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.granted AND l.mode = 'RowExclusiveLock' AND a.datname = current_database()
                  AND a.backend_xid IS NOT NULL AND a.pid <> pg_backend_pid()
                  AND l.relation IN ('pegawai.riwayat'::regclass, 'perencanaan.kaskade_formasi'::regclass,
                                     'asesmen.asesmen_level'::regclass)""";
        long akhir = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < akhir) {
            Map<String, String> terlihat = new LinkedHashMap<>();
            try (Statement st = pantau.createStatement();
                    ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    terlihat.put(rs.getString(1), rs.getString(2) + "/" + rs.getString(3) + ": " + rs.getString(4));
                }
            }
            boolean sk = "Lock".equals(jenisTunggu(terlihat.get("pegawai.riwayat")));
            boolean kaskade = "Lock".equals(jenisTunggu(terlihat.get("perencanaan.kaskade_formasi")));
            boolean impor = terlihat.containsKey("asesmen.asesmen_level");
            if (sk && kaskade && impor) {
                return terlihat.toString();
            }
            for (CompletableFuture<HttpResponse<String>> f : berjalan) {
                if (f.isDone()) {
                    throw new AssertionError("operasi selesai padahal audit dikunci: "
                            + (f.isCompletedExceptionally()
                                    ? "galat"
                                    : f.get().statusCode() + " " + f.get().body()));
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("operasi tidak sampai di tengah transaksinya dalam 3 menit");
    }

    private static String jenisTunggu(String keadaan) {
        return keadaan == null ? "" : keadaan.substring(0, keadaan.indexOf('/'));
    }

    /** Polls until the demo loader's transaction has written organisations and is copying the later tables. */
    private static String tungguMuatDemo(AplikasiAnak app) throws Exception {
        String sql = """
                SELECT left(query, 60) FROM pg_stat_activity
                WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()
                  AND (query LIKE 'COPY pegawai.riwayat%' OR query LIKE 'COPY asesmen.%' OR query LIKE 'COPY kinerja.%')""";
        long akhir = System.nanoTime() + SIAP.toNanos();
        while (System.nanoTime() < akhir) {
            assertThat(app.hidup()).as("aplikasi berhenti:\n" + app.ekorLog()).isTrue();
            assertThat(app.sehat())
                    .as("muat demo sudah selesai sebelum tertangkap")
                    .isFalse();
            if (Files.exists(app.folderData().resolve("postgres").resolve("postmaster.pid"))) {
                try (Connection c = app.jdbc();
                        Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery(sql)) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                } catch (SQLException e) {
                    // not accepting connections yet, or the database is still being created
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("muat demo tidak tertangkap:\n" + app.ekorLog());
    }

    // --- the operations ----------------------------------------------------------------------------------------------

    /** A whole-Pemda scenario, run and approved through the BKD pages; returns its id. */
    private static long skenarioDisetujui(AplikasiAnak app) throws Exception {
        HttpResponse<String> buat = app.kirimSesi(
                app.formulir("/penempatan/skenario/baru", "/penempatan/skenario", Map.of("nama", "Uji kerusakan"))
                        .build());
        assertThat(buat.statusCode()).isEqualTo(302);
        String lokasi = buat.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1));
        String halaman = "/penempatan/skenario/" + id;
        assertThat(app.kirimSesi(app.formulir(halaman, halaman + "/jalankan", Map.of())
                                .build())
                        .statusCode())
                .isEqualTo(302);
        String status = "";
        for (int i = 0; i < 600; i++) {
            status = app.kirim(
                            app.api("/api/v1/penempatan/skenario/" + id).GET().build())
                    .body();
            if (!status.contains("\"status\":\"BERJALAN\"")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(status).contains("\"status\":\"SELESAI\"");
        assertThat(app.kirimSesi(app.formulir(halaman, halaman + "/setujui", Map.of())
                                .build())
                        .statusCode())
                .isEqualTo(302);
        return id;
    }

    private static HttpRequest tetapkan(AplikasiAnak app, long skenario, String nomorSk) throws Exception {
        String halaman = "/penempatan/skenario/" + skenario;
        String hariIni = LocalDate.now().toString();
        return app.formulir(
                        halaman,
                        halaman + "/tetapkan",
                        Map.of("nomorSk", nomorSk, "tanggalSk", hariIni, "tmt", hariIni))
                .build();
    }

    private static HttpRequest impor(AplikasiAnak app, Path csv) throws IOException {
        String batas = "----aparatur-kerusakan";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"asesmen.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        b.write(Files.readAllBytes(csv));
        b.write(("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return app.api("/api/v1/impor/asesmen")
                .header("Content-Type", "multipart/form-data; boundary=" + batas)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray()))
                .build();
    }

    /** An assessment file for every active employee: 9 dates × the 9 managerial and socio-cultural competencies. */
    private static long tulisBerkasAsesmen(Connection c, Path csv) throws SQLException, IOException {
        List<String> nip = new ArrayList<>();
        List<String> kode = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT nip FROM pegawai.pegawai WHERE aktif ORDER BY nip")) {
                while (rs.next()) {
                    nip.add(rs.getString(1).trim());
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT kode FROM kompetensi.kompetensi "
                    + "WHERE jenis IN ('MANAJERIAL', 'SOSIAL_KULTURAL') ORDER BY kode")) {
                while (rs.next()) {
                    kode.add(rs.getString(1));
                }
            }
        }
        StringBuilder sb = new StringBuilder("NIP,Tanggal,Sumber,Asesor,Kode Kompetensi,Level\n");
        long n = 0;
        for (String p : nip) {
            for (int t = 0; t < TANGGAL_ASESMEN; t++) {
                String tanggal = LocalDate.of(2019, 1, 15).plusMonths(4L * t).toString();
                for (int i = 0; i < kode.size(); i++) {
                    sb.append(p)
                            .append(',')
                            .append(tanggal)
                            .append(",UJI_KOMPETENSI,UPT Uji Kerusakan,")
                            .append(kode.get(i))
                            .append(',')
                            .append(1 + (i + t) % 5)
                            .append('\n');
                    n++;
                }
            }
        }
        Files.writeString(csv, sb, StandardCharsets.UTF_8);
        return n;
    }

    // --- checks ------------------------------------------------------------------------------------------------------

    private static Map<String, Long> hitung(Connection c) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String t : TABEL) {
            m.put(t, angka(c, "SELECT count(*) FROM " + t));
        }
        return m;
    }

    /** Health UP (waited for), Flyway validated every migration, none failed, no error in the log. */
    private static void mulaiBersih(AplikasiAnak app) throws Exception {
        String log = app.isiLog();
        assertThat(log).containsPattern("Successfully validated \\d+ migrations");
        assertThat(log).doesNotContain(" ERROR ");
        try (Connection c = app.jdbc()) {
            assertThat(angka(c, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                    .isZero();
        }
    }
}
