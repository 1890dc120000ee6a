package id.aparatur.sistem;

import id.aparatur.shared.KonflikException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Backups of the database while Aparatur runs (issue 15, item 11; ADR 0004): on a schedule
 * ({@code aparatur.cadangan.jadwal}, daily at 01:30 by default; on by default only with the embedded PostgreSQL),
 * on request (page {@code /sistem/cadangan}, {@code POST /api/v1/sistem/cadangan}) and before every restore. Each
 * backup is one {@link BerkasCadangan} file {@code aparatur-<yyyyMMdd-HHmmss>-<jenis>.zip} with its {@code .sha256} in
 * the backup folder ({@code aparatur.cadangan.folder}, default {@code $APARATUR_DATA_DIR/cadangan}, readable only by
 * the server's user), written under a temporary name and renamed when complete. Files older than
 * {@code aparatur.cadangan.simpan-hari} days (default 14) are removed after a successful backup, but never the newest.
 * Every attempt is logged ({@link CatatanCadangan}). One backup at a time.
 */
@Service
public class LayananCadangan {

    static final String BERKAS_CATATAN = "catatan-cadangan.jsonl";
    /** A scheduled backup counts as missed this long after its time. */
    static final Duration TOLERANSI = Duration.ofHours(2);

    private static final Logger LOG = LoggerFactory.getLogger(LayananCadangan.class);
    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAMA =
            Pattern.compile("aparatur-(\\d{8}-\\d{6})-(terjadwal|manual|pengaman)(?:-(\\d+))?\\.zip");
    private static final int CATATAN_MAKS = 2000;
    private static final int CATATAN_DI_HALAMAN = 30;

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final Path folder;
    private final int simpanHari;
    private final String jadwal;
    private final boolean terjadwal;
    private final boolean tertanam;
    private final @Nullable String versiAplikasi;
    private final ReentrantLock kunci = new ReentrantLock();

    LayananCadangan(
            DataSource dataSource,
            ObjectMapper json,
            Clock clock,
            ObjectProvider<BuildProperties> build,
            @Value("${aparatur.data-dir:./data}") String folderData,
            @Value("${aparatur.cadangan.folder:}") String folder,
            @Value("${aparatur.cadangan.simpan-hari:14}") int simpanHari,
            @Value("${aparatur.cadangan.jadwal:0 30 1 * * *}") String jadwal,
            @Value("${aparatur.cadangan.terjadwal:}") String terjadwal,
            @Value("${spring.datasource.url:}") String urlEksternal) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.folder = (folder.isBlank() ? Path.of(folderData, "cadangan") : Path.of(folder))
                .toAbsolutePath()
                .normalize();
        if (simpanHari < 1) {
            throw new IllegalStateException(
                    "aparatur.cadangan.simpan-hari harus paling sedikit 1, bukan " + simpanHari);
        }
        this.simpanHari = simpanHari;
        CronExpression.parse(jadwal);
        this.jadwal = jadwal;
        this.tertanam = urlEksternal.isBlank();
        this.terjadwal = terjadwal.isBlank() ? tertanam : Boolean.parseBoolean(terjadwal.strip());
        BuildProperties b = build.getIfAvailable();
        this.versiAplikasi = b == null ? null : b.getVersion();
    }

    /** Backs the database up now, for {@code oleh}; a failure is logged and returned, not thrown. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public CatatanCadangan cadangkanSekarang(String oleh) {
        return cadangkan(CatatanCadangan.Jenis.MANUAL, oleh);
    }

    /** The state for the page and the API. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public KeadaanCadangan keadaan() {
        List<CatatanCadangan> semua = bacaCatatan();
        CatatanCadangan terakhir = null;
        CatatanCadangan berhasil = null;
        for (CatatanCadangan c : semua) {
            if (c.jenis().cadangan()) {
                terakhir = c;
                if (c.berhasil()) {
                    berhasil = c;
                }
            }
        }
        ZonedDateTime kini = ZonedDateTime.now(clock);
        CronExpression cron = CronExpression.parse(jadwal);
        ZonedDateTime berikutnya = terjadwal ? cron.next(kini) : null;
        boolean terlambat = false;
        if (terjadwal) {
            ZonedDateTime harusnya =
                    berhasil == null ? null : cron.next(berhasil.mulai().atZoneSameInstant(clock.getZone()));
            terlambat = berhasil == null
                    || (harusnya != null && harusnya.plus(TOLERANSI).isBefore(kini));
        }
        List<CatatanCadangan> baru =
                new ArrayList<>(semua.subList(Math.max(0, semua.size() - CATATAN_DI_HALAMAN), semua.size()));
        java.util.Collections.reverse(baru);
        return new KeadaanCadangan(
                tertanam,
                terjadwal,
                jadwal,
                berikutnya == null ? null : berikutnya.toOffsetDateTime(),
                simpanHari,
                folder.toString(),
                terakhir,
                berhasil,
                terlambat,
                kunci.isLocked(),
                berkas(),
                baru);
    }

    /** The scheduled backup; does nothing when the schedule is off ({@code aparatur.cadangan.terjadwal}). */
    @Scheduled(cron = "${aparatur.cadangan.jadwal:0 30 1 * * *}")
    void terjadwal() {
        if (terjadwal) {
            try {
                cadangkan(CatatanCadangan.Jenis.TERJADWAL, "sistem");
            } catch (KonflikException e) {
                LOG.warn("Pencadangan terjadwal dilewati: pencadangan lain sedang berjalan");
            }
        }
    }

    boolean tertanam() {
        return tertanam;
    }

    Path folder() {
        return folder;
    }

    /**
     * Takes a backup of {@code jenis} now and logs it; a failure is logged and returned as {@link CatatanCadangan.Status#GAGAL}.
     *
     * @throws KonflikException if another backup is running
     */
    CatatanCadangan cadangkan(CatatanCadangan.Jenis jenis, String oleh) {
        if (!kunci.tryLock()) {
            throw new KonflikException("cadangan.sedang-berjalan", "Pencadangan lain sedang berjalan");
        }
        try {
            OffsetDateTime mulai = OffsetDateTime.now(clock);
            long awal = System.nanoTime();
            Path sementara = null;
            try {
                siapkanFolder();
                String nama = namaBaru(jenis, mulai);
                sementara = folder.resolve(nama + ".tmp");
                buatBerkasPribadi(sementara);
                String[] sha = new String[1];
                BerkasCadangan.Manifest m;
                try (Connection c = dataSource.getConnection()) {
                    m = BerkasCadangan.tulis(c, sementara, json, jenis.name(), oleh, versiAplikasi, mulai, sha);
                }
                Path tujuan = folder.resolve(nama);
                pindahkan(sementara, tujuan);
                Path sisi = folder.resolve(nama + BerkasCadangan.AKHIRAN_SHA);
                buatBerkasPribadi(sisi);
                Files.writeString(sisi, sha[0] + "  " + nama + "\n", StandardCharsets.UTF_8);
                CatatanCadangan hasil = new CatatanCadangan(
                        mulai,
                        (System.nanoTime() - awal) / 1_000_000,
                        jenis,
                        CatatanCadangan.Status.BERHASIL,
                        nama,
                        Files.size(tujuan),
                        m.jumlahBaris(),
                        sha[0],
                        oleh,
                        null);
                catat(hasil);
                LOG.info(
                        "Cadangan {} dibuat: {} tabel, {} baris, {} bita, {} ms",
                        nama,
                        m.tabel().size(),
                        m.jumlahBaris(),
                        hasil.ukuran(),
                        hasil.durasiMs());
                hapusKedaluwarsa();
                return hasil;
            } catch (Exception e) {
                LOG.error("Pencadangan {} gagal", jenis, e);
                hapusDiam(sementara);
                CatatanCadangan hasil = new CatatanCadangan(
                        mulai,
                        (System.nanoTime() - awal) / 1_000_000,
                        jenis,
                        CatatanCadangan.Status.GAGAL,
                        null,
                        0,
                        0,
                        null,
                        oleh,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                try {
                    catat(hasil);
                } catch (RuntimeException e2) {
                    LOG.error("Catatan cadangan tidak dapat ditulis", e2);
                }
                return hasil;
            }
        } finally {
            kunci.unlock();
        }
    }

    /** Appends an entry to the log (flushed to disk), trimming it to its last half when it grows too long. */
    synchronized void catat(CatatanCadangan c) {
        try {
            siapkanFolder();
            Path p = folder.resolve(BERKAS_CATATAN);
            if (!Files.exists(p)) {
                buatBerkasPribadi(p);
            }
            Files.writeString(
                    p,
                    json.writeValueAsString(c) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.DSYNC);
            List<String> baris = Files.readAllLines(p, StandardCharsets.UTF_8);
            if (baris.size() > CATATAN_MAKS) {
                Path sementara = folder.resolve(BERKAS_CATATAN + ".tmp");
                Files.write(
                        sementara,
                        baris.subList(baris.size() - CATATAN_MAKS / 2, baris.size()),
                        StandardCharsets.UTF_8);
                pindahkan(sementara, p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Catatan cadangan tidak dapat ditulis di " + folder, e);
        }
    }

    /** Every log entry, oldest first; unreadable lines are skipped. */
    synchronized List<CatatanCadangan> bacaCatatan() {
        Path p = folder.resolve(BERKAS_CATATAN);
        if (!Files.exists(p)) {
            return List.of();
        }
        List<CatatanCadangan> hasil = new ArrayList<>();
        try {
            for (String b : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (b.isBlank()) {
                    continue;
                }
                try {
                    hasil.add(json.readValue(b, CatatanCadangan.class).diZona(clock.getZone()));
                } catch (RuntimeException e) {
                    LOG.warn("Baris catatan cadangan tidak terbaca: {}", b.length() > 80 ? b.substring(0, 80) : b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hasil;
    }

    /** The backup files in the folder, newest first. */
    List<KeadaanCadangan.Berkas> berkas() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<KeadaanCadangan.Berkas> hasil = new ArrayList<>();
        try (Stream<Path> isi = Files.list(folder)) {
            for (Path p : isi.toList()) {
                Matcher m = NAMA.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    OffsetDateTime dibuat = LocalDateTime.parse(m.group(1), STEMPEL)
                            .atZone(clock.getZone())
                            .toOffsetDateTime();
                    hasil.add(new KeadaanCadangan.Berkas(
                            p.getFileName().toString(),
                            Files.size(p),
                            dibuat,
                            CatatanCadangan.Jenis.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
                            Files.exists(p.resolveSibling(p.getFileName() + BerkasCadangan.AKHIRAN_SHA))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Newest first; within one second the suffix -2, -3, ... says which came later (a name compare would not).
        hasil.sort(Comparator.comparing(KeadaanCadangan.Berkas::dibuat)
                .thenComparingInt(LayananCadangan::urutan)
                .reversed());
        return hasil;
    }

    private static int urutan(KeadaanCadangan.Berkas b) {
        Matcher m = NAMA.matcher(b.nama());
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 1;
    }

    /** Removes backups older than the retention, never the newest, and temporary files of interrupted backups. */
    void hapusKedaluwarsa() throws IOException {
        OffsetDateTime batas = OffsetDateTime.now(clock).minusDays(simpanHari);
        List<KeadaanCadangan.Berkas> semua = berkas();
        for (int i = 1; i < semua.size(); i++) {
            KeadaanCadangan.Berkas b = semua.get(i);
            if (b.dibuat().isBefore(batas)) {
                Files.deleteIfExists(folder.resolve(b.nama()));
                Files.deleteIfExists(folder.resolve(b.nama() + BerkasCadangan.AKHIRAN_SHA));
                LOG.info("Cadangan {} dihapus: lebih tua dari {} hari", b.nama(), simpanHari);
            }
        }
        try (Stream<Path> isi = Files.list(folder)) {
            for (Path p : isi.filter(x -> x.getFileName().toString().endsWith(".zip.tmp"))
                    .toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private String namaBaru(CatatanCadangan.Jenis jenis, OffsetDateTime mulai) {
        String dasar = "aparatur-" + STEMPEL.format(mulai.atZoneSameInstant(clock.getZone())) + "-"
                + jenis.name().toLowerCase(Locale.ROOT);
        String nama = dasar + ".zip";
        for (int i = 2; Files.exists(folder.resolve(nama)); i++) {
            nama = dasar + "-" + i + ".zip";
        }
        return nama;
    }

    private void siapkanFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (posix()) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    /** Backups hold the personal data of every pegawai: only the server's user may read them. */
    private static void buatBerkasPribadi(Path p) throws IOException {
        Files.deleteIfExists(p);
        if (posix()) {
            Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(p);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void pindahkan(Path dari, Path ke) throws IOException {
        try {
            Files.move(dari, ke, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(dari, ke, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void hapusDiam(@Nullable Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Berkas sementara {} tidak dapat dihapus", p);
            }
        }
    }
}
