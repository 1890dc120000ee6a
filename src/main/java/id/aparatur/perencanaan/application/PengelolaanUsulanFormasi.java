package id.aparatur.perencanaan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.Rinci;
import id.aparatur.perencanaan.domain.BarisUsulanFormasi;
import id.aparatur.perencanaan.domain.LangkahUsulanFormasi;
import id.aparatur.perencanaan.domain.StatusUsulanFormasi;
import id.aparatur.perencanaan.domain.UsulanFormasi;
import id.aparatur.perencanaan.domain.UsulanFormasi.UbahBaris;
import id.aparatur.perencanaan.domain.UsulanFormasiRepository;
import id.aparatur.shared.DataTidakDitemukanException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the usulan formasi: BKD starts one from a cascade run's formation, changes its rows (jumlah lowered,
 * never raised above the computed vacancies; jenis pengadaan CPNS or PPPK) and submits it; the PPK approves or returns
 * it. Each is load → act on the {@link UsulanFormasi} aggregate → save (one guarded update, the trail step) → audit,
 * in one transaction; of two concurrent decisions exactly one is taken. Each answers the proposal as it is afterwards.
 */
@Service
@Transactional
public class PengelolaanUsulanFormasi {

    static final String ENTITAS = "USULAN_FORMASI";

    private final UsulanFormasiRepository repo;
    private final UsulanFormasiQuery query;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanUsulanFormasi(
            UsulanFormasiRepository repo,
            UsulanFormasiQuery query,
            CakupanPengguna cakupan,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repo = repo;
        this.query = query;
        this.cakupan = cakupan;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a proposal from the formation of a cascade run: one row per jabatan, jumlah usulan = lowongan.
     *
     * @return the new proposal
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Rinci buat(long kaskadeId, int tahun, @Nullable String judul) {
        UsulanFormasi baru = UsulanFormasi.buat(
                tahun, judul, kaskadeId, repo.jumlahBarisFormasi(kaskadeId), oleh(), OffsetDateTime.now(clock));
        long id = repo.tambah(baru);
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("tahun", tahun);
        sesudah.put("judul", baru.judul());
        sesudah.put("kaskadeId", kaskadeId);
        sesudah.put("status", StatusUsulanFormasi.DRAF);
        events.publishEvent(new DataDiubah(
                ENTITAS,
                String.valueOf(id),
                "BUAT",
                null,
                "Usulan formasi " + tahun + " dari kaskade " + kaskadeId,
                null,
                sesudah));
        return query.rinci(id);
    }

    /**
     * Changes rows of a draft (or returned) proposal; all rows are validated before anything is written.
     *
     * @return the proposal after the change
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Rinci ubahBaris(long id, List<UbahBaris> ubah, int versi) {
        UsulanFormasi u = muat(id).ubahBaris(ubah, versi);
        repo.simpan(u);
        if (u.perubahan().isEmpty()) {
            return query.rinci(id);
        }
        List<Map<String, Object>> sebelum =
                u.perubahan().stream().map(p -> jejakBaris(p.sebelum())).toList();
        List<Map<String, Object>> sesudah =
                u.perubahan().stream().map(p -> jejakBaris(p.sesudah())).toList();
        events.publishEvent(new DataDiubah(
                ENTITAS,
                String.valueOf(id),
                "UBAH",
                null,
                sesudah.size() + " baris usulan formasi diubah",
                sebelum,
                sesudah));
        return query.rinci(id);
    }

    /** BKD submits the proposal to the PPK. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Rinci ajukan(long id, int versi) {
        return transisi(id, "AJUKAN", u -> u.ajukan(versi, oleh(), OffsetDateTime.now(clock)));
    }

    /** The PPK approves: final. */
    @PreAuthorize("hasRole('PPK')")
    public Rinci setujui(long id, int versi, @Nullable String catatan) {
        return transisi(id, "SETUJUI", u -> u.setujui(versi, catatan, oleh(), OffsetDateTime.now(clock)));
    }

    /** The PPK returns it to BKD with a mandatory note. */
    @PreAuthorize("hasRole('PPK')")
    public Rinci kembalikan(long id, int versi, @Nullable String catatan) {
        return transisi(id, "KEMBALIKAN", u -> u.kembalikan(versi, catatan, oleh(), OffsetDateTime.now(clock)));
    }

    /** Load → the step → one guarded save → audit of the step (only the winner of a race gets this far). */
    private Rinci transisi(long id, String aksi, UnaryOperator<UsulanFormasi> langkah) {
        UsulanFormasi u = langkah.apply(muat(id));
        repo.simpan(u);
        LangkahUsulanFormasi l = Objects.requireNonNull(u.langkah());
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", l.ke());
        if (l.catatan() != null) {
            sesudah.put("catatan", l.catatan());
        }
        events.publishEvent(new DataDiubah(
                ENTITAS,
                String.valueOf(id),
                aksi,
                null,
                "Usulan formasi " + u.tahun() + ": " + l.dari() + " → " + l.ke(),
                Map.of("status", Objects.requireNonNull(l.dari())),
                sesudah));
        return query.rinci(id);
    }

    private UsulanFormasi muat(long id) {
        return repo.cari(id).orElseThrow(() -> new DataTidakDitemukanException("UsulanFormasi", id));
    }

    private String oleh() {
        return cakupan.saatIni().username();
    }

    private static Map<String, Object> jejakBaris(BarisUsulanFormasi b) {
        return Map.of(
                "jabatanId",
                b.jabatanId(),
                "jumlahUsulan",
                b.jumlahUsulan(),
                "jenisPengadaan",
                b.jenisPengadaan(),
                "keterangan",
                b.keterangan() == null ? "" : b.keterangan());
    }
}
