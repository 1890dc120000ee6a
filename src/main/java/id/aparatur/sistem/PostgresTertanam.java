package id.aparatur.sistem;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 server. One server per data folder per JVM: every Spring context in the same JVM (tests
 * cache several) shares it, and it stops when the JVM exits. Data stays in the folder across restarts.
 *
 * <h2>Durability</h2>
 * zonky's defaults are made for throw-away test databases: {@code synchronous_commit=off} and {@code -F}
 * ({@code fsync=off}). With those, a commit that Aparatur already acknowledged can be lost when the server loses
 * power, and with {@code fsync=off} the whole cluster can be corrupted. Both are switched on unless the caller asks
 * otherwise ({@code aparatur.db.synchronous-commit}, {@code aparatur.db.fsync}; the tests switch them off for speed).
 * A later {@code -c fsync=on} overrides zonky's {@code -F} because PostgreSQL applies command-line options in order.
 *
 * <h2>After a crash</h2>
 * PostgreSQL runs as its own daemon (pg_ctl), so when the JVM is killed ({@code kill -9}, the OOM killer) the
 * postmaster survives as an orphan that still owns the data folder, and the next start would fail after waiting a
 * minute ("lock file postmaster.pid already exists"). zonky holds an OS file lock on {@code epg-lock} in the folder
 * while a JVM uses it, which the OS releases when that JVM dies. So before starting, if this JVM can take that lock,
 * no live Aparatur owns the folder and a postmaster still running on it is an orphan: it is stopped with a fast
 * shutdown (its open transactions are rolled back, as they would be by crash recovery), and a {@code postmaster.pid}
 * whose process id now belongs to an unrelated process is removed. If the lock is held, another live process uses the
 * folder and the start is refused with a clear message instead of touching its server.
 */
public final class PostgresTertanam {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTertanam.class);
    private static final Map<Path, EmbeddedPostgres> SERVER = new ConcurrentHashMap<>();
    /** zonky's lock file in the data folder. */
    static final String BERKAS_KUNCI = "epg-lock";

    private static final Duration TUNGGU_BERHENTI = Duration.ofSeconds(60);

    private PostgresTertanam() {}

    /**
     * Starts (or returns the running) server for {@code folder} with durable commits and makes sure {@code database}
     * exists and accepts connections.
     *
     * @return the JDBC URL of the database, never null
     */
    public static String jalankan(Path folder, String database, boolean bersihkan) {
        return jalankan(folder, database, bersihkan, true, true);
    }

    /**
     * Starts (or returns the running) server for {@code folder} and makes sure {@code database} exists and accepts
     * connections.
     *
     * @param synchronousCommit whether a commit waits for its WAL to reach the disk (off only for tests)
     * @param fsync whether PostgreSQL flushes to disk at all (off only for tests)
     * @return the JDBC URL of the database, never null
     */
    public static synchronized String jalankan(
            Path folder, String database, boolean bersihkan, boolean synchronousCommit, boolean fsync) {
        EmbeddedPostgres pg = server(folder, bersihkan, synchronousCommit, fsync);
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            if (!adaBasisData(c, database)) {
                st.execute("CREATE DATABASE " + nama(database) + " ENCODING 'UTF8' TEMPLATE template0");
            }
            // A restore interrupted between closing and swapping the database leaves it closed (see tukarBasisData).
            st.execute("ALTER DATABASE " + nama(database) + " WITH ALLOW_CONNECTIONS true");
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

    /**
     * Creates {@code database} empty on the running server of {@code folder}, dropping a leftover of that name first
     * (e.g. of an interrupted restore).
     *
     * @return its JDBC URL
     */
    static synchronized String basisDataBaru(Path folder, String database) {
        EmbeddedPostgres pg = berjalan(folder);
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + nama(database) + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + nama(database) + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Gagal membuat basis data " + database, e);
        }
        return pg.getJdbcUrl("postgres", database);
    }

    /**
     * Puts {@code pengganti} in the place of {@code aktif} in one transaction and drops the old one: whoever connects
     * to {@code aktif} afterwards gets the new database; a crash leaves either the old or the new one under that name.
     * Sessions on {@code aktif} are ended first (new ones are refused meanwhile).
     */
    static synchronized void tukarBasisData(Path folder, String aktif, String pengganti) {
        EmbeddedPostgres pg = berjalan(folder);
        String lama = aktif + "_sebelum_pulih";
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + nama(lama) + " WITH (FORCE)");
            st.execute("ALTER DATABASE " + nama(aktif) + " WITH ALLOW_CONNECTIONS false");
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                ps.setString(1, aktif);
                ps.execute();
            }
            c.setAutoCommit(false);
            // Terminated backends may need a moment to leave; ALTER DATABASE RENAME refuses while any is connected.
            for (int percobaan = 1; ; percobaan++) {
                try {
                    st.execute("ALTER DATABASE " + nama(aktif) + " RENAME TO " + nama(lama));
                    st.execute("ALTER DATABASE " + nama(pengganti) + " RENAME TO " + nama(aktif));
                    c.commit();
                    break;
                } catch (SQLException e) {
                    c.rollback();
                    if (percobaan >= 50) {
                        throw e;
                    }
                    tidur(100);
                }
            }
            c.setAutoCommit(true);
            st.execute("ALTER DATABASE " + nama(aktif) + " WITH ALLOW_CONNECTIONS true");
            st.execute("DROP DATABASE " + nama(lama) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Gagal menukar basis data " + aktif + " dengan " + pengganti, e);
        }
    }

    private static EmbeddedPostgres berjalan(Path folder) {
        EmbeddedPostgres pg = SERVER.get(folder.toAbsolutePath().normalize());
        if (pg == null) {
            throw new IllegalStateException("PostgreSQL tertanam untuk " + folder + " tidak berjalan");
        }
        return pg;
    }

    private static EmbeddedPostgres server(Path folder, boolean bersihkan, boolean synchronousCommit, boolean fsync) {
        Path kunci = folder.toAbsolutePath().normalize();
        return SERVER.computeIfAbsent(kunci, f -> mulai(f, bersihkan, synchronousCommit, fsync));
    }

    private static boolean adaBasisData(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A database name as an SQL identifier. */
    private static String nama(String database) {
        return '"' + database.replace("\"", "\"\"") + '"';
    }

    private static EmbeddedPostgres mulai(Path folder, boolean bersihkan, boolean synchronousCommit, boolean fsync) {
        try {
            Files.createDirectories(folder);
            bereskanSisaKerusakan(folder, bersihkan);
            long awal = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(bersihkan)
                    .setServerConfig("max_connections", "120")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("synchronous_commit", synchronousCommit ? "on" : "off")
                    .setServerConfig("fsync", fsync ? "on" : "off")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            LOG.info(
                    "PostgreSQL tertanam berjalan di port {} dengan data di {} ({} ms; synchronous_commit={}, fsync={})",
                    pg.getPort(),
                    folder,
                    (System.nanoTime() - awal) / 1_000_000,
                    synchronousCommit ? "on" : "off",
                    fsync ? "on" : "off");
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Gagal menjalankan PostgreSQL tertanam di " + folder, e);
        }
    }

    /**
     * Makes the folder startable after a crash of the JVM that used it; see the class comment. Refuses when another
     * live process holds the folder's lock.
     */
    static void bereskanSisaKerusakan(Path folder, boolean bersihkan) throws IOException {
        if (Files.exists(folder.resolve("postgresql.conf"))) {
            try (FileChannel ch = FileChannel.open(
                            folder.resolve(BERKAS_KUNCI), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock kunci = ch.tryLock()) {
                if (kunci == null) {
                    throw new IllegalStateException("Folder data " + folder + " sedang dipakai proses Aparatur lain; "
                            + "hentikan proses itu lebih dulu");
                }
                hentikanPostmasterYatim(folder);
            } catch (OverlappingFileLockException e) {
                throw new IllegalStateException("Folder data " + folder + " sudah dipakai di JVM ini", e);
            }
        }
        if (bersihkan) {
            // zonky runs initdb here, which needs an empty folder; a test JVM that was killed leaves its data behind.
            kosongkan(folder);
        } else if (!Files.exists(folder.resolve("postgresql.conf"))) {
            // A new folder: initdb needs it empty, so not even zonky's lock file of an earlier failed start may stay.
            Files.deleteIfExists(folder.resolve(BERKAS_KUNCI));
        }
    }

    private static void hentikanPostmasterYatim(Path folder) throws IOException {
        Path berkasPid = folder.resolve("postmaster.pid");
        if (!Files.exists(berkasPid)) {
            return;
        }
        List<String> baris = Files.readAllLines(berkasPid);
        String pidTeks = baris.isEmpty() ? "" : baris.get(0).strip();
        if (!pidTeks.matches("[0-9]{1,10}")) {
            LOG.warn("postmaster.pid di {} rusak; dihapus", folder);
            Files.deleteIfExists(berkasPid);
            return;
        }
        long pid = Long.parseLong(pidTeks);
        Optional<ProcessHandle> proses = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (proses.isEmpty()) {
            // PostgreSQL itself replaces a lock file whose process is gone, and then recovers from its WAL.
            LOG.info(
                    "postmaster.pid di {} tertinggal dari PostgreSQL yang berhenti mendadak (PID {}); "
                            + "PostgreSQL memulihkan diri dari WAL saat mulai",
                    folder,
                    pid);
            return;
        }
        if (!postmasterFolderIni(proses.get(), folder)) {
            LOG.warn("postmaster.pid di {} menunjuk PID {} yang kini dipakai proses lain; berkas dihapus", folder, pid);
            Files.deleteIfExists(berkasPid);
            return;
        }
        LOG.warn(
                "PostgreSQL tertanam (PID {}) dari proses Aparatur yang berhenti mendadak masih berjalan di {}: "
                        + "dihentikan (transaksi yang belum selesai dibatalkan), lalu dijalankan ulang",
                pid,
                folder);
        long awal = System.nanoTime();
        // SIGINT = fast shutdown; SIGQUIT = immediate shutdown (crash recovery at the next start); SIGKILL last.
        if (!berhenti(proses.get(), "INT", TUNGGU_BERHENTI)
                && !berhenti(proses.get(), "QUIT", Duration.ofSeconds(10))) {
            proses.get().descendants().forEach(ProcessHandle::destroyForcibly);
            proses.get().destroyForcibly();
            if (!tunggu(proses.get(), Duration.ofSeconds(10))) {
                throw new IllegalStateException(
                        "PostgreSQL yatim (PID " + pid + ") di " + folder + " tidak dapat dihentikan");
            }
        }
        LOG.info("PostgreSQL yatim (PID {}) berhenti dalam {} ms", pid, (System.nanoTime() - awal) / 1_000_000);
    }

    /** Whether {@code p} is a postmaster whose data directory is {@code folder} (its working directory, on Linux). */
    private static boolean postmasterFolderIni(ProcessHandle p, Path folder) {
        Path cwd = Path.of("/proc", Long.toString(p.pid()), "cwd");
        try {
            if (Files.exists(Path.of("/proc/self/cwd"))) {
                return Files.isSameFile(cwd.toRealPath(), folder.toRealPath());
            }
        } catch (IOException e) {
            return false;
        }
        // Without /proc: trust the lock file when the process is a postgres.
        return p.info()
                .command()
                .map(c -> c.endsWith("postgres") || c.endsWith("postgres.exe"))
                .orElse(false);
    }

    private static boolean berhenti(ProcessHandle p, String sinyal, Duration batas) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + sinyal, Long.toString(p.pid()))
                    .redirectErrorStream(true)
                    .start();
            kill.getInputStream().readAllBytes();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.warn("kill -{} {} gagal: {}", sinyal, p.pid(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return tunggu(p, batas);
    }

    private static boolean tunggu(ProcessHandle p, Duration batas) {
        long akhir = System.nanoTime() + batas.toNanos();
        while (p.isAlive() && System.nanoTime() < akhir) {
            tidur(50);
        }
        return !p.isAlive();
    }

    private static void kosongkan(Path folder) throws IOException {
        try (Stream<Path> isi = Files.walk(folder)) {
            for (Path p : isi.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void tidur(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Terputus", e);
        }
    }
}
