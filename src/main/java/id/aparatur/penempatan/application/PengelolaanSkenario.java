package id.aparatur.penempatan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.pegawai.MutasiBerlaku;
import id.aparatur.pegawai.MutasiDitetapkan;
import id.aparatur.pegawai.MutasiDitetapkan.Mutasi;
import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.penempatan.domain.KeputusanMutasi;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.domain.SkenarioPenempatan;
import id.aparatur.penempatan.domain.SkenarioRepository;
import id.aparatur.penempatan.domain.Tindakan;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Use cases of the placement scenarios (ADMIN_BKD only): create, copy, pin and exclude, run in the background, approve,
 * enter the SK, archive. Scenarios are never deleted. The SK turns the moves into mutation events that the pegawai
 * module applies ({@link MutasiDitetapkan}: riwayat jabatan now; {@link MutasiBerlaku}: current jabatan at the TMT — at
 * once when the TMT is today or earlier, otherwise by the daily job {@link #terapkanJatuhTempo}).
 */
@Service
@Transactional
public class PengelolaanSkenario {

    private static final Logger LOG = LoggerFactory.getLogger(PengelolaanSkenario.class);

    private final SkenarioRepository repo;
    private final HasilSkenarioRepository hasil;
    private final CakupanSkenario cakupanSkenario;
    private final PelaksanaSkenario pelaksana;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    PengelolaanSkenario(
            SkenarioRepository repo,
            HasilSkenarioRepository hasil,
            CakupanSkenario cakupanSkenario,
            PelaksanaSkenario pelaksana,
            CakupanPengguna cakupan,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Clock clock) {
        this.repo = repo;
        this.hasil = hasil;
        this.cakupanSkenario = cakupanSkenario;
        this.pelaksana = pelaksana;
        this.cakupan = cakupan;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Where a pin or exclusion chosen on a scenario went.
     *
     * @param drafId the draft that was changed
     * @param keDraf whether that is a draft copy (the scenario chosen on has a result and stays as it is)
     */
    public record PerubahanAturan(long drafId, boolean keDraf) {}

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long buat(PengaturanSkenario p) {
        SkenarioPenempatan s = repo.insert(SkenarioPenempatan.buat(p, null, tindakan()));
        audit(s, "BUAT", "Skenario penempatan dibuat: " + p.nama(), null, Map.of("status", "DRAF"));
        return id(s);
    }

    /** A new draft with the same settings, pins and exclusions; the original stays as it is. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long salin(long id, @Nullable String nama) {
        SkenarioPenempatan s = repo.insert(muat(id).salin(nama, tindakan()));
        audit(s, "BUAT", "Skenario penempatan disalin dari " + id + ": " + s.nama(), null, Map.of("asal", id));
        return id(s);
    }

    /**
     * The draft in which the pins and exclusions chosen on the result of {@code id} are collected: the newest draft
     * copied from it that has not run yet, or a new copy. The original scenario and its result stay unchanged.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long turunan(long id) {
        // Holds the original: two pins chosen at once on a result land in one draft copy, not in two.
        muatUntukDiubah(id);
        return repo.drafTurunanTerbaru(id).orElseGet(() -> salin(id, null));
    }

    /**
     * Pins {@code nip} to {@code jabatanId}: on a draft directly, on a scenario with a result in its draft copy
     * ({@link #turunan}). Everything is checked before a copy is made: a refused pin leaves nothing behind.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public PerubahanAturan kunci(long id, @Nullable String nip, @Nullable Long jabatanId) {
        List<Galat> g = new ArrayList<>();
        if (nip == null || nip.isBlank()) {
            g.add(new Galat("nip", "penempatan.kunci.pegawai-wajib"));
        }
        if (jabatanId == null) {
            g.add(new Galat("jabatanId", "penempatan.kunci.jabatan-wajib"));
        } else if (g.isEmpty()) {
            g.addAll(cakupanSkenario.periksaKunci(muat(id).pengaturan(), nip.replace(" ", ""), jabatanId));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        return padaDraf(id, d -> tambahKunci(d, nip, jabatanId));
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void tambahKunci(long id, String nip, long jabatanId) {
        SkenarioPenempatan s = muatUntukDiubah(id);
        String n = nip.replace(" ", "");
        ganti(s, s.kunci(n, jabatanId, cakupanSkenario.periksaKunci(s.pengaturan(), n, jabatanId)));
    }

    /** Removes a pin, on a draft or in the draft copy of a result. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public PerubahanAturan hapusKunci(long id, String nip) {
        return padaDraf(id, d -> {
            SkenarioPenempatan s = muatUntukDiubah(d);
            ganti(s, s.lepasKunci(nip));
        });
    }

    /** Leaves an employee out ({@code kecualikan}) or takes them back in, on a draft or in the draft copy of a result. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public PerubahanAturan kecualikanPegawai(long id, @Nullable String nip, boolean kecualikan) {
        if (nip == null || nip.isBlank()) {
            throw new ValidasiException("nip", "penempatan.kunci.pegawai-wajib");
        }
        return padaDraf(id, d -> {
            SkenarioPenempatan s = muatUntukDiubah(d);
            SkenarioPenempatan baru = s.kecualikanPegawai(nip, kecualikan);
            if (kecualikan && !cakupanSkenario.pegawaiAda(nip.replace(" ", ""))) {
                throw new ValidasiException("nip", "penempatan.kunci.pegawai-tidak-dikenal");
            }
            ganti(s, baru);
        });
    }

    /** Leaves a position out ({@code kecualikan}) or offers it again, on a draft or in the draft copy of a result. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public PerubahanAturan kecualikanJabatan(long id, @Nullable Long jabatanId, boolean kecualikan) {
        if (jabatanId == null) {
            throw new ValidasiException("jabatanId", "penempatan.kunci.jabatan-wajib");
        }
        return padaDraf(id, d -> {
            SkenarioPenempatan s = muatUntukDiubah(d);
            SkenarioPenempatan baru = s.kecualikanJabatan(jabatanId, kecualikan);
            if (kecualikan && !cakupanSkenario.jabatanAda(jabatanId)) {
                throw new ValidasiException("jabatanId", "penempatan.kunci.jabatan-tidak-dikenal");
            }
            ganti(s, baru);
        });
    }

    /** Starts the run in the background; the page polls the progress. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void jalankan(long id) {
        SkenarioPenempatan s = muatUntukDiubah(id);
        SkenarioPenempatan baru = repo.update(s.jalankan(OffsetDateTime.now(clock)));
        audit(
                baru,
                "JALANKAN",
                "Skenario penempatan dijalankan: " + s.nama(),
                Map.of("status", s.status().name()),
                Map.of("status", StatusSkenario.BERJALAN.name()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pelaksana.kirim(id);
                }
            });
        } else {
            pelaksana.kirim(id);
        }
    }

    /** A finished scenario whose certificate holds becomes the approved draft of the mutation list. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void setujui(long id) {
        SkenarioPenempatan s = muatUntukDiubah(id);
        SkenarioPenempatan baru = repo.update(s.setujui(tindakan(), hasil.pegawaiBerubah(id)));
        audit(
                baru,
                "SETUJUI",
                "Skenario penempatan disetujui: " + s.nama(),
                Map.of("status", "SELESAI"),
                Map.of("status", "DISETUJUI"));
    }

    /**
     * Enters the SK of an approved scenario: the moves go to the riwayat jabatan (with nomor SK, tanggal SK, TMT), and
     * to the employees' current jabatan when the TMT is today or earlier.
     *
     * @return the number of employees who move
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public int tetapkan(long id, KeputusanMutasi sk) {
        LocalDate hariIni = LocalDate.now(clock);
        SkenarioPenempatan s = muatUntukDiubah(id);
        // Stored before the mutation events: of two SK entries at once only one moves anybody.
        SkenarioPenempatan baru = repo.update(s.tetapkan(sk, tindakan(), hariIni, hasil.pegawaiBerubah(id)));
        KeputusanMutasi k = java.util.Objects.requireNonNull(baru.keputusan());
        String nomor = java.util.Objects.requireNonNull(k.nomorSk());
        List<Mutasi> daftar = hasil.mutasi(id);
        String sumber = sumber(id, s.nama());
        events.publishEvent(new MutasiDitetapkan(
                sumber,
                nomor,
                java.util.Objects.requireNonNull(k.tanggalSk()),
                java.util.Objects.requireNonNull(k.tmt()),
                java.util.Objects.requireNonNull(baru.ditetapkan()).oleh(),
                daftar));
        if (baru.diterapkanPada() != null) {
            events.publishEvent(new MutasiBerlaku(sumber, nomor, k.tmt(), daftar));
        }
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", "DITETAPKAN");
        sesudah.put("nomorSk", nomor);
        sesudah.put("tanggalSk", k.tanggalSk().toString());
        sesudah.put("tmt", k.tmt().toString());
        sesudah.put("jumlahMutasi", daftar.size());
        audit(
                baru,
                "TETAPKAN",
                "SK mutasi " + nomor + " ditetapkan dari skenario " + s.nama() + " (" + daftar.size() + " pegawai, TMT "
                        + k.tmt() + ")",
                Map.of("status", "DISETUJUI"),
                sesudah);
        return daftar.size();
    }

    /** Archived scenarios are hidden from the list, never deleted; an archive can be undone. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void arsipkan(long id, boolean arsip) {
        SkenarioPenempatan s = muatUntukDiubah(id);
        SkenarioPenempatan baru = repo.update(s.arsipkan(arsip, tindakan()));
        audit(
                baru,
                arsip ? "ARSIPKAN" : "PULIHKAN",
                (arsip ? "Skenario diarsipkan: " : "Skenario dipulihkan: ") + s.nama(),
                Map.of("diarsipkan", !arsip),
                Map.of("diarsipkan", arsip));
    }

    /**
     * Applies the decisions whose TMT has arrived to the employees' current jabatan. Runs daily shortly after midnight
     * ({@code aparatur.penempatan.jadwal-penerapan}) and once at start-up (for a server that was off at midnight).
     *
     * @return the number of scenarios applied
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int terapkanJatuhTempo(LocalDate hariIni) {
        int n = 0;
        for (Long id : repo.idJatuhTempo(hariIni)) {
            Boolean ok = tx.execute(t -> repo.findByIdForUpdateSkipLocked(id)
                    .filter(SkenarioPenempatan::menungguTmt)
                    .map(s -> {
                        KeputusanMutasi k = java.util.Objects.requireNonNull(s.keputusan());
                        events.publishEvent(new MutasiBerlaku(
                                sumber(id, s.nama()),
                                java.util.Objects.requireNonNull(k.nomorSk()),
                                java.util.Objects.requireNonNull(k.tmt()),
                                hasil.mutasi(id)));
                        SkenarioPenempatan baru = repo.update(s.terapkan(OffsetDateTime.now(clock)));
                        audit(
                                baru,
                                "TERAPKAN",
                                "Mutasi berlaku (TMT " + k.tmt() + ") dari skenario " + s.nama(),
                                null,
                                Map.of("diterapkan", true));
                        return true;
                    })
                    .orElse(false));
            if (Boolean.TRUE.equals(ok)) {
                n++;
            }
        }
        if (n > 0) {
            LOG.info("{} SK mutasi dari skenario penempatan mulai berlaku", n);
        }
        return n;
    }

    @Scheduled(cron = "${aparatur.penempatan.jadwal-penerapan:0 5 0 * * *}")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void terapkanHarian() {
        terapkanJatuhTempo(LocalDate.now(clock));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void terapkanSaatMulai() {
        terapkanJatuhTempo(LocalDate.now(clock));
    }

    /** Runs a change of rules on {@code id} if it is a draft, else on the draft copy of its result. */
    private PerubahanAturan padaDraf(long id, java.util.function.LongConsumer ubah) {
        long draf = muat(id).status() == StatusSkenario.DRAF ? id : turunan(id);
        ubah.accept(draf);
        return new PerubahanAturan(draf, draf != id);
    }

    private SkenarioPenempatan muat(long id) {
        return repo.findById(id).orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
    }

    /**
     * The scenario, held until the transaction ends: two changes at once are applied one after the other (none lost),
     * and a run cannot start between the read and the write.
     */
    private SkenarioPenempatan muatUntukDiubah(long id) {
        return repo.findByIdForUpdate(id).orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
    }

    private void ganti(SkenarioPenempatan lama, SkenarioPenempatan baru) {
        SkenarioPenempatan tersimpan = repo.update(baru);
        audit(
                tersimpan,
                "UBAH",
                "Aturan skenario penempatan diubah: " + baru.nama(),
                aturan(lama.pengaturan()),
                aturan(baru.pengaturan()));
    }

    private static Map<String, Object> aturan(PengaturanSkenario p) {
        Map<String, Object> m = new HashMap<>();
        m.put("dikunci", p.dikunci());
        m.put("pegawaiDikecualikan", p.pegawaiDikecualikan());
        m.put("jabatanDikecualikan", p.jabatanDikecualikan());
        return m;
    }

    private Tindakan tindakan() {
        return new Tindakan(cakupan.saatIni().username(), OffsetDateTime.now(clock));
    }

    private static long id(SkenarioPenempatan s) {
        return java.util.Objects.requireNonNull(s.id());
    }

    private static String sumber(long id, String nama) {
        return "Skenario penempatan " + id + " " + nama;
    }

    private void audit(
            SkenarioPenempatan s, String aksi, String ringkasan, @Nullable Object sebelum, @Nullable Object sesudah) {
        events.publishEvent(
                new DataDiubah("SKENARIO_PENEMPATAN", String.valueOf(id(s)), aksi, null, ringkasan, sebelum, sesudah));
    }
}
