package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.AparaturApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Databases that applied V24 and V25 as they were before V25 was folded into V24 ({@link PerbaikanRiwayatMigrasi}):
 * each is built on the embedded server with the migrations of that time (V1–V22 as they are, plus the old V24 and V25
 * from {@code src/test/resources/migrasi-lama}), then Aparatur's own Flyway runs on it. The repaired database must
 * start, validate, and have the schema of a fresh install; any other history must still fail validation.
 */
@ExtendWith(OutputCaptureExtension.class)
class PerbaikanRiwayatMigrasiIT {

    static final Path FOLDER = BasisDataConfiguration.folderPostgres("target/pg-test");
    static final Path MIGRASI = Path.of("src/main/resources/db/migration");
    static final Path MIGRASI_LAMA = Path.of("src/test/resources/migrasi-lama");
    static final List<String> DATABASE =
            List.of("riwayat_v25", "riwayat_v24", "riwayat_pasang_baru", "riwayat_asing_v22", "riwayat_asing_v25");
    private static final Pattern VERSI = Pattern.compile("V(\\d+)__.*\\.sql");

    static String urlV25;
    static String urlBaru;
    static ConfigurableApplicationContext aplikasi;

    @BeforeAll
    static void aparaturMulaiPadaBasisDataDenganV24DanV25Lama(@TempDir Path sementara) throws Exception {
        PostgresTertanam.jalankan(FOLDER, "postgres", true, false, false);
        urlV25 = basisDataLama("riwayat_v25", true, sementara.resolve("v25"));
        // The problem: these checksums (the constants of the repair) no longer match the files, so plain Flyway fails.
        assertThat(checksum(urlV25, "24")).isEqualTo(PerbaikanRiwayatMigrasi.CHECKSUM_V24_LAMA);
        assertThat(checksum(urlV25, "25")).isEqualTo(PerbaikanRiwayatMigrasi.CHECKSUM_V25);
        assertThatThrownBy(() -> Flyway.configure()
                        .dataSource(urlV25, "postgres", "")
                        .schemas("public")
                        .load()
                        .validate())
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch for migration version 24")
                .hasMessageContaining("25");

        // Started the way an operator starts it on an external database (as BasisDataEksternalIT does).
        var lingkungan = new SystemEnvironmentPropertySource(
                "uji-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "SPRING_DATASOURCE_URL",
                        urlV25,
                        "SPRING_DATASOURCE_USERNAME",
                        "postgres",
                        "SPRING_DATASOURCE_PASSWORD",
                        "",
                        "SERVER_PORT",
                        "0"));
        aplikasi = new SpringApplicationBuilder(AparaturApplication.class)
                .profiles("test")
                .initializers(c -> c.getEnvironment().getPropertySources().addFirst(lingkungan))
                .run();
        urlBaru = pasangBaru("riwayat_pasang_baru");
    }

    @AfterAll
    static void tutup() throws SQLException {
        if (aplikasi != null) {
            aplikasi.close();
        }
        try (Connection c = DriverManager.getConnection(
                        PostgresTertanam.jalankan(FOLDER, "postgres", false, false, false), "postgres", "");
                Statement st = c.createStatement()) {
            for (String db : DATABASE) {
                st.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    @Test
    void v24DanV25LamaDiperbaikiSkemanyaSamaDenganPasangBaru() throws SQLException {
        Flyway flyway = aplikasi.getBean(Flyway.class);
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(checksum(urlV25, "24")).isEqualTo(PerbaikanRiwayatMigrasi.CHECKSUM_V24);
        assertThat(Arrays.stream(flyway.info().all()).map(MigrationInfo::getState))
                .allMatch(s -> s == MigrationState.SUCCESS);
        // The history lists the versions of a fresh install: a backup records that list and a restore compares it.
        try (Connection lama = DriverManager.getConnection(urlV25, "postgres", "");
                Connection baru = DriverManager.getConnection(urlBaru, "postgres", "")) {
            assertThat(BerkasCadangan.migrasi(lama)).doesNotContain("25").isEqualTo(BerkasCadangan.migrasi(baru));
        }

        assertThat(checksum(urlBaru, "24"))
                .as("the current V24's Flyway checksum")
                .isEqualTo(PerbaikanRiwayatMigrasi.CHECKSUM_V24);
        assertThat(katalog(urlV25))
                .isNotEmpty()
                .containsExactlyElementsOf(katalog(urlBaru))
                .anyMatch(s -> s.contains("rekap_aktivitas_isi_ulang"))
                .anyMatch(s -> s.contains("aktivitas_rekap_ubah"));

        // A second start finds nothing to repair.
        Flyway lagi = aparatur(urlV25);
        assertThat(lagi.migrate().migrationsExecuted).isZero();
        assertThat(lagi.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void v24LamaTanpaV25DilengkapiFungsinya(@TempDir Path sementara, CapturedOutput keluaran) throws Exception {
        String url = basisDataLama("riwayat_v24", false, sementara);
        assertThat(baris(url, "SELECT to_regprocedure('kinerja.rekap_aktivitas_isi_ulang()') IS NULL"))
                .containsExactly("t");

        aparatur(url).migrate();

        assertThat(checksum(url, "24")).isEqualTo(PerbaikanRiwayatMigrasi.CHECKSUM_V24);
        assertThat(aparatur(url).validateWithResult().validationSuccessful).isTrue();
        assertThat(katalog(url)).containsExactlyElementsOf(katalog(urlBaru));
        assertThat(keluaran).contains("Riwayat migrasi diperbaiki: V24 lama");
    }

    @Test
    void ketidakcocokanLainTetapGagalValidasi(@TempDir Path sementara, CapturedOutput keluaran) throws Exception {
        // An edited V22: not the known history, Flyway refuses as it always did.
        String url = pasangBaru("riwayat_asing_v22");
        ubah(url, "UPDATE public.flyway_schema_history SET checksum = checksum + 1 WHERE version = '22'");
        assertThatThrownBy(() -> aparatur(url).migrate())
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch for migration version 22");

        // The old V24 with a V25 that is not the known one: nothing is repaired.
        String v25Lain = basisDataLama("riwayat_asing_v25", true, sementara);
        ubah(v25Lain, "UPDATE public.flyway_schema_history SET checksum = checksum + 1 WHERE version = '25'");
        assertThatThrownBy(() -> aparatur(v25Lain).migrate())
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch for migration version 24");
        assertThat(checksum(v25Lain, "24")).isEqualTo(PerbaikanRiwayatMigrasi.CHECKSUM_V24_LAMA);
        assertThat(baris(v25Lain, "SELECT count(*) FROM public.flyway_schema_history WHERE version = '25'"))
                .containsExactly("1");
        assertThat(keluaran).contains("Riwayat migrasi tidak dikenal");
    }

    @Test
    void fungsiDiambilDariV24SekarangSamaDenganV25Lama() throws IOException {
        String v25 = Files.readString(MIGRASI_LAMA.resolve("kinerja/V25__kinerja_rekap_isi_ulang.sql"));
        String fungsi = PerbaikanRiwayatMigrasi.fungsiIsiUlang(getClass().getClassLoader());
        assertThat(fungsi).startsWith(PerbaikanRiwayatMigrasi.FUNGSI_V25).endsWith("$$;");
        assertThat(v25).contains(fungsi);
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** Aparatur's Flyway (the configuration Spring Boot built, with its callbacks) on another database. */
    static Flyway aparatur(String url) {
        Flyway f = aplikasi.getBean(Flyway.class);
        return Flyway.configure(f.getConfiguration().getClassLoader())
                .configuration(f.getConfiguration())
                .dataSource(url, "postgres", "")
                .load();
    }

    static String pasangBaru(String nama) {
        String url = PostgresTertanam.basisDataBaru(FOLDER, nama);
        aparatur(url).migrate();
        return url;
    }

    /** A database migrated as on 2026-11-29 between 06:42 (with V25) or 06:10 (without) and 07:25. */
    static String basisDataLama(String nama, boolean denganV25, Path folder) throws IOException, SQLException {
        try (Stream<Path> s = Files.walk(MIGRASI)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Matcher m = VERSI.matcher(p.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) <= 22) {
                    salin(p, folder.resolve(MIGRASI.relativize(p)));
                }
            }
        }
        salin(
                MIGRASI_LAMA.resolve("kinerja/V24__kinerja_rekap_aktivitas.sql"),
                folder.resolve("kinerja/V24__kinerja_rekap_aktivitas.sql"));
        if (denganV25) {
            salin(
                    MIGRASI_LAMA.resolve("kinerja/V25__kinerja_rekap_isi_ulang.sql"),
                    folder.resolve("kinerja/V25__kinerja_rekap_isi_ulang.sql"));
        }
        String url = PostgresTertanam.basisDataBaru(FOLDER, nama);
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .schemas("public")
                .locations("filesystem:" + folder.toAbsolutePath())
                .load()
                .migrate();
        assertThat(baris(url, "SELECT max(version::int) FROM public.flyway_schema_history"))
                .containsExactly(denganV25 ? "25" : "24");
        return url;
    }

    private static void salin(Path dari, Path ke) throws IOException {
        Files.createDirectories(ke.getParent());
        Files.copy(dari, ke);
    }

    /**
     * Every schema object outside the system catalogues and the extensions, as comparable text: columns (type,
     * nullability, default), constraints, indexes, views, functions, triggers, sequences.
     */
    static List<String> katalog(String url) throws SQLException {
        return baris(url, """
                WITH skema AS (
                    SELECT oid, nspname FROM pg_namespace
                    WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                      AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'),
                luar AS (SELECT objid FROM pg_depend WHERE deptype = 'e')
                SELECT 'kolom ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' '
                       || is_nullable || ' ' || coalesce(column_default, '') || ' #' || ordinal_position
                FROM information_schema.columns WHERE table_schema IN (SELECT nspname FROM skema)
                UNION ALL
                SELECT 'batasan ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(c.oid)
                FROM pg_constraint c WHERE connamespace IN (SELECT oid FROM skema)
                UNION ALL
                SELECT 'indeks ' || indexdef FROM pg_indexes WHERE schemaname IN (SELECT nspname FROM skema)
                UNION ALL
                SELECT 'view ' || schemaname || '.' || viewname || ' ' || definition FROM pg_views
                WHERE schemaname IN (SELECT nspname FROM skema)
                UNION ALL
                SELECT 'fungsi ' || pg_get_functiondef(p.oid) FROM pg_proc p
                WHERE pronamespace IN (SELECT oid FROM skema) AND prokind IN ('f', 'p')
                  AND p.oid NOT IN (SELECT objid FROM luar)
                UNION ALL
                SELECT 'pemicu ' || pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT tgisinternal
                UNION ALL
                SELECT 'urutan ' || schemaname || '.' || sequencename || ' ' || data_type FROM pg_sequences
                WHERE schemaname IN (SELECT nspname FROM skema)
                ORDER BY 1
                """);
    }

    static int checksum(String url, String versi) throws SQLException {
        return Integer.parseInt(baris(
                        url,
                        "SELECT checksum FROM public.flyway_schema_history WHERE version = '" + versi
                                + "' AND type = 'SQL'")
                .get(0));
    }

    static void ubah(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    static List<String> baris(String url, String sql) throws SQLException {
        List<String> hasil = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                hasil.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new SQLException(sql + ": " + e.getMessage(), e);
        }
        return hasil;
    }
}
