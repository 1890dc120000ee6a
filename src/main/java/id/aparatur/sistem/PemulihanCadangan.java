package id.aparatur.sistem;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The restore command: {@code java -jar aparatur.jar --aparatur.pulihkan=<file> [--aparatur.pulihkan.paksa=true]}, run
 * while Aparatur is stopped (the embedded database belongs to one process). It runs in place of Flyway's migration at
 * start-up, before anything else touches the database:
 * <ol>
 *   <li>checks the file completely (checksums, manifest, schema version not newer than this Aparatur); nothing is
 *       changed if anything is wrong;</li>
 *   <li>refuses to replace a database that holds data (pegawai, OPD or audit rows) unless {@code paksa};</li>
 *   <li>always backs the current database up first ({@link CatatanCadangan.Jenis#PENGAMAN});</li>
 *   <li>builds the restored database beside the current one: a new database migrated by Flyway to the backup's
 *       schema version, loaded in one transaction;</li>
 *   <li>swaps the two in one transaction and drops the old one ({@link PostgresTertanam#tukarBasisData}), so a crash
 *       at any point leaves either the old or the restored database, never a mixture;</li>
 *   <li>lets Flyway migrate the restored database to this version of Aparatur, logs the restore, and exits (code 0;
 *       1 with the reason in the log when refused or failed).</li>
 * </ol>
 * Only for the embedded PostgreSQL; with an external server the operator restores with the server's own tools.
 */
@Component
class PemulihanCadangan implements FlywayMigrationStrategy, ApplicationRunner, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PemulihanCadangan.class);
    /** Tables whose rows mean the database is in use (the migrations put none there). */
    private static final List<String> TABEL_DATA = List.of("pegawai.pegawai", "organisasi.opd", "audit.jejak_audit");

    private final LayananCadangan layanan;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationContext konteks;
    private final String berkas;
    private final boolean paksa;
    private final String folderData;
    private final String namaDb;

    PemulihanCadangan(
            LayananCadangan layanan,
            DataSource dataSource,
            ObjectMapper json,
            Clock clock,
            ApplicationContext konteks,
            @Value("${aparatur.pulihkan:}") String berkas,
            @Value("${aparatur.pulihkan.paksa:false}") boolean paksa,
            @Value("${aparatur.data-dir:./data}") String folderData,
            @Value("${aparatur.db.nama:aparatur}") String namaDb) {
        this.layanan = layanan;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.konteks = konteks;
        this.berkas = berkas.strip();
        this.paksa = paksa;
        this.folderData = folderData;
        this.namaDb = namaDb;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (!berkas.isEmpty()) {
            pulihkan(Path.of(berkas), flyway);
        }
        flyway.migrate();
    }

    /** After a restore, the command ends: the operator starts Aparatur as usual. */
    @Override
    public void run(ApplicationArguments args) {
        if (!berkas.isEmpty()) {
            LOG.info("Pemulihan selesai. Aparatur berhenti; jalankan lagi seperti biasa (tanpa --aparatur.pulihkan).");
            System.exit(SpringApplication.exit(konteks, () -> 0));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private void pulihkan(Path sumber, Flyway flyway) {
        OffsetDateTime mulai = OffsetDateTime.now(clock);
        long awal = System.nanoTime();
        try {
            BerkasCadangan.Manifest m = siapkan(sumber, flyway);
            long t1 = System.nanoTime();
            Path folderPg = BasisDataConfiguration.folderPostgres(folderData);
            String sementara = namaDb + "_pulih";
            String url = PostgresTertanam.basisDataBaru(folderPg, sementara);
            LOG.info("Pemulihan: basis data {} dibangun dengan migrasi sampai versi {}", sementara, m.versiSkema());
            Flyway.configure(flyway.getConfiguration().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .dataSource(url, "postgres", "")
                    .target(MigrationVersion.fromVersion(m.versiSkema()))
                    .load()
                    .migrate();
            long t2 = System.nanoTime();
            long t3;
            try (Connection c = DriverManager.getConnection(url)) {
                List<String> diterapkan = BerkasCadangan.migrasi(c);
                if (!diterapkan.equals(m.migrasi())) {
                    throw new IllegalStateException("Migrasi di cadangan " + m.migrasi() + " tidak sama dengan migrasi "
                            + "Aparatur ini sampai versi " + m.versiSkema() + " " + diterapkan);
                }
                BerkasCadangan.muat(c, sumber, m);
                t3 = System.nanoTime();
                try (Statement st = c.createStatement()) {
                    st.execute("VACUUM (ANALYZE)");
                }
            }
            long t4 = System.nanoTime();
            PostgresTertanam.tukarBasisData(folderPg, namaDb, sementara);
            LOG.info(
                    "Pemulihan: periksa berkas dan cadangan pengaman {} ms, migrasi {} ms, muat {} ms, VACUUM {} ms, "
                            + "tukar {} ms",
                    (t1 - awal) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000,
                    (t4 - t3) / 1_000_000,
                    (System.nanoTime() - t4) / 1_000_000);
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool =
                        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
            long ms = (System.nanoTime() - awal) / 1_000_000;
            layanan.catat(new CatatanCadangan(
                    mulai,
                    ms,
                    CatatanCadangan.Jenis.PEMULIHAN,
                    CatatanCadangan.Status.BERHASIL,
                    sumber.getFileName().toString(),
                    java.nio.file.Files.size(sumber),
                    m.jumlahBaris(),
                    null,
                    "pemulihan",
                    null));
            LOG.info(
                    "Basis data {} dipulihkan dari {} (dibuat {}, versi skema {}): {} tabel, {} baris, {} ms",
                    namaDb,
                    sumber,
                    m.dibuatPada(),
                    m.versiSkema(),
                    m.tabel().size(),
                    m.jumlahBaris(),
                    ms);
        } catch (Exception e) {
            String alasan = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            try {
                layanan.catat(new CatatanCadangan(
                        mulai,
                        (System.nanoTime() - awal) / 1_000_000,
                        CatatanCadangan.Jenis.PEMULIHAN,
                        CatatanCadangan.Status.GAGAL,
                        sumber.getFileName().toString(),
                        0,
                        0,
                        null,
                        "pemulihan",
                        alasan));
            } catch (RuntimeException e2) {
                LOG.warn("Catatan pemulihan tidak dapat ditulis: {}", e2.getMessage());
            }
            throw new PemulihanDitolakException("Pemulihan dari " + sumber + " dibatalkan: " + alasan, e);
        }
    }

    /** Checks the file and the database; takes the safety backup. Nothing is changed when this throws. */
    private BerkasCadangan.Manifest siapkan(Path sumber, Flyway flyway) throws SQLException {
        if (!layanan.tertanam()) {
            throw new IllegalStateException("--aparatur.pulihkan hanya untuk PostgreSQL tertanam. Dengan PostgreSQL "
                    + "eksternal (SPRING_DATASOURCE_URL) pulihkan dengan alat server itu (pg_restore, PITR)");
        }
        LOG.info("Pemulihan: memeriksa berkas cadangan {}", sumber.toAbsolutePath());
        BerkasCadangan.Manifest m = BerkasCadangan.periksa(sumber, json);
        MigrationVersion versi = MigrationVersion.fromVersion(m.versiSkema());
        MigrationVersion tertinggi = Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
        if (versi.compareTo(tertinggi) > 0) {
            throw new IllegalStateException("Cadangan memakai skema versi " + m.versiSkema() + ", lebih baru dari "
                    + "Aparatur ini (" + tertinggi.getVersion() + "): pulihkan dengan versi Aparatur yang membuatnya");
        }
        boolean adaSkema;
        boolean berisi = false;
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            adaSkema = !BerkasCadangan.migrasi(c).isEmpty();
            for (String t : TABEL_DATA) {
                boolean ada;
                try (var rs = st.executeQuery("SELECT to_regclass('" + t + "') IS NOT NULL")) {
                    ada = rs.next() && rs.getBoolean(1);
                }
                if (ada) {
                    try (var rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + t + ")")) {
                        berisi |= rs.next() && rs.getBoolean(1);
                    }
                }
            }
        }
        if (berisi && !paksa) {
            throw new IllegalStateException("Basis data " + namaDb + " sudah berisi data. Pemulihan menggantikan "
                    + "seluruh isinya dengan isi cadangan; bila memang itu maksudnya, ulangi dengan "
                    + "--aparatur.pulihkan.paksa=true (cadangan pengaman tetap dibuat lebih dulu)");
        }
        if (adaSkema) {
            CatatanCadangan pengaman = layanan.cadangkan(CatatanCadangan.Jenis.PENGAMAN, "pemulihan");
            if (!pengaman.berhasil()) {
                throw new IllegalStateException(
                        "Cadangan pengaman gagal (" + pengaman.pesan() + "); tidak ada yang " + "diubah");
            }
            LOG.info("Pemulihan: cadangan pengaman {} dibuat di {}", pengaman.berkas(), layanan.folder());
        }
        return m;
    }
}
