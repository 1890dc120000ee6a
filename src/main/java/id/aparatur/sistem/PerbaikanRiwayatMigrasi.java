package id.aparatur.sistem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Repairs, just before Flyway validates, the one migration history that an edited migration made invalid. On
 * 2026-11-29 migration V25 ({@code kinerja.rekap_aktivitas_isi_ulang()}, added at 06:42) was folded into V24 (added at
 * 06:10) and deleted (07:25), after databases could have applied them. Such a database fails validation at start
 * (checksum mismatch for version 24; applied migration 25 not resolved locally), although its schema is the one the
 * current V24 builds. Exactly two histories are recognised:
 * <ol>
 *   <li>V24 with its old checksum and V25 "kinerja rekap isi ulang" with its checksum: V24's checksum becomes the
 *       current file's and V25's row is removed (the log keeps when and by whom it was applied). Removed rather than
 *       marked deleted like {@code flyway repair} does, so that the history lists exactly the versions a fresh
 *       install has: a backup's manifest records that list, and a restore compares it;
 *   <li>V24 with its old checksum and no V25 (applied before V25 existed): the function V25 would have added is
 *       created from the current V24's own text, and V24's checksum becomes the current file's.
 * </ol>
 * Nothing else is ever repaired: any other mismatch fails Flyway's validation as before. What was done is logged.
 * Version 25 is retired for good ({@code MigrasiTerterapTests}); migrations are never edited once landed.
 */
@Component
class PerbaikanRiwayatMigrasi implements Callback {

    private static final Logger LOG = LoggerFactory.getLogger(PerbaikanRiwayatMigrasi.class);

    /** Flyway checksums (CRC32 of the lines) of the two files as they were applied, and of V24 today. */
    static final int CHECKSUM_V24_LAMA = -1723984329;

    static final int CHECKSUM_V25 = 1110217191;
    static final int CHECKSUM_V24 = 1631253103;
    static final String DESKRIPSI_V25 = "kinerja rekap isi ulang";
    static final String SKRIP_V25 = "kinerja/V25__kinerja_rekap_isi_ulang.sql";
    static final String SUMBER_V24 = "db/migration/kinerja/V24__kinerja_rekap_aktivitas.sql";
    static final String FUNGSI_V25 = "CREATE FUNCTION kinerja.rekap_aktivitas_isi_ulang()";

    /** Serialises two instances that start on the same database at once (pg_advisory_xact_lock key). */
    private static final long KUNCI = 0x41_50_52_32_34_32_35L;

    @Override
    public boolean supports(Event event, @Nullable Context context) {
        return event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, @Nullable Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Configuration conf = context.getConfiguration();
        try {
            perbaiki(context.getConnection(), conf);
        } catch (SQLException e) {
            throw new FlywayException("Perbaikan riwayat migrasi V24/V25 gagal: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "perbaikan riwayat migrasi V24/V25";
    }

    private void perbaiki(Connection c, Configuration conf) throws SQLException {
        String tabel = tabelRiwayat(c, conf);
        if (tabel == null) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + KUNCI + ")");
        }
        Map<String, Baris> baris = new HashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version, description, type, script, checksum, success, "
                        + "installed_on, installed_by FROM " + tabel + " WHERE version IN ('24', '25') "
                        + "ORDER BY installed_rank")) {
            while (rs.next()) {
                baris.merge(
                        rs.getString(1),
                        new Baris(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                (Integer) rs.getObject(5),
                                rs.getBoolean(6),
                                rs.getString(7),
                                rs.getString(8)),
                        (a, b) -> Baris.GANDA);
            }
        }
        Baris v24 = baris.get("24");
        if (v24 == null || !v24.sukses() || v24.checksum() == null || v24.checksum() != CHECKSUM_V24_LAMA) {
            return;
        }
        Baris v25 = baris.get("25");
        if (v25 != null) {
            boolean dikenal = v25.sukses()
                    && "SQL".equals(v25.jenis())
                    && DESKRIPSI_V25.equals(v25.deskripsi())
                    && SKRIP_V25.equals(v25.skrip())
                    && v25.checksum() != null
                    && v25.checksum() == CHECKSUM_V25;
            if (!dikenal) {
                LOG.error(
                        "Riwayat migrasi tidak dikenal: V24 lama bersama V25 '{}' (checksum {}); tidak diperbaiki, "
                                + "validasi Flyway akan gagal. Lihat docs/operasional.md, \"Upgrading\"",
                        v25.deskripsi(),
                        v25.checksum());
                return;
            }
            hapusV25(c, tabel);
            perbaruiChecksumV24(c, tabel);
            LOG.warn(
                    "Riwayat migrasi diperbaiki: V25 '{}' (checksum {}, diterapkan {} oleh {}) kini bagian dari V24 "
                            + "dan barisnya dihapus dari {}; checksum V24 (diterapkan {}) disamakan dengan berkasnya. Skema "
                            + "tidak berubah",
                    DESKRIPSI_V25,
                    CHECKSUM_V25,
                    v25.pada(),
                    v25.oleh(),
                    tabel,
                    v24.pada());
            return;
        }
        if (adaFungsiIsiUlang(c)) {
            LOG.error("Riwayat migrasi tidak dikenal: V24 lama tanpa V25, tetapi kinerja.rekap_aktivitas_isi_ulang() "
                    + "sudah ada; tidak diperbaiki, validasi Flyway akan gagal. Lihat docs/operasional.md, "
                    + "\"Upgrading\"");
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(fungsiIsiUlang(conf.getClassLoader()));
        }
        perbaruiChecksumV24(c, tabel);
        LOG.warn(
                "Riwayat migrasi diperbaiki: V24 lama (diterapkan {} oleh {}) dilengkapi dengan fungsi "
                        + "kinerja.rekap_aktivitas_isi_ulang() dari V24 sekarang, dan checksumnya disamakan dengan berkasnya",
                v24.pada(),
                v24.oleh());
    }

    /** The quoted name of the history table, or null when it does not exist yet (a new database). */
    private static @Nullable String tabelRiwayat(Connection c, Configuration conf) throws SQLException {
        String skema = conf.getDefaultSchema();
        if (skema == null) {
            skema = conf.getSchemas().length > 0 ? conf.getSchemas()[0] : null;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT quote_ident(n.nspname) || '.' || quote_ident(t.relname)
                FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE t.relname = ? AND t.relkind IN ('r', 'p') AND n.nspname = coalesce(?, current_schema())
                """)) {
            ps.setString(1, conf.getTable());
            ps.setString(2, skema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void hapusV25(Connection c, String tabel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + tabel + " WHERE version = '25' "
                + "AND description = ? AND script = ? AND checksum = ? AND type = 'SQL' AND success")) {
            ps.setString(1, DESKRIPSI_V25);
            ps.setString(2, SKRIP_V25);
            ps.setInt(3, CHECKSUM_V25);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("baris V25 berubah selama perbaikan");
            }
        }
    }

    private static void perbaruiChecksumV24(Connection c, String tabel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE " + tabel + " SET checksum = ? " + "WHERE version = '24' AND checksum = ? AND type = 'SQL'")) {
            ps.setInt(1, CHECKSUM_V24);
            ps.setInt(2, CHECKSUM_V24_LAMA);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("baris V24 berubah selama perbaikan");
            }
        }
    }

    private static boolean adaFungsiIsiUlang(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT to_regprocedure('kinerja.rekap_aktivitas_isi_ulang()') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The function's definition as the current V24 creates it (that file never changes again). */
    static String fungsiIsiUlang(ClassLoader cl) {
        String v24;
        try (InputStream in = cl.getResourceAsStream(SUMBER_V24)) {
            if (in == null) {
                throw new IllegalStateException(SUMBER_V24 + " tidak ada di classpath");
            }
            v24 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int awal = v24.indexOf(FUNGSI_V25);
        int badan = awal < 0 ? -1 : v24.indexOf("$$", awal);
        int akhir = badan < 0 ? -1 : v24.indexOf("$$;", badan + 2);
        if (akhir < 0) {
            throw new IllegalStateException(SUMBER_V24 + " tidak lagi membuat " + FUNGSI_V25);
        }
        return v24.substring(awal, akhir + 3);
    }

    /** A history row; {@link #GANDA} when a version has several rows (never the known history). */
    private record Baris(
            String deskripsi,
            String jenis,
            String skrip,
            @Nullable Integer checksum,
            boolean sukses,
            @Nullable String pada,
            @Nullable String oleh) {
        static final Baris GANDA = new Baris("", "GANDA", "", null, false, null, null);
    }
}
