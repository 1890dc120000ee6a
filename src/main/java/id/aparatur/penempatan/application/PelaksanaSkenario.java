package id.aparatur.penempatan.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.penempatan.application.Cuplikan.JabatanCuplikan;
import id.aparatur.penempatan.application.Cuplikan.PegawaiCuplikan;
import id.aparatur.penempatan.application.Cuplikan.SyaratSkj;
import id.aparatur.penempatan.application.HasilSkenarioRepository.BarisUsulan;
import id.aparatur.penempatan.domain.AlasanPengecualian;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.domain.SkenarioPenempatan;
import id.aparatur.penempatan.domain.SkenarioRepository;
import id.aparatur.penempatan.domain.StatusUsulan;
import id.aparatur.penempatan.mesin.GarisDasar;
import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.MasalahTidakValidException;
import id.aparatur.penempatan.mesin.MesinPenempatan;
import id.aparatur.penempatan.mesin.PemeriksaSertifikat;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs scenarios in the background: one worker thread (the engine uses the CPU fully; two solves at once would only
 * share it) and a small queue ({@code aparatur.penempatan.antrean}, default 5; a full queue answers 409). Progress and
 * state live in the scenario row, so any page (and any server restart) sees them: a scenario left {@code BERJALAN} by
 * a restart is marked {@code GAGAL} at start-up and can be run again. The result is written in one transaction.
 */
@Component
class PelaksanaSkenario {

    private static final Logger LOG = LoggerFactory.getLogger(PelaksanaSkenario.class);

    private final SkenarioRepository repo;
    private final HasilSkenarioRepository hasil;
    private final PembangunMasalah pembangun;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final ApplicationEventPublisher events;
    /** For {@link #gagal}, which may run in the after-commit callback of the request that started the run. */
    private final TransactionTemplate txBaru;

    PelaksanaSkenario(
            SkenarioRepository repo,
            HasilSkenarioRepository hasil,
            PembangunMasalah pembangun,
            TransactionTemplate tx,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${aparatur.penempatan.antrean:5}") int antrean) {
        this.events = events;
        this.txBaru = new TransactionTemplate(tx.getTransactionManager());
        txBaru.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.repo = repo;
        this.hasil = hasil;
        this.pembangun = pembangun;
        this.tx = tx;
        this.clock = clock;
        this.pool = new ThreadPoolExecutor(
                1, 1, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, antrean)), r -> {
                    Thread t = new Thread(r, "skenario-penempatan");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void berhenti() {
        pool.shutdownNow();
    }

    /** Scenarios interrupted by a restart cannot be resumed: they fail (audited) and may be run again. */
    @EventListener(ApplicationReadyEvent.class)
    void pulihkan() {
        List<Long> berjalan = repo.idBerjalan();
        berjalan.forEach(id -> gagal(id, "Terputus karena aplikasi dimulai ulang; jalankan lagi."));
        if (!berjalan.isEmpty()) {
            LOG.warn("{} skenario penempatan yang terputus ditandai GAGAL", berjalan.size());
        }
    }

    /** Queues the run of a scenario already marked {@code BERJALAN} by the caller (after its transaction commits). */
    void kirim(long id) {
        try {
            pool.execute(() -> jalankan(id));
        } catch (RejectedExecutionException e) {
            gagal(id, "Antrean skenario penuh; coba lagi nanti.");
            throw new KonflikException("penempatan.antrean-penuh", "Antrean skenario penuh");
        }
    }

    void jalankan(long id) {
        try {
            repo.catatProgres(id, 5, "MEMUAT");
            PengaturanSkenario p = repo.findById(id)
                    .orElseThrow(() -> new DataTidakDitemukanException("Skenario", id))
                    .pengaturan();
            Cuplikan c = pembangun.bangun(p, LocalDate.now(clock));
            repo.catatProgres(id, 30, "MENYELESAIKAN");
            Instans in = Instans.kompilasi(c.masalah());
            HasilOptimasi h = MesinPenempatan.selesaikan(in);
            repo.catatProgres(id, 75, "MENYIMPAN");
            simpan(id, c, in, h);
        } catch (MasalahTidakValidException e) {
            gagal(
                    id,
                    e.galat().stream()
                            .limit(20)
                            .map(g -> g.lokasi() + ": " + g.pesan())
                            .collect(Collectors.joining("\n")));
        } catch (PembangunMasalah.AturanTidakBerlakuException e) {
            gagal(id, String.valueOf(e.getMessage()));
        } catch (RuntimeException | Error e) {
            LOG.error("Skenario penempatan {} gagal", id, e);
            gagal(id, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** A run that failed: GAGAL and audited, if the scenario is still running (nothing else moved it meanwhile). */
    private void gagal(long id, String pesan) {
        txBaru.executeWithoutResult(s -> repo.findByIdForUpdate(id)
                .filter(sk -> sk.status() == StatusSkenario.BERJALAN)
                .ifPresent(sk -> {
                    SkenarioPenempatan gagal = repo.update(sk.gagal(pesan, OffsetDateTime.now(clock)));
                    audit(id, "GAGAL", String.valueOf(gagal.jalannya().pesanGalat()));
                }));
    }

    /** The outcome of a run, audited as the system (the run has no user; who started it is in the JALANKAN row). */
    private void audit(long id, String aksi, String keterangan) {
        String r = "Skenario penempatan " + id + " " + aksi.toLowerCase(java.util.Locale.ROOT) + ": " + keterangan;
        events.publishEvent(new DataDiubah(
                "SKENARIO_PENEMPATAN",
                String.valueOf(id),
                aksi,
                null,
                r.length() > 500 ? r.substring(0, 500) : r,
                Map.of("status", "BERJALAN"),
                Map.of("status", aksi)));
    }

    /**
     * Stores the result in one transaction, holding the scenario: only while it is still running (a restart may have
     * failed it meanwhile; then nothing is written).
     */
    private void simpan(long id, Cuplikan c, Instans in, HasilOptimasi h) {
        List<BarisUsulan> baris = new ArrayList<>();
        int[] terisi = new int[c.jabatan().size()];
        for (int e = 0; e < c.peserta().size(); e++) {
            PegawaiCuplikan pc = c.peserta().get(e);
            int j = h.penempatan()[e];
            int asal = in.jabatanSaatIni(e);
            Long biayaAsal = asal >= 0 ? in.biaya(e, asal) : null;
            Long kesAsal = asal >= 0 ? in.rincian(e, asal).kesenjangan() : null;
            Kecocokan kAsal = pc.jabatanId() == null ? null : Kecocokan.hitung(skj(c, pc.jabatanId()), pc.kompetensi());
            if (j >= 0) {
                terisi[j]++;
                JabatanCuplikan jc = c.jabatan().get(j);
                baris.add(new BarisUsulan(
                        pc,
                        StatusUsulan.DITEMPATKAN,
                        null,
                        jc,
                        h.biaya()[e],
                        in.rincian(e, j),
                        biayaAsal,
                        kesAsal,
                        kAsal,
                        Kecocokan.hitung(skj(c, jc.id()), pc.kompetensi()),
                        h.potensialPegawai()[e]));
            } else if (j == HasilOptimasi.TIDAK_DITEMPATKAN) {
                baris.add(new BarisUsulan(
                        pc,
                        StatusUsulan.TIDAK_DITEMPATKAN,
                        null,
                        null,
                        h.biaya()[e],
                        null,
                        biayaAsal,
                        kesAsal,
                        kAsal,
                        null,
                        h.potensialPegawai()[e]));
            } else {
                baris.add(new BarisUsulan(
                        pc,
                        StatusUsulan.DIKECUALIKAN,
                        AlasanPengecualian.MANUAL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        kAsal,
                        null,
                        null));
            }
        }
        for (PegawaiCuplikan pc : c.dikecualikan()) {
            Kecocokan kAsal = pc.jabatanId() == null ? null : Kecocokan.hitung(skj(c, pc.jabatanId()), pc.kompetensi());
            baris.add(new BarisUsulan(
                    pc, StatusUsulan.DIKECUALIKAN, pc.alasan(), null, null, null, null, null, kAsal, null, null));
        }
        int lowongan = 0;
        for (int j = 0; j < c.jabatan().size(); j++) {
            if (!c.jabatan().get(j).dikecualikan()) {
                lowongan += Math.max(0, c.jabatan().get(j).kuotaEfektif() - terisi[j]);
            }
        }
        Ringkasan r = ringkas(
                baris,
                lowongan,
                GarisDasar.statusQuo(in).totalBiaya(),
                GarisDasar.serakah(in).totalBiaya());
        // The solver's own claim (dual = primal) and the independent checker over every allowed pair.
        PemeriksaSertifikat.Putusan putusan = PemeriksaSertifikat.periksa(h);
        boolean sah = h.nilaiDual() == h.totalBiaya() && putusan.sah() && putusan.totalBiaya() == h.totalBiaya();
        if (!sah) {
            LOG.error("Sertifikat skenario {} tidak sah: {}", id, putusan.pelanggaran());
        }
        tx.executeWithoutResult(s -> {
            SkenarioPenempatan sk =
                    repo.findByIdForUpdate(id).orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
            SkenarioPenempatan selesai = sk.selesai(sah, OffsetDateTime.now(clock));
            hasil.simpan(id, c, baris, h, r);
            repo.update(selesai);
            audit(
                    id,
                    "SELESAI",
                    r.ditempatkan() + " dari " + r.peserta() + " pegawai ditempatkan, total biaya " + h.totalBiaya()
                            + (sah ? ", sertifikat optimalitas sah" : ", sertifikat optimalitas TIDAK sah"));
        });
    }

    private static List<SyaratSkj> skj(Cuplikan c, long jabatanId) {
        return c.skj().getOrDefault(jabatanId, List.of());
    }

    private Ringkasan ringkas(List<BarisUsulan> baris, int lowongan, long biayaStatusQuo, long biayaSerakah) {
        int peserta = 0;
        int ditempatkan = 0;
        int tidak = 0;
        int pindah = 0;
        int tetap = 0;
        int samaKelas = 0;
        int naik = 0;
        int turun = 0;
        int kurang = 0;
        long kesSebelum = 0;
        long kesSesudah = 0;
        long gapSebelum = 0;
        long gapSesudah = 0;
        BigDecimal jumlahJpmSebelum = BigDecimal.ZERO;
        int nJpmSebelum = 0;
        BigDecimal jumlahJpmSesudah = BigDecimal.ZERO;
        int nJpmSesudah = 0;
        Integer[] sebelum = new Integer[12];
        Integer[] sesudah = new Integer[12];
        Arrays.fill(sebelum, 0);
        Arrays.fill(sesudah, 0);
        Map<String, Integer> dikecualikan = new LinkedHashMap<>();
        for (BarisUsulan b : baris) {
            if (b.status() == StatusUsulan.DIKECUALIKAN) {
                dikecualikan.merge(String.valueOf(b.alasan()), 1, Integer::sum);
                continue;
            }
            peserta++;
            if (b.asal() != null) {
                sebelum[Kecocokan.pita(b.asal().jpm())]++;
                jumlahJpmSebelum = jumlahJpmSebelum.add(b.asal().jpm());
                nJpmSebelum++;
                gapSebelum += b.asal().gapLevel();
            } else {
                sebelum[11]++;
            }
            if (b.kesenjanganAsal() != null) {
                kesSebelum += b.kesenjanganAsal();
            }
            if (b.status() == StatusUsulan.TIDAK_DITEMPATKAN) {
                tidak++;
                sesudah[11]++;
                continue;
            }
            ditempatkan++;
            JabatanCuplikan u = b.usulan();
            if (u.id() == (b.e().jabatanId() == null ? -1 : b.e().jabatanId())) {
                tetap++;
            } else {
                pindah++;
            }
            if (u.kelas() == b.e().kelas()) {
                samaKelas++;
            } else if (u.kelas() > b.e().kelas()) {
                naik++;
            } else {
                turun++;
            }
            if (b.rincian().kesenjangan() > 0) {
                kurang++;
            }
            kesSesudah += b.rincian().kesenjangan();
            gapSesudah += b.baru().gapLevel();
            sesudah[Kecocokan.pita(b.baru().jpm())]++;
            jumlahJpmSesudah = jumlahJpmSesudah.add(b.baru().jpm());
            nJpmSesudah++;
        }
        return new Ringkasan(
                peserta,
                dikecualikan,
                ditempatkan,
                tidak,
                pindah,
                tetap,
                samaKelas,
                naik,
                turun,
                kurang,
                lowongan,
                kesSebelum,
                kesSesudah,
                gapSebelum,
                gapSesudah,
                rata(jumlahJpmSebelum, nJpmSebelum),
                rata(jumlahJpmSesudah, nJpmSesudah),
                List.of(sebelum),
                List.of(sesudah),
                biayaStatusQuo,
                biayaSerakah);
    }

    private static BigDecimal rata(BigDecimal jumlah, int n) {
        return n == 0 ? BigDecimal.ZERO : jumlah.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
