package id.aparatur.sistem;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.ObjectMapper;

/**
 * The backup file: a ZIP with one entry per table in PostgreSQL {@code COPY} text format ({@code data/<schema>.<tabel>})
 * and {@code manifest.json} (schema version, tables with their columns, row counts and SHA-256, sequence values), next
 * to a {@code <file>.sha256} in {@code sha256sum} format. The schema itself is not in the file: it is what the Flyway
 * migrations up to the recorded version create (ADR 0004).
 *
 * <p>Written from one {@code REPEATABLE READ READ ONLY} transaction, so every table is read at the same instant while
 * Aparatur keeps running, like {@code pg_dump}. Loaded into a database freshly migrated to that version, in one
 * transaction with triggers and foreign-key checks off ({@code session_replication_role = replica}: the rows come from
 * a consistent snapshot, and the trigger-maintained summary tables are in the file too).
 */
final class BerkasCadangan {

    /** Version of this file layout; a reader refuses a newer one. */
    static final int FORMAT = 1;

    static final String MANIFEST = "manifest.json";
    static final String AKHIRAN_SHA = ".sha256";
    private static final String FLYWAY = "public.flyway_schema_history";
    private static final int PENYANGGA = 1 << 16;

    /** One table in the file. */
    record Tabel(String nama, List<String> kolom, long baris, long bita, String sha256) {}

    /** A sequence and its position. */
    record Urutan(String nama, long nilai, boolean dipanggil) {}

    /**
     * What the file holds.
     *
     * @param versiSkema the highest Flyway version applied at backup time
     * @param migrasi every Flyway version applied at backup time, in order
     */
    record Manifest(
            int format,
            String aplikasi,
            @Nullable String versiAplikasi,
            OffsetDateTime dibuatPada,
            String basisData,
            String versiServer,
            String versiSkema,
            List<String> migrasi,
            String jenis,
            String oleh,
            List<Tabel> tabel,
            List<Urutan> urutan) {

        long jumlahBaris() {
            return tabel.stream().mapToLong(Tabel::baris).sum();
        }
    }

    /** A file that cannot be restored: unreadable, damaged or not a backup of Aparatur. */
    static final class RusakException extends RuntimeException {
        RusakException(String message) {
            super(message);
        }

        RusakException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private BerkasCadangan() {}

    /**
     * Writes a consistent copy of the database behind {@code con} to {@code berkas} (created or replaced) and flushes
     * it to disk. Returns the manifest and, in {@code sha256Berkas[0]}, the checksum of the whole file.
     */
    static Manifest tulis(
            Connection con,
            Path berkas,
            ObjectMapper json,
            String jenis,
            String oleh,
            @Nullable String versiAplikasi,
            OffsetDateTime kini,
            String[] sha256Berkas)
            throws SQLException, IOException {
        boolean autoCommit = con.getAutoCommit();
        con.setAutoCommit(false);
        try (Statement st = con.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            List<String[]> daftar = daftarTabel(con);
            if (!daftar.isEmpty()) {
                // Like pg_dump: share locks at once, so that no DDL (or TRUNCATE) can change a table before it is read.
                st.execute("LOCK TABLE "
                        + String.join(", ", daftar.stream().map(t -> t[0]).toList()) + " IN ACCESS SHARE MODE");
            }
            CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
            MessageDigest shaBerkas = sha256();
            List<Tabel> tabel = new ArrayList<>();
            Manifest m;
            try (OutputStream keluar = Files.newOutputStream(berkas);
                    DigestOutputStream tercerna =
                            new DigestOutputStream(new BufferedOutputStream(keluar, PENYANGGA), shaBerkas);
                    ZipOutputStream zip = new ZipOutputStream(tercerna)) {
                zip.setLevel(Deflater.BEST_SPEED);
                for (String[] t : daftar) {
                    List<String> kolom = kolom(con, t[1]);
                    zip.putNextEntry(new ZipEntry("data/" + t[0]));
                    Penghitung hitung = new Penghitung(zip);
                    MessageDigest sha = sha256();
                    long baris = copy.copyOut(
                            "COPY " + t[0] + " (" + String.join(", ", kolom) + ") TO STDOUT",
                            new DigestOutputStream(hitung, sha));
                    zip.closeEntry();
                    tabel.add(new Tabel(
                            t[0], kolom, baris, hitung.bita, HexFormat.of().formatHex(sha.digest())));
                }
                List<String> migrasi = migrasi(con);
                m = new Manifest(
                        FORMAT,
                        "aparatur",
                        versiAplikasi,
                        kini,
                        satu(con, "SELECT current_database()"),
                        satu(con, "SHOW server_version"),
                        migrasi.isEmpty() ? "" : migrasi.get(migrasi.size() - 1),
                        migrasi,
                        jenis,
                        oleh,
                        tabel,
                        urutan(con));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(json.writeValueAsBytes(m));
                zip.closeEntry();
            }
            con.commit();
            try (FileChannel ch = FileChannel.open(berkas, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            sha256Berkas[0] = HexFormat.of().formatHex(shaBerkas.digest());
            return m;
        } catch (SQLException | IOException | RuntimeException e) {
            con.rollback();
            throw e;
        } finally {
            con.setAutoCommit(autoCommit);
        }
    }

    /**
     * Reads the manifest and checks the file against it: the {@code .sha256} next to it (if present), every table's
     * SHA-256 and size. Nothing is written.
     *
     * @throws RusakException if anything does not match
     */
    static Manifest periksa(Path berkas, ObjectMapper json) {
        if (!Files.isRegularFile(berkas)) {
            throw new RusakException("Berkas cadangan " + berkas + " tidak ada");
        }
        try {
            Path sisi = berkas.resolveSibling(berkas.getFileName() + AKHIRAN_SHA);
            if (Files.exists(sisi)) {
                String diharapkan = Files.readString(sisi).strip().split("\\s+")[0];
                MessageDigest sha = sha256();
                try (InputStream in = new DigestInputStream(Files.newInputStream(berkas), sha)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(diharapkan)) {
                    throw new RusakException("Checksum berkas " + berkas.getFileName() + " tidak cocok dengan "
                            + sisi.getFileName() + ": berkas rusak atau diubah");
                }
            }
            try (ZipFile zip = new ZipFile(berkas.toFile())) {
                ZipEntry me = zip.getEntry(MANIFEST);
                if (me == null) {
                    throw new RusakException(berkas.getFileName() + " bukan berkas cadangan Aparatur (tanpa manifest)");
                }
                Manifest m;
                try (InputStream in = zip.getInputStream(me)) {
                    m = json.readValue(in, Manifest.class);
                }
                if (m.format() > FORMAT || !"aparatur".equals(m.aplikasi())) {
                    throw new RusakException(berkas.getFileName() + " dibuat oleh versi Aparatur yang lebih baru "
                            + "atau bukan cadangan Aparatur (format " + m.format() + ")");
                }
                for (Tabel t : m.tabel()) {
                    ZipEntry e = zip.getEntry("data/" + t.nama());
                    if (e == null) {
                        throw new RusakException("Tabel " + t.nama() + " tidak ada di " + berkas.getFileName());
                    }
                    MessageDigest sha = sha256();
                    long bita;
                    try (InputStream in = new DigestInputStream(zip.getInputStream(e), sha)) {
                        bita = in.transferTo(OutputStream.nullOutputStream());
                    }
                    if (bita != t.bita()
                            || !HexFormat.of().formatHex(sha.digest()).equals(t.sha256())) {
                        throw new RusakException("Isi tabel " + t.nama() + " di " + berkas.getFileName()
                                + " tidak cocok dengan manifest: berkas rusak");
                    }
                }
                return m;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RusakException r) {
                throw r;
            }
            throw new RusakException(
                    "Berkas cadangan " + berkas.getFileName() + " tidak dapat dibaca: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the checked file into the database behind {@code con}, which the migrations of
     * {@link Manifest#versiSkema()} have just created: empties every table the migrations filled, copies every table
     * back, sets the sequences; one transaction.
     */
    static void muat(Connection con, Path berkas, Manifest m) throws SQLException, IOException {
        List<String> ada = daftarTabel(con).stream().map(t -> t[0]).sorted().toList();
        List<String> diCadangan = m.tabel().stream().map(Tabel::nama).sorted().toList();
        if (!ada.equals(diCadangan)) {
            throw new RusakException(
                    "Tabel di cadangan tidak sama dengan tabel skema versi " + m.versiSkema() + ": hanya di cadangan "
                            + selisih(diCadangan, ada) + ", hanya di skema " + selisih(ada, diCadangan));
        }
        boolean autoCommit = con.getAutoCommit();
        con.setAutoCommit(false);
        try (Statement st = con.createStatement();
                ZipFile zip = new ZipFile(berkas.toFile())) {
            st.execute("SET LOCAL session_replication_role = replica");
            if (!ada.isEmpty()) {
                st.execute("TRUNCATE " + String.join(", ", ada));
            }
            CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
            for (Tabel t : m.tabel()) {
                long baris;
                try (InputStream in = zip.getInputStream(zip.getEntry("data/" + t.nama()))) {
                    baris = copy.copyIn(
                            "COPY " + t.nama() + " (" + String.join(", ", t.kolom()) + ") FROM STDIN", in, PENYANGGA);
                }
                if (baris != t.baris()) {
                    throw new RusakException(
                            "Tabel " + t.nama() + ": " + baris + " baris dimuat, manifest menyebut " + t.baris());
                }
            }
            try (PreparedStatement ps = con.prepareStatement("SELECT setval(CAST(? AS regclass), ?, ?)")) {
                for (Urutan u : m.urutan()) {
                    ps.setString(1, u.nama());
                    ps.setLong(2, u.nilai());
                    ps.setBoolean(3, u.dipanggil());
                    ps.execute();
                }
            }
            for (String mv : kolomSatu(con, "SELECT oid::regclass::text FROM pg_class WHERE relkind = 'm'")) {
                st.execute("REFRESH MATERIALIZED VIEW " + mv);
            }
            con.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            con.rollback();
            throw e;
        } finally {
            con.setAutoCommit(autoCommit);
        }
    }

    /** The Flyway versions applied successfully, in order; empty when Flyway never ran. */
    static List<String> migrasi(Connection con) throws SQLException {
        if (satu(con, "SELECT to_regclass('" + FLYWAY + "')::text") == null) {
            return List.of();
        }
        return kolomSatu(
                con,
                "SELECT version FROM " + FLYWAY + " WHERE success AND version IS NOT NULL "
                        + "ORDER BY installed_rank");
    }

    /** Every ordinary table of the application ([quoted name, oid]), Flyway's history and extensions' tables aside. */
    private static List<String[]> daftarTabel(Connection con) throws SQLException {
        List<String[]> hasil = new ArrayList<>();
        try (Statement st = con.createStatement();
                ResultSet rs = st.executeQuery("""
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname), c.oid
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'r' AND c.relpersistence <> 't'
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                  AND NOT (n.nspname = 'public' AND c.relname = 'flyway_schema_history')
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                  AND d.objid = c.oid AND d.deptype = 'e')
                ORDER BY 1""")) {
            while (rs.next()) {
                hasil.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return hasil;
    }

    /** The stored (not generated, not dropped) columns of a table, quoted, in order. */
    private static List<String> kolom(Connection con, String oid) throws SQLException {
        return kolomSatu(
                con,
                "SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = " + Long.parseLong(oid)
                        + " AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum");
    }

    private static List<Urutan> urutan(Connection con) throws SQLException {
        List<String> nama = kolomSatu(con, """
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'S' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  AND n.nspname NOT LIKE 'pg\\_%' AND c.relpersistence <> 't'
                ORDER BY 1""");
        List<Urutan> hasil = new ArrayList<>();
        for (String n : nama) {
            try (Statement st = con.createStatement();
                    ResultSet rs = st.executeQuery("SELECT last_value, is_called FROM " + n)) {
                rs.next();
                hasil.add(new Urutan(n, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return hasil;
    }

    /** Row counts per table, straight from the database (for the tests and the restore log). */
    static Map<String, Long> jumlahBaris(Connection con) throws SQLException {
        Map<String, Long> hasil = new TreeMap<>();
        for (String[] t : daftarTabel(con)) {
            try (Statement st = con.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t[0])) {
                rs.next();
                hasil.put(t[0], rs.getLong(1));
            }
        }
        return hasil;
    }

    private static @Nullable String satu(Connection con, String sql) throws SQLException {
        try (Statement st = con.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> kolomSatu(Connection con, String sql) throws SQLException {
        List<String> hasil = new ArrayList<>();
        try (Statement st = con.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                hasil.add(rs.getString(1));
            }
        }
        return hasil;
    }

    private static List<String> selisih(List<String> a, List<String> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what goes through and keeps the ZIP stream open when the COPY closes its side. */
    private static final class Penghitung extends FilterOutputStream {
        long bita;

        Penghitung(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bita++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bita += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
