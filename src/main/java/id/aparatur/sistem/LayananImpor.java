package id.aparatur.sistem;

import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Runs the registered {@link Pengimpor}s on uploaded files, synchronously (API) or as a background job with progress
 * (import page). Before the importer sees a file, this service enforces the size limit
 * ({@code aparatur.impor.ukuran-maksimal}, default 50 MB), opens it ({@link BerkasTabel}), checks the header against
 * {@link Pengimpor#kolom()} and that there is at least one data row; every such problem, and every unreadable file,
 * becomes an {@link ImporDitolakException} with an Indonesian message. Nothing is written in any of these cases.
 *
 * <p>Background jobs run on a small pool ({@code aparatur.impor.pekerja}, 1 by default, at most 2, so an import of
 * 600,000 rows does not take the database from the users) with a bounded queue ({@code aparatur.impor.antrean},
 * default 5; a full queue answers 409). The uploader's {@code SecurityContext} goes with the job. Jobs are kept in
 * memory for {@link #UMUR_PEKERJAAN} after they end.
 */
@Service
public class LayananImpor {

    /** How long an ended job stays readable. */
    public static final Duration UMUR_PEKERJAAN = Duration.ofHours(2);

    private static final Logger LOG = LoggerFactory.getLogger(LayananImpor.class);

    private final Map<String, Pengimpor> pengimpor;
    private final MessageSource pesan;
    private final Clock clock;
    private final DataSize ukuranMaksimal;
    private final ThreadPoolExecutor pool;
    private final DelegatingSecurityContextExecutor pelaksana;
    private final Map<String, PekerjaanImpor> pekerjaan = new ConcurrentHashMap<>();

    LayananImpor(
            ObjectProvider<Pengimpor> semua,
            MessageSource pesan,
            Clock clock,
            @Value("${aparatur.impor.ukuran-maksimal:50MB}") DataSize ukuranMaksimal,
            @Value("${aparatur.impor.pekerja:1}") int pekerja,
            @Value("${aparatur.impor.antrean:5}") int antrean) {
        Map<String, Pengimpor> m = new LinkedHashMap<>();
        semua.orderedStream().sorted(Comparator.comparing(Pengimpor::jenis)).forEach(p -> {
            Pengimpor lain = m.putIfAbsent(p.jenis(), p);
            if (lain != null) {
                throw new IllegalStateException("Dua pengimpor untuk jenis '" + p.jenis() + "': "
                        + lain.getClass().getName() + " dan " + p.getClass().getName());
            }
        });
        this.pengimpor = m;
        this.pesan = pesan;
        this.clock = clock;
        this.ukuranMaksimal = ukuranMaksimal;
        int n = Math.max(1, Math.min(2, pekerja));
        AtomicInteger nomor = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                n, n, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, antrean)), r -> {
                    Thread t = new Thread(r, "impor-" + nomor.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.pelaksana = new DelegatingSecurityContextExecutor(pool);
    }

    /** The import page: every importer and the largest file accepted. */
    public record Beranda(List<Pengimpor> daftar, DataSize ukuranMaksimal) {}

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Beranda beranda() {
        return new Beranda(daftar(), ukuranMaksimal);
    }

    /** Every registered importer, by {@link Pengimpor#jenis()}. */
    public List<Pengimpor> daftar() {
        return List.copyOf(pengimpor.values());
    }

    /**
     * The importer of {@code jenis} (its columns make the template); {@link DataTidakDitemukanException} (404) if
     * there is none.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Pengimpor pengimpor(String jenis) {
        return Optional.ofNullable(pengimpor.get(jenis))
                .orElseThrow(() -> new DataTidakDitemukanException("Pengimpor", jenis));
    }

    /** The largest file accepted ({@code aparatur.impor.ukuran-maksimal}). */
    public DataSize ukuranMaksimal() {
        return ukuranMaksimal;
    }

    /**
     * Imports the file now, in the caller's thread.
     *
     * @throws ImporDitolakException if the file or any row is invalid (nothing written)
     * @throws MaxUploadSizeExceededException if the file is larger than the limit (nothing written)
     * @throws DataTidakDitemukanException if there is no importer for {@code jenis}
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public HasilImpor imporSekarang(String jenis, MultipartFile berkas) {
        Pengimpor p = pengimpor(jenis);
        Path salinan = salin(berkas);
        try {
            return jalankan(p, salinan, nama(berkas), Progres.DIAM);
        } finally {
            hapus(salinan);
        }
    }

    /**
     * Copies the upload to a temporary file and imports it in the background.
     *
     * @param pemilik the username that may read the job
     * @return the job id for {@link #pekerjaan}
     * @throws MaxUploadSizeExceededException if the file is larger than the limit
     * @throws KonflikException if the queue is full
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public String imporLatar(String jenis, MultipartFile berkas, String pemilik) {
        Pengimpor p = pengimpor(jenis);
        bersihkan();
        Path salinan = salin(berkas);
        String id = UUID.randomUUID().toString();
        String nama = nama(berkas);
        pekerjaan.put(id, PekerjaanImpor.baru(id, jenis, nama, pemilik, clock.instant()));
        try {
            pelaksana.execute(() -> jalankanLatar(id, p, salinan, nama));
        } catch (RejectedExecutionException e) {
            pekerjaan.remove(id);
            hapus(salinan);
            throw new KonflikException("impor.antrean-penuh", "Antrean impor penuh");
        }
        return id;
    }

    /**
     * The state of a job of {@code pemilik}; {@link DataTidakDitemukanException} if it does not exist, has expired or
     * belongs to someone else.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public PekerjaanImpor pekerjaan(String id, String pemilik) {
        bersihkan();
        PekerjaanImpor p = pekerjaan.get(id);
        if (p == null || !p.pemilik().equals(pemilik)) {
            throw new DataTidakDitemukanException("Pekerjaan impor", id);
        }
        return p;
    }

    /** Checks, opens and hands the file to the importer; see the class comment. */
    HasilImpor jalankan(Pengimpor p, Path berkas, String namaAsli, Progres progres) {
        long awal = System.nanoTime();
        try (BerkasTabel b = BerkasTabel.buka(berkas, namaAsli)) {
            TabelMasuk tabel = new TabelMasuk(b, pesan);
            if (tabel.kepala().isEmpty()) {
                throw new BerkasTidakSahException("impor.berkas.kosong", namaAsli);
            }
            List<GalatImpor> kepala = tabel.periksaKepala(p.kolom());
            if (!kepala.isEmpty()) {
                throw new ImporDitolakException(kepala);
            }
            try (Stream<BarisMasuk> baris = tabel.baris()) {
                if (baris.findAny().isEmpty()) {
                    throw new BerkasTidakSahException("impor.berkas.kosong", namaAsli);
                }
            }
            HasilImpor h = p.impor(tabel, progres);
            LOG.info(
                    "Impor {} dari {} diterima: {} baris, {} ditambah, {} diubah ({} ms)",
                    p.jenis(),
                    namaAsli,
                    h.dibaca(),
                    h.ditambah(),
                    h.diubah(),
                    (System.nanoTime() - awal) / 1_000_000);
            return h;
        } catch (BerkasTidakSahException e) {
            LOG.info("Impor {} dari {} ditolak: {}", p.jenis(), namaAsli, e.kodePesan());
            throw new ImporDitolakException(List.of(GalatImpor.berkas(
                    pesan.getMessage(e.kodePesan(), e.argumen(), e.kodePesan(), SistemConfiguration.INDONESIA))));
        } catch (ImporDitolakException e) {
            LOG.info("Impor {} dari {} ditolak: {} galat", p.jenis(), namaAsli, e.jumlahGalat());
            throw e;
        }
    }

    private void jalankanLatar(String id, Pengimpor p, Path berkas, String nama) {
        pekerjaan.computeIfPresent(id, (k, j) -> j.berjalan(clock.instant()));
        Progres progres = (selesai, total) -> {
            int persen = total <= 0 ? 0 : (int) Math.max(0, Math.min(99, selesai * 100 / total));
            PekerjaanImpor j = pekerjaan.get(id);
            if (j != null && j.persen() != persen) {
                pekerjaan.computeIfPresent(id, (k, lama) -> lama.berakhir() ? lama : lama.denganPersen(persen));
            }
        };
        try {
            HasilImpor h = jalankan(p, berkas, nama, progres);
            pekerjaan.computeIfPresent(id, (k, j) -> j.selesai(h, clock.instant()));
        } catch (ImporDitolakException e) {
            pekerjaan.computeIfPresent(id, (k, j) -> j.ditolak(e, clock.instant()));
        } catch (RuntimeException | Error e) {
            LOG.error("Impor {} dari {} gagal", p.jenis(), nama, e);
            pekerjaan.computeIfPresent(id, (k, j) -> j.gagal(clock.instant()));
        } finally {
            hapus(berkas);
        }
    }

    private void bersihkan() {
        Instant batas = clock.instant().minus(UMUR_PEKERJAAN);
        pekerjaan.values().removeIf(p -> p.selesai() != null && p.selesai().isBefore(batas));
    }

    private Path salin(MultipartFile berkas) {
        if (berkas.getSize() > ukuranMaksimal.toBytes()) {
            throw new MaxUploadSizeExceededException(ukuranMaksimal.toBytes());
        }
        try {
            Path salinan = Files.createTempFile("aparatur-impor-", ".tmp");
            try (InputStream in = berkas.getInputStream()) {
                long n = Files.copy(in, salinan, StandardCopyOption.REPLACE_EXISTING);
                if (n > ukuranMaksimal.toBytes()) {
                    hapus(salinan);
                    throw new MaxUploadSizeExceededException(ukuranMaksimal.toBytes());
                }
            } catch (IOException | RuntimeException e) {
                hapus(salinan);
                throw e;
            }
            return salinan;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nama(MultipartFile berkas) {
        String n = berkas.getOriginalFilename();
        String dasar = n == null
                ? ""
                : n.substring(n.replace('\\', '/').lastIndexOf('/') + 1).strip();
        return dasar.isEmpty() ? "berkas" : dasar;
    }

    private static void hapus(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Berkas sementara {} tidak dapat dihapus", p);
        }
    }

    /** A size as people write it: {@code 50 MB}, {@code 64 KB}, {@code 1500 B}. */
    static String teksUkuran(long bita) {
        long mb = DataSize.ofMegabytes(1).toBytes();
        long kb = DataSize.ofKilobytes(1).toBytes();
        if (bita >= mb && bita % mb == 0) {
            return bita / mb + " MB";
        }
        if (bita >= kb && bita % kb == 0) {
            return bita / kb + " KB";
        }
        return bita + " B";
    }

    @PreDestroy
    void berhenti() {
        pool.shutdownNow();
    }
}
