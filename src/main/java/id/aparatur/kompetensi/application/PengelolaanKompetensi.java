package id.aparatur.kompetensi.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.domain.Kompetensi;
import id.aparatur.kompetensi.domain.KompetensiRepository;
import id.aparatur.kompetensi.domain.RincianKompetensi;
import id.aparatur.shared.DataTidakDitemukanException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the kamus kompetensi: only BKD maintains the Pemda-wide dictionary. Every change is audited
 * ({@link DataDiubah}, entitas {@code KOMPETENSI}) in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN_BKD')")
public class PengelolaanKompetensi {

    static final String ENTITAS = "KOMPETENSI";

    private final KompetensiRepository repo;
    private final KompetensiQuery query;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final KamusKompetensi kamus;

    PengelolaanKompetensi(
            KompetensiRepository repo,
            KompetensiQuery query,
            ApplicationEventPublisher events,
            Clock clock,
            KamusKompetensi kamus) {
        this.kamus = kamus;
        this.repo = repo;
        this.query = query;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a new active entry and returns its kode. */
    public String buat(@Nullable String kode, RincianKompetensi rincian) {
        String k = kode == null ? null : kode.trim().toUpperCase(java.util.Locale.ROOT);
        Kompetensi baru = Kompetensi.buat(k, rincian, repo::rumpunAda, k != null && repo.existsByKode(k));
        repo.insert(baru);
        KompetensiRinci sesudah = query.rinci(baru.kode());
        events.publishEvent(new DataDiubah(
                ENTITAS,
                baru.kode(),
                "BUAT",
                null,
                "Kompetensi " + baru.kode() + " " + baru.nama() + " ditambahkan",
                null,
                sesudah));
        return baru.kode();
    }

    /**
     * Replaces the content of an active entry.
     *
     * @param versi the versi the user edited; a different stored versi means someone else changed it meanwhile
     * @throws OptimisticLockingFailureException on a stale versi
     */
    public void ubah(String kode, int versi, RincianKompetensi rincian) {
        Kompetensi lama = muat(kode);
        if (lama.versi() != versi) {
            throw new OptimisticLockingFailureException("Kompetensi " + kode + " versi " + versi + " usang");
        }
        KompetensiRinci sebelum = query.rinci(kode);
        repo.update(lama.ubah(rincian, repo::rumpunAda));
        events.publishEvent(new DataDiubah(
                ENTITAS, kode, "UBAH", null, "Kompetensi " + kode + " diubah", sebelum, query.rinci(kode)));
    }

    /**
     * Retires an entry as of {@code tanggal} (today when null). The reason is kept in the audit trail.
     *
     * @return the date the entry was retired as of
     */
    public LocalDate nonaktifkan(String kode, @Nullable LocalDate tanggal, String alasan) {
        Kompetensi lama = muat(kode);
        LocalDate per = tanggal == null ? LocalDate.now(clock) : tanggal;
        KompetensiRinci sebelum = query.rinci(kode);
        repo.update(lama.nonaktifkan(per));
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("kompetensi", query.rinci(kode));
        sesudah.put("alasan", alasan);
        events.publishEvent(new DataDiubah(
                ENTITAS,
                kode,
                "NONAKTIFKAN",
                null,
                "Kompetensi " + kode + " dinonaktifkan per " + per + ". Alasan: " + alasan,
                sebelum,
                sesudah));
        return per;
    }

    /** The edit form: the entry as it stands and the rumpun to choose from. */
    public record FormUbah(KompetensiRinci kompetensi, Map<String, String> rumpun) {}

    @Transactional(readOnly = true)
    public FormUbah formUbah(String kode) {
        return new FormUbah(query.rinci(kode), kamus.rumpun());
    }

    /** The entry as it stands, to fill the edit form. */
    @Transactional(readOnly = true)
    public KompetensiRinci untukDiubah(String kode) {
        return query.rinci(kode);
    }

    /** Rumpun jabatan (kode → nama) to choose from in the entry form. */
    @Transactional(readOnly = true)
    public Map<String, String> pilihanRumpun() {
        return kamus.rumpun();
    }

    private Kompetensi muat(String kode) {
        return repo.findByKode(kode).orElseThrow(() -> new DataTidakDitemukanException("Kompetensi", kode));
    }
}
