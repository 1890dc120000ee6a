package id.aparatur.perencanaan.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.audit.DataDiubah;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.KebutuhanDitetapkan;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.perencanaan.application.AbkQuery.AbkRinci;
import id.aparatur.perencanaan.domain.Abk;
import id.aparatur.perencanaan.domain.AbkRepository;
import id.aparatur.perencanaan.domain.AturanAbk;
import id.aparatur.perencanaan.domain.StatusAbk;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektif;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektifRepository;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the ABK (PermenPANRB 1/2020): create a draft for a jabatan and year, replace its tasks, submit (OPD
 * head), finalise or return with a note (BKD), copy to the next year. PIMPINAN_OPD works on the positions of their own
 * OPD (others answer 404); ADMIN_BKD on all. Each is load → act on the {@link Abk} aggregate → save (one guarded
 * update) → audit, in one transaction; a final ABK publishes {@link KebutuhanDitetapkan} so the organisasi module
 * sets the jabatan's kuota in that transaction too. Each answers the ABK as it is afterwards.
 */
@Service
@Transactional
public class PengelolaanAbk {

    static final String ENTITAS = "ABK";

    private final AbkRepository repo;
    private final WaktuKerjaEfektifRepository tabelWke;
    private final AbkQuery query;
    private final StrukturOrganisasi organisasi;
    private final PengaturanAbk pengaturan;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanAbk(
            AbkRepository repo,
            WaktuKerjaEfektifRepository tabelWke,
            AbkQuery query,
            StrukturOrganisasi organisasi,
            PengaturanAbk pengaturan,
            CakupanPengguna cakupan,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repo = repo;
        this.tabelWke = tabelWke;
        this.query = query;
        this.organisasi = organisasi;
        this.pengaturan = pengaturan;
        this.cakupan = cakupan;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates the DRAF of {@code jabatanId} for {@code tahun} with the WKE in force on 1 January of that year and the
     * configured rounding rule.
     *
     * @return the new ABK
     * @throws KonflikException when the jabatan already has an ABK for that year
     */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PIMPINAN_OPD')")
    public AbkRinci buat(long jabatanId, int tahun) {
        Cakupan c = cakupan.saatIni();
        AturanAbk.periksaTahun(tahun);
        JabatanRingkas j = organisasi
                .jabatan(jabatanId)
                .filter(x -> bolehMengisi(c, x.opdId()))
                .orElseThrow(() -> new DataTidakDitemukanException("Jabatan", jabatanId));
        if (!j.aktif()) {
            throw new ValidasiException("jabatanId", "abk.jabatan.nonaktif");
        }
        if (repo.idUntuk(jabatanId, tahun).isPresent()) {
            throw new KonflikException("abk.sudah-ada", "ABK jabatan " + jabatanId + " tahun " + tahun + " sudah ada");
        }
        Abk baru = Abk.buat(jabatanId, j.opdId(), tahun, wke(tahun), pengaturan.aturanPembulatan());
        long id = repo.tambah(baru, c.username(), clock.instant());
        events.publishEvent(new DataDiubah(
                ENTITAS,
                String.valueOf(id),
                "BUAT",
                j.opdId(),
                "ABK dibuat: " + j.nama() + " tahun " + tahun,
                null,
                jejak(baru, false)));
        return query.rinci(id);
    }

    /**
     * Replaces the task list of an editable ABK (DRAF or DIKEMBALIKAN) and refreshes its WKE and rounding rule.
     * All-or-nothing: one broken row rejects the whole list.
     *
     * @param versi the version the user edited (optimistic locking)
     * @throws ValidasiException naming each broken field per row ({@code tugas[i].volume})
     * @throws KonflikException when the ABK is submitted or final, or the version is stale
     */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PIMPINAN_OPD')")
    public AbkRinci simpanTugas(long id, List<AturanAbk.Isian> isian, int versi) {
        Cakupan c = cakupan.saatIni();
        Abk lama = untukDiisi(c, id);
        Abk baru = lama.gantiTugas(isian, versi, wke(lama.tahun()), pengaturan.aturanPembulatan());
        repo.simpan(baru, c.username(), clock.instant());
        events.publishEvent(new DataDiubah(
                ENTITAS,
                String.valueOf(id),
                "UBAH",
                lama.opdId(),
                "Uraian tugas ABK diubah: " + namaJabatan(lama) + " tahun " + lama.tahun() + " ("
                        + lama.tugas().size() + " → " + baru.tugas().size() + " tugas, kebutuhan " + baru.kebutuhan()
                        + ")",
                jejak(lama, false),
                jejak(baru, true)));
        return query.rinci(id);
    }

    /**
     * The OPD head confirms the ABK of a position of their OPD: DRAF/DIKEMBALIKAN → DIAJUKAN. The WKE and rounding rule
     * are refreshed a last time and frozen from here on.
     */
    @PreAuthorize("hasRole('PIMPINAN_OPD')")
    public AbkRinci ajukan(long id) {
        return transisi(id, "ABK diajukan", a -> a.ajukan(wke(a.tahun()), pengaturan.aturanPembulatan()));
    }

    /**
     * BKD verifies a submitted ABK: DIAJUKAN → FINAL; its kebutuhan becomes the jabatan's kuota unless a later year is
     * already final for that jabatan (the latest final year keeps deciding K).
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public AbkRinci finalkan(long id) {
        return transisi(id, "ABK difinalkan", Abk::finalkan);
    }

    /** BKD returns a submitted ABK with a mandatory note: DIAJUKAN → DIKEMBALIKAN; the OPD can edit it again. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public AbkRinci kembalikan(long id, @Nullable String catatan) {
        return transisi(id, "ABK dikembalikan", a -> a.kembalikan(catatan));
    }

    /**
     * Copies the tasks of an ABK (any status) into a new DRAF for the next year, with that year's WKE.
     *
     * @return the new ABK
     * @throws KonflikException when the next year already has an ABK
     */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PIMPINAN_OPD')")
    public AbkRinci salin(long id) {
        Cakupan c = cakupan.saatIni();
        Abk asal = untukDiisi(c, id);
        int tahun = asal.tahun() + 1;
        AturanAbk.periksaTahun(tahun);
        if (repo.idUntuk(asal.jabatanId(), tahun).isPresent()) {
            throw new KonflikException("abk.salin.sudah-ada", "ABK tahun " + tahun + " sudah ada");
        }
        Abk baru = asal.salinKeTahunBerikut(wke(tahun), pengaturan.aturanPembulatan());
        long idBaru = repo.tambah(baru, c.username(), clock.instant());
        events.publishEvent(new DataDiubah(
                ENTITAS,
                String.valueOf(idBaru),
                "BUAT",
                asal.opdId(),
                "ABK disalin dari tahun " + asal.tahun() + ": " + namaJabatan(asal) + " tahun " + tahun,
                null,
                jejak(baru, true)));
        return query.rinci(idBaru);
    }

    /** Load (in scope) → the status step → one guarded save → audit; a final ABK sets the kuota. */
    private AbkRinci transisi(long id, String ringkas, UnaryOperator<Abk> langkah) {
        Cakupan c = cakupan.saatIni();
        Abk lama = untukDiisi(c, id);
        Abk baru = langkah.apply(lama);
        repo.simpan(baru, c.username(), clock.instant());
        Abk.Langkah l = Objects.requireNonNull(baru.langkah());
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", l.ke().name());
        sesudah.put("kebutuhan", baru.kebutuhan());
        sesudah.put("totalBebanMenit", baru.totalBebanMenit());
        if (l.catatan() != null) {
            sesudah.put("catatan", l.catatan());
        }
        events.publishEvent(new DataDiubah(
                ENTITAS,
                String.valueOf(id),
                "UBAH",
                lama.opdId(),
                ringkas + ": " + namaJabatan(lama) + " tahun " + lama.tahun() + " (" + l.dari() + " → " + l.ke() + ")"
                        + (l.catatan() == null ? "" : ". Catatan: " + l.catatan()),
                Map.of("status", l.dari().name()),
                sesudah));
        if (l.ke() == StatusAbk.FINAL && !repo.adaFinalSesudah(baru.jabatanId(), baru.tahun())) {
            events.publishEvent(
                    new KebutuhanDitetapkan(baru.jabatanId(), baru.tahun(), baru.kebutuhan(), c.username()));
        }
        return query.rinci(id);
    }

    /** The WKE for an ABK of {@code tahun}; a year before the first row cannot have an ABK. */
    private WaktuKerjaEfektif wke(int tahun) {
        return WaktuKerjaEfektif.untukTahun(tabelWke.semua(), tahun)
                .orElseThrow(() -> new ValidasiException("tahun", "abk.wke.tidak-ada"));
    }

    /** Loads an ABK the caller may fill: BKD everywhere, PIMPINAN_OPD in their own OPD; otherwise 404. */
    private Abk untukDiisi(Cakupan c, long id) {
        return repo.cari(id)
                .filter(a -> bolehMengisi(c, a.opdId()))
                .orElseThrow(() -> new DataTidakDitemukanException("ABK", id));
    }

    /** Others who see the OPD (the PPK, its employees) answer 403 rather than 404. */
    private static boolean bolehMengisi(Cakupan c, long opdId) {
        if (AksesAbk.pengisi(c, opdId)) {
            return true;
        }
        if (!c.punya(Peran.PIMPINAN_OPD) && c.melihatOpd(opdId)) {
            throw new AccessDeniedException("Hanya PIMPINAN_OPD dan ADMIN_BKD");
        }
        return false;
    }

    private String namaJabatan(Abk a) {
        return organisasi.jabatan(a.jabatanId()).map(JabatanRingkas::nama).orElse("jabatan " + a.jabatanId());
    }

    private static Map<String, Object> jejak(Abk a, boolean denganHasil) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jabatanId", a.jabatanId());
        m.put("tahun", a.tahun());
        m.put("status", a.status().name());
        m.put("wkeMenit", a.wkeMenit());
        m.put("aturanPembulatan", a.aturanPembulatan().name());
        m.put("tugas", a.tugas());
        if (denganHasil) {
            m.put("totalBebanMenit", a.totalBebanMenit());
            m.put("kebutuhan", a.kebutuhan());
        }
        return m;
    }
}
