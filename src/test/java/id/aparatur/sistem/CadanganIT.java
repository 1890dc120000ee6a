package id.aparatur.sistem;

import static id.aparatur.sistem.AplikasiAnak.angka;
import static id.aparatur.sistem.AplikasiAnak.teks;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore without a DBA (issue 15, item 11), the way an operator does it, on Aparatur in a child JVM
 * ({@link AplikasiAnak}) with its own data folder: back up while it runs ({@code POST /api/v1/sistem/cadangan}), change
 * data, stop it, restore with {@code --aparatur.pulihkan=<file>} (refused over a database with data unless forced, and
 * for a damaged file), start it again and compare: row counts of every table and checksums of the contents of some
 * tables equal the state at backup time, the changes are gone, the sequences go on after the restored ids.
 */
class CadanganIT {

    private static final Path AKAR = Path.of("target", "cadangan-it");
    private static final Duration SIAP = Duration.ofMinutes(4);
    private static final Duration PERINTAH = Duration.ofMinutes(4);
    /** Tables whose whole content is compared (besides the row counts of every table). */
    private static final List<String> DIBANDINGKAN = List.of(
            "pegawai.pegawai",
            "pegawai.riwayat",
            "asesmen.asesmen_level",
            "organisasi.jabatan",
            "akses.pengguna",
            "audit.jejak_audit",
            "perencanaan.kaskade_formasi");

    @Test
    void cadanganSaatBerjalanDipulihkanPersisSepertiSaatDicadangkan() throws Exception {
        AplikasiAnak.hapusFolder(AKAR);
        Path data = AKAR.resolve("data");
        Map<String, Long> baris;
        Map<String, String> isi;
        Path berkas;
        try (AplikasiAnak app = AplikasiAnak.mulai(data, "cadangan-1", "--aparatur.demo.pegawai=600")) {
            app.tungguSiap(SIAP);
            // Some activity first, so that audit and identity sequences have moved.
            assertThat(app.kirim(app.postJson("/api/v1/perencanaan/kaskade", "{}"))
                            .statusCode())
                    .isEqualTo(201);
            try (Connection c = app.jdbc()) {
                baris = BerkasCadangan.jumlahBaris(c);
                isi = isi(c);
            }
            HttpResponse<String> r = app.kirim(app.api("/api/v1/sistem/cadangan")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(r.body()).contains("\"status\":\"BERHASIL\"", "\"jenis\":\"MANUAL\"", "\"oleh\":\"bkd\"");
            Matcher m = Pattern.compile("\"berkas\":\"([^\"]+)\"").matcher(r.body());
            assertThat(m.find()).isTrue();
            berkas = data.resolve("cadangan").resolve(m.group(1));
            assertThat(berkas).exists();
            assertThat(Files.readString(berkas.resolveSibling(berkas.getFileName() + ".sha256")))
                    .startsWith(sha256(berkas) + "  " + berkas.getFileName());
            HttpResponse<String> keadaan =
                    app.kirim(app.api("/api/v1/sistem/cadangan").GET().build());
            assertThat(keadaan.body()).contains("\"tertanam\":true", "\"terlambat\":false", m.group(1));

            // The operator forgot to stop Aparatur: the restore refuses and leaves the running server alone.
            int kode = AplikasiAnak.perintah(
                    data,
                    "pulihkan-saat-berjalan",
                    PERINTAH,
                    "--aparatur.pulihkan=" + berkas.toAbsolutePath(),
                    "--aparatur.pulihkan.paksa=true");
            assertThat(kode).isNotZero();
            assertThat(Files.readString(AKAR.resolve("pulihkan-saat-berjalan.log")))
                    .contains("sedang dipakai proses Aparatur lain");
            assertThat(app.sehat()).isTrue();
            assertThat(berkasJenis(data, "pengaman")).isEmpty();

            // Changes after the backup: through the application and behind its back.
            assertThat(app.kirim(app.postJson("/api/v1/perencanaan/kaskade", "{}"))
                            .statusCode())
                    .isEqualTo(201);
            try (Connection c = app.jdbc();
                    Statement st = c.createStatement()) {
                st.execute("UPDATE pegawai.pegawai SET nama = nama || ' (diubah)' WHERE nip IN "
                        + "(SELECT nip FROM pegawai.pegawai ORDER BY nip LIMIT 25)");
                st.execute("UPDATE akses.pengguna SET aktif = false WHERE username = 'ppk'");
                assertThat(isi(c)).isNotEqualTo(isi);
            }
        }

        // A restore over a database with data is refused unless forced; nothing is touched (no safety copy yet).
        int kode = AplikasiAnak.perintah(
                data, "pulihkan-tanpa-paksa", PERINTAH, "--aparatur.pulihkan=" + berkas.toAbsolutePath());
        assertThat(kode).isNotZero();
        assertThat(Files.readString(AKAR.resolve("pulihkan-tanpa-paksa.log")))
                .contains("sudah berisi data", "--aparatur.pulihkan.paksa=true");
        assertThat(berkasJenis(data, "pengaman")).isEmpty();

        // A damaged file is refused before anything happens.
        Path rusak = AKAR.resolve("rusak.zip");
        byte[] b = Files.readAllBytes(berkas);
        b[b.length / 3] ^= 0x5A;
        Files.write(rusak, b);
        kode = AplikasiAnak.perintah(
                data,
                "pulihkan-rusak",
                PERINTAH,
                "--aparatur.pulihkan=" + rusak.toAbsolutePath(),
                "--aparatur.pulihkan.paksa=true");
        assertThat(kode).isNotZero();
        assertThat(Files.readString(AKAR.resolve("pulihkan-rusak.log"))).contains("dibatalkan");
        assertThat(berkasJenis(data, "pengaman")).isEmpty();

        // Forced: a safety copy of the current state first, then the restore; the command exits 0.
        long awal = System.nanoTime();
        kode = AplikasiAnak.perintah(
                data,
                "pulihkan",
                PERINTAH,
                "--aparatur.pulihkan=" + berkas.toAbsolutePath(),
                "--aparatur.pulihkan.paksa=true");
        long ms = (System.nanoTime() - awal) / 1_000_000;
        String log = Files.readString(AKAR.resolve("pulihkan.log"));
        assertThat(kode).as(log).isZero();
        assertThat(log).contains("dipulihkan dari", "Pemulihan selesai");
        assertThat(berkasJenis(data, "pengaman")).hasSize(1);
        System.getLogger(CadanganIT.class.getName())
                .log(System.Logger.Level.INFO, "Perintah pemulihan {0} ms ({1} bita)", ms, Files.size(berkas));

        try (AplikasiAnak app = AplikasiAnak.mulai(data, "cadangan-2", "--aparatur.demo.pegawai=600")) {
            app.tungguSiap(SIAP);
            assertThat(app.isiLog())
                    .containsPattern("Successfully validated \\d+ migrations")
                    .contains("Demo Kabupaten tidak dimuat")
                    .doesNotContain(" ERROR ");
            try (Connection c = app.jdbc()) {
                assertThat(BerkasCadangan.jumlahBaris(c)).isEqualTo(baris);
                assertThat(isi(c)).isEqualTo(isi);
                assertThat(angka(c, "SELECT count(*) FROM pegawai.pegawai WHERE nama LIKE '%(diubah)'"))
                        .isZero();
                assertThat(teks(c, "SELECT aktif::text FROM akses.pengguna WHERE username = 'ppk'"))
                        .isEqualTo("true");
            }
            // The sequences were restored too: new rows get new ids.
            assertThat(app.kirim(app.postJson("/api/v1/perencanaan/kaskade", "{}"))
                            .statusCode())
                    .isEqualTo(201);
            // The log, kept beside the files, survived the restore and shows it.
            HttpResponse<String> keadaan =
                    app.kirim(app.api("/api/v1/sistem/cadangan").GET().build());
            assertThat(keadaan.body()).contains("\"jenis\":\"PEMULIHAN\"", "\"jenis\":\"PENGAMAN\"");
        }
    }

    /** A checksum of the whole content of each compared table (rows in a fixed order). */
    private static Map<String, String> isi(Connection c) throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : DIBANDINGKAN) {
            m.put(
                    t,
                    teks(c, "SELECT md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) FROM " + t + " x"));
        }
        return m;
    }

    private static List<Path> berkasJenis(Path data, String jenis) throws IOException {
        Path folder = data.resolve("cadangan");
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith("-" + jenis + ".zip"))
                    .toList();
        }
    }

    /** SHA-256 of a file as {@code sha256sum} prints it. */
    private static String sha256(Path p) throws IOException, java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
