package id.aparatur.sistem;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 server. One server per data folder per JVM: every Spring context in the same JVM (tests
 * cache several) shares it, and it stops when the JVM exits. Data stays in the folder across restarts.
 */
public final class PostgresTertanam {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTertanam.class);
    private static final Map<Path, EmbeddedPostgres> SERVER = new ConcurrentHashMap<>();

    private PostgresTertanam() {}

    /**
     * Starts (or returns the running) server for {@code folder} and makes sure {@code database} exists.
     *
     * @return the JDBC URL of the database, never null
     */
    public static synchronized String jalankan(Path folder, String database, boolean bersihkan) {
        Path kunci = folder.toAbsolutePath().normalize();
        EmbeddedPostgres pg = SERVER.computeIfAbsent(kunci, f -> mulai(f, bersihkan));
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Gagal menyiapkan basis data " + database, e);
        }
        return pg.getJdbcUrl("postgres", database);
    }

    /**
     * The data folders whose embedded server runs in this JVM; empty when none was started, e.g. because
     * {@code spring.datasource.url} names an external server. Never null.
     */
    static Set<Path> folderBerjalan() {
        return Set.copyOf(SERVER.keySet());
    }

    private static EmbeddedPostgres mulai(Path folder, boolean bersihkan) {
        try {
            Files.createDirectories(folder);
            long awal = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(bersihkan)
                    .setServerConfig("max_connections", "120")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("synchronous_commit", "off")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            LOG.info("PostgreSQL tertanam berjalan di port {} dengan data di {} ({} ms)", pg.getPort(), folder,
                    (System.nanoTime() - awal) / 1_000_000);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Gagal menjalankan PostgreSQL tertanam di " + folder, e);
        }
    }
}
