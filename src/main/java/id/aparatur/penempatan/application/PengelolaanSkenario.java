package id.aparatur.penempatan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.pegawai.MutasiBerlaku;
import id.aparatur.pegawai.MutasiDitetapkan;
import id.aparatur.pegawai.MutasiDitetapkan.Mutasi;
import id.aparatur.penempatan.domain.KeputusanMutasi;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.domain.StatusSkenario;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import id.aparatur.sistem.Transisi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final CakupanSkenario cakupanSkenario;
    private final PelaksanaSkenario pelaksana;
    private final JdbcClient jdbc;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    PengelolaanSkenario(SkenarioRepository repo, CakupanSkenario cakupanSkenario, PelaksanaSkenario pelaksana,
            JdbcClient jdbc, CakupanPengguna cakupan, ApplicationEventPublisher events, TransactionTemplate tx,
            Clock clock) {
        this.repo = repo;
        this.cakupanSkenario = cakupanSkenario;
        this.pelaksana = pelaksana;
        this.jdbc = jdbc;
        this.cakupan = cakupan;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long buat(PengaturanSkenario p) {
        periksa(p);
        long id = repo.buat(p, null, cakupan.saatIni().username(), OffsetDateTime.now(clock));
        audit(id, "BUAT", "Skenario penempatan dibuat: " + p.nama(), null, Map.of("status", "DRAF"));
        return id;
    }

    /** A new draft with the same settings, pins and exclusions; the original stays as it is. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long salin(long id, @Nullable String nama) {
        SkenarioRepository.Kepala k = repo.kepalaAtau404(id);
        PengaturanSkenario p = repo.pengaturan(id);
        String baru = nama == null || nama.isBlank() ? salinanNama(k.nama()) : nama.trim();
        long idBaru = repo.buat(p.denganNama(baru), id, cakupan.saatIni().username(), OffsetDateTime.now(clock));
        audit(idBaru, "BUAT", "Skenario penempatan disalin dari " + id + ": " + baru, null, Map.of("asal", id));
        return idBaru;
    }

    /**
     * The draft in which the pins and exclusions chosen on the result of {@code id} are collected: the newest draft
     * copied from it that has not run yet, or a new copy. The original scenario and its result stay unchanged.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long turunan(long id) {
        // Locks the original: two pins chosen at once on a result land in one draft copy, not in two.
        jdbc.sql("SELECT id FROM penempatan.skenario WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
        return jdbc.sql("SELECT max(id) FROM penempatan.skenario WHERE asal_id = ? AND status = 'DRAF' AND NOT diarsipkan")
                .param(id).query(Long.class).optional().orElseGet(() -> salin(id, null));
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void tambahKunci(long id, String nip, long jabatanId) {
        PengaturanSkenario p = pengaturanDraf(id);
        String n = nip.replace(" ", "");
        List<Galat> g = cakupanSkenario.periksaKunci(p, n, jabatanId);
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        Map<String, Long> kunci = new LinkedHashMap<>(p.dikunci());
        kunci.put(n, jabatanId);
        Set<String> kecuali = new HashSet<>(p.pegawaiDikecualikan());
        kecuali.remove(n);
        Set<Long> kecualiJabatan = new HashSet<>(p.jabatanDikecualikan());
        kecualiJabatan.remove(jabatanId);
        ganti(id, new PengaturanSkenario(p.nama(), p.cakupanOpd(), p.cakupanJenjang(), p.bobot(), p.rumpunSama(),
                p.kecualikanHukuman(), p.kecualikanJpt(), kunci, kecuali, kecualiJabatan));
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void kecualikanPegawai(long id, String nip, boolean kecualikan) {
        PengaturanSkenario p = pengaturanDraf(id);
        String n = nip.replace(" ", "");
        Set<String> kecuali = new HashSet<>(p.pegawaiDikecualikan());
        Map<String, Long> kunci = new LinkedHashMap<>(p.dikunci());
        if (kecualikan) {
            if (jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE nip = ?").param(n).query(Long.class).single() == 0) {
                throw new ValidasiException("nip", "penempatan.kunci.pegawai-tidak-dikenal");
            }
            kecuali.add(n);
            kunci.remove(n);
        } else {
            kecuali.remove(n);
        }
        ganti(id, new PengaturanSkenario(p.nama(), p.cakupanOpd(), p.cakupanJenjang(), p.bobot(), p.rumpunSama(),
                p.kecualikanHukuman(), p.kecualikanJpt(), kunci, kecuali, p.jabatanDikecualikan()));
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void hapusKunci(long id, String nip) {
        PengaturanSkenario p = pengaturanDraf(id);
        Map<String, Long> kunci = new LinkedHashMap<>(p.dikunci());
        kunci.remove(nip.replace(" ", ""));
        ganti(id, new PengaturanSkenario(p.nama(), p.cakupanOpd(), p.cakupanJenjang(), p.bobot(), p.rumpunSama(),
                p.kecualikanHukuman(), p.kecualikanJpt(), kunci, p.pegawaiDikecualikan(), p.jabatanDikecualikan()));
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void kecualikanJabatan(long id, long jabatanId, boolean kecualikan) {
        PengaturanSkenario p = pengaturanDraf(id);
        Set<Long> kecuali = new HashSet<>(p.jabatanDikecualikan());
        Map<String, Long> kunci = new LinkedHashMap<>(p.dikunci());
        if (kecualikan) {
            if (jdbc.sql("SELECT count(*) FROM organisasi.jabatan WHERE id = ?").param(jabatanId).query(Long.class)
                    .single() == 0) {
                throw new ValidasiException("jabatanId", "penempatan.kunci.jabatan-tidak-dikenal");
            }
            kecuali.add(jabatanId);
            kunci.values().removeIf(j -> j == jabatanId);
        } else {
            kecuali.remove(jabatanId);
        }
        ganti(id, new PengaturanSkenario(p.nama(), p.cakupanOpd(), p.cakupanJenjang(), p.bobot(), p.rumpunSama(),
                p.kecualikanHukuman(), p.kecualikanJpt(), kunci, p.pegawaiDikecualikan(), kecuali));
    }

    /** Starts the run in the background; the page polls the progress. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void jalankan(long id) {
        SkenarioRepository.Kepala k = repo.kepalaAtau404(id);
        if (k.diarsipkan() || !k.status().dapatDijalankan()) {
            throw new KonflikException("penempatan.tidak-dapat-dijalankan", "Skenario " + id + " berstatus " + k.status());
        }
        periksa(repo.pengaturan(id));
        Transisi.ubah(jdbc, "penempatan.skenario", id)
                .set("""
                        status = 'BERJALAN', progres = 0, tahap = 'MENUNGGU', pesan_galat = NULL,
                        dijalankan_pada = :kini, selesai_pada = NULL, versi = versi + 1""")
                .param("kini", OffsetDateTime.now(clock)).dari(k.status()).syarat("NOT diarsipkan")
                .jalankan("Skenario", "penempatan.tidak-dapat-dijalankan", "Skenario " + id + " sudah dijalankan");
        audit(id, "JALANKAN", "Skenario penempatan dijalankan: " + k.nama(), Map.of("status", k.status().name()),
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
        SkenarioRepository.Kepala k = repo.kepalaAtau404(id);
        if (k.diarsipkan() || k.status() != StatusSkenario.SELESAI) {
            throw new KonflikException("penempatan.tidak-dapat-disetujui", "Skenario " + id + " berstatus " + k.status());
        }
        if (!Boolean.TRUE.equals(k.sertifikatSah())) {
            throw new KonflikException("penempatan.sertifikat-tidak-sah", "Sertifikat optimalitas tidak sah");
        }
        pastikanDataBelumBerubah(id);
        Transisi.ubah(jdbc, "penempatan.skenario", id)
                .set("status = 'DISETUJUI', disetujui_oleh = :oleh, disetujui_pada = :kini, versi = versi + 1")
                .param("oleh", cakupan.saatIni().username()).param("kini", OffsetDateTime.now(clock))
                .dari(StatusSkenario.SELESAI).syarat("NOT diarsipkan AND sertifikat_sah")
                .jalankan("Skenario", "penempatan.tidak-dapat-disetujui", "Skenario " + id + " sudah diputus");
        audit(id, "SETUJUI", "Skenario penempatan disetujui: " + k.nama(), Map.of("status", "SELESAI"),
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
        List<Galat> g = sk.periksa(hariIni);
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        SkenarioRepository.Kepala k = repo.kepalaAtau404(id);
        if (k.diarsipkan() || k.status() != StatusSkenario.DISETUJUI) {
            throw new KonflikException("penempatan.tidak-dapat-ditetapkan", "Skenario " + id + " berstatus " + k.status());
        }
        pastikanDataBelumBerubah(id);
        String oleh = cakupan.saatIni().username();
        boolean berlaku = !sk.tmt().isAfter(hariIni);
        OffsetDateTime kini = OffsetDateTime.now(clock);
        // The guarded update comes before the mutation events: of two SK entries at once only one moves anybody.
        Transisi.ubah(jdbc, "penempatan.skenario", id)
                .set("""
                        status = 'DITETAPKAN', nomor_sk = :nomor, tanggal_sk = :tanggal, tmt = :tmt,
                        ditetapkan_oleh = :oleh, ditetapkan_pada = :kini, diterapkan_pada = :diterapkan,
                        versi = versi + 1""")
                .param("nomor", sk.nomorSk().trim()).param("tanggal", sk.tanggalSk()).param("tmt", sk.tmt())
                .param("oleh", oleh).param("kini", kini).param("diterapkan", berlaku ? kini : null)
                .dari(StatusSkenario.DISETUJUI).syarat("NOT diarsipkan")
                .jalankan("Skenario", "penempatan.tidak-dapat-ditetapkan", "Skenario " + id + " sudah ditetapkan");
        List<Mutasi> daftar = mutasi(id);
        String sumber = sumber(id, k.nama());
        events.publishEvent(new MutasiDitetapkan(sumber, sk.nomorSk().trim(), sk.tanggalSk(), sk.tmt(), oleh, daftar));
        if (berlaku) {
            events.publishEvent(new MutasiBerlaku(sumber, sk.nomorSk().trim(), sk.tmt(), daftar));
        }
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", "DITETAPKAN");
        sesudah.put("nomorSk", sk.nomorSk().trim());
        sesudah.put("tanggalSk", sk.tanggalSk().toString());
        sesudah.put("tmt", sk.tmt().toString());
        sesudah.put("jumlahMutasi", daftar.size());
        audit(id, "TETAPKAN", "SK mutasi " + sk.nomorSk().trim() + " ditetapkan dari skenario " + k.nama() + " ("
                + daftar.size() + " pegawai, TMT " + sk.tmt() + ")", Map.of("status", "DISETUJUI"), sesudah);
        return daftar.size();
    }

    /** Archived scenarios are hidden from the list, never deleted; an archive can be undone. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void arsipkan(long id, boolean arsip) {
        SkenarioRepository.Kepala k = repo.kepalaAtau404(id);
        if (k.status() == StatusSkenario.BERJALAN) {
            throw new KonflikException("penempatan.sedang-berjalan", "Skenario sedang berjalan");
        }
        Transisi.ubah(jdbc, "penempatan.skenario", id)
                .set("diarsipkan = :arsip, diarsipkan_oleh = :oleh, diarsipkan_pada = :kini, versi = versi + 1")
                .param("arsip", arsip).param("oleh", arsip ? cakupan.saatIni().username() : null)
                .param("kini", arsip ? OffsetDateTime.now(clock) : null)
                .syarat("status <> 'BERJALAN'").dariKolom("diarsipkan", !arsip)
                .jalankan("Skenario", "galat.409.versi", "Skenario " + id + " berjalan atau sudah diarsipkan");
        audit(id, arsip ? "ARSIPKAN" : "PULIHKAN", (arsip ? "Skenario diarsipkan: " : "Skenario dipulihkan: ")
                + k.nama(), Map.of("diarsipkan", !arsip), Map.of("diarsipkan", arsip));
    }

    /**
     * Applies the decisions whose TMT has arrived to the employees' current jabatan. Runs daily shortly after midnight
     * ({@code aparatur.penempatan.jadwal-penerapan}) and once at start-up (for a server that was off at midnight).
     *
     * @return the number of scenarios applied
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int terapkanJatuhTempo(LocalDate hariIni) {
        List<Long> jatuhTempo = jdbc.sql("SELECT id FROM penempatan.skenario WHERE status = 'DITETAPKAN' "
                + "AND diterapkan_pada IS NULL AND tmt <= ? ORDER BY tmt, id").param(hariIni).query(Long.class).list();
        int n = 0;
        for (Long id : jatuhTempo) {
            Boolean ok = tx.execute(s -> {
                var baris = jdbc.sql("SELECT nama, nomor_sk, tmt FROM penempatan.skenario WHERE id = ? "
                                + "AND diterapkan_pada IS NULL FOR UPDATE SKIP LOCKED").param(id)
                        .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2),
                                rs.getObject(3, LocalDate.class)}).optional();
                if (baris.isEmpty()) {
                    return false;
                }
                Object[] b = baris.get();
                events.publishEvent(new MutasiBerlaku(sumber(id, (String) b[0]), (String) b[1], (LocalDate) b[2],
                        mutasi(id)));
                jdbc.sql("UPDATE penempatan.skenario SET diterapkan_pada = ?, versi = versi + 1 WHERE id = ?")
                        .params(OffsetDateTime.now(clock), id).update();
                audit(id, "TERAPKAN", "Mutasi berlaku (TMT " + b[2] + ") dari skenario " + b[0], null,
                        Map.of("diterapkan", true));
                return true;
            });
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

    private List<Mutasi> mutasi(long id) {
        return jdbc.sql("""
                        SELECT nip, jabatan_asal_id, jabatan_usulan_id FROM penempatan.usulan
                        WHERE skenario_id = ? AND status = 'DITEMPATKAN' AND jabatan_usulan_id IS DISTINCT FROM jabatan_asal_id
                        ORDER BY nip""").param(id)
                .query((rs, i) -> new Mutasi(rs.getString(1).trim(), (Long) rs.getObject(2), rs.getLong(3))).list();
    }

    /**
     * The result was computed on the employees' positions at run time; if any of them has changed position or left
     * since, the moves would no longer fit together (seats, chains of moves): run the scenario again instead.
     */
    private void pastikanDataBelumBerubah(long id) {
        long berubah = jdbc.sql("""
                        SELECT count(*) FROM penempatan.usulan u LEFT JOIN pegawai.pegawai p ON p.nip = u.nip
                        WHERE u.skenario_id = ? AND (p.nip IS NULL OR NOT p.aktif OR p.jabatan_id IS DISTINCT FROM u.jabatan_asal_id)""")
                .param(id).query(Long.class).single();
        if (berubah > 0) {
            throw new KonflikException("penempatan.data-berubah", berubah + " pegawai sudah berpindah jabatan "
                    + "atau nonaktif sejak skenario dijalankan");
        }
    }

    /**
     * The settings of a draft, read after a guarded version bump (still a draft, not archived): the bump locks the
     * scenario, so two changes at once are applied one after the other (none lost) and a run cannot start between the
     * read and the write.
     */
    private PengaturanSkenario pengaturanDraf(long id) {
        Transisi.ubah(jdbc, "penempatan.skenario", id).set("versi = versi + 1")
                .dari(StatusSkenario.DRAF).syarat("NOT diarsipkan")
                .jalankan("Skenario", "penempatan.bukan-draf", "Pengaturan hanya dapat diubah pada skenario DRAF");
        return repo.pengaturan(id);
    }

    private void ganti(long id, PengaturanSkenario p) {
        periksa(p);
        PengaturanSkenario lama = repo.pengaturan(id);
        repo.gantiAturan(id, p);
        audit(id, "UBAH", "Aturan skenario penempatan diubah: " + p.nama(), aturan(lama), aturan(p));
    }

    private static Map<String, Object> aturan(PengaturanSkenario p) {
        Map<String, Object> m = new HashMap<>();
        m.put("dikunci", p.dikunci());
        m.put("pegawaiDikecualikan", p.pegawaiDikecualikan());
        m.put("jabatanDikecualikan", p.jabatanDikecualikan());
        return m;
    }

    private static void periksa(PengaturanSkenario p) {
        List<Galat> g = p.periksa();
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
    }

    private static String salinanNama(String nama) {
        String s = nama + " (salinan)";
        return s.length() > PengaturanSkenario.PANJANG_NAMA_MAKS ? s.substring(0, PengaturanSkenario.PANJANG_NAMA_MAKS) : s;
    }

    private static String sumber(long id, String nama) {
        return "Skenario penempatan " + id + " " + nama;
    }

    private void audit(long id, String aksi, String ringkasan, @Nullable Object sebelum, @Nullable Object sesudah) {
        events.publishEvent(new DataDiubah("SKENARIO_PENEMPATAN", String.valueOf(id), aksi, null, ringkasan, sebelum,
                sesudah));
    }
}
