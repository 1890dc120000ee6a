package id.aparatur.perencanaan.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.audit.DataDiubah;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.KebutuhanDitetapkan;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.perencanaan.domain.Abk;
import id.aparatur.perencanaan.domain.AturanAbk;
import id.aparatur.perencanaan.domain.AturanPembulatan;
import id.aparatur.perencanaan.domain.PerhitunganAbk;
import id.aparatur.perencanaan.domain.StatusAbk;
import id.aparatur.perencanaan.domain.TugasAbk;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektif;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the ABK (PermenPANRB 1/2020): create a draft for a jabatan and year, replace its tasks, submit (OPD
 * head), finalise or return with a note (BKD), copy to the next year. PIMPINAN_OPD works on the positions of their own
 * OPD (others answer 404); ADMIN_BKD on all. Every change is audited in the same transaction; a final ABK publishes
 * {@link KebutuhanDitetapkan} so the organisasi module sets the jabatan's kuota in that transaction too.
 */
@Service
@Transactional
public class PengelolaanAbk {

    private final AbkRepository repo;
    private final StrukturOrganisasi organisasi;
    private final PengaturanAbk pengaturan;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanAbk(AbkRepository repo, StrukturOrganisasi organisasi, PengaturanAbk pengaturan,
            CakupanPengguna cakupan, ApplicationEventPublisher events, Clock clock) {
        this.repo = repo;
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
     * @return the new ABK id
     * @throws KonflikException when the jabatan already has an ABK for that year
     */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PIMPINAN_OPD')")
    public long buat(long jabatanId, int tahun) {
        Cakupan c = cakupan.saatIni();
        AturanAbk.periksaTahun(tahun);
        JabatanRingkas j = organisasi.jabatan(jabatanId).filter(x -> bolehMengisi(c, x.opdId()))
                .orElseThrow(() -> new DataTidakDitemukanException("Jabatan", jabatanId));
        if (!j.aktif()) {
            throw new ValidasiException("jabatanId", "abk.jabatan.nonaktif");
        }
        if (repo.idUntuk(jabatanId, tahun).isPresent()) {
            throw new KonflikException("abk.sudah-ada", "ABK jabatan " + jabatanId + " tahun " + tahun + " sudah ada");
        }
        WaktuKerjaEfektif wke = wke(tahun);
        Abk baru = new Abk(null, jabatanId, j.opdId(), tahun, StatusAbk.DRAF, wke.menitPerTahun(), wke.berlakuMulai(),
                pengaturan.aturanPembulatan(), List.of(), null, 0);
        long id = repo.tambah(baru, 0, 0, null, c.username(), clock.instant());
        events.publishEvent(new DataDiubah("ABK", String.valueOf(id), "BUAT", j.opdId(),
                "ABK dibuat: " + j.nama() + " tahun " + tahun, null, jejak(baru, null)));
        return id;
    }

    /**
     * Replaces the task list of an editable ABK (DRAF or DIKEMBALIKAN) and refreshes its WKE and rounding rule.
     * All-or-nothing: one broken row rejects the whole list.
     *
     * @param versi the version the user edited (optimistic locking)
     * @throws ValidasiException naming each broken field per row ({@code tugas[i].volume})
     * @throws KonflikException when the ABK is submitted or final
     */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PIMPINAN_OPD')")
    public void simpanTugas(long id, List<AturanAbk.Isian> isian, int versi) {
        Cakupan c = cakupan.saatIni();
        Abk lama = untukDiisi(c, id);
        lama.status().pastikanDapatDiubah();
        if (lama.versi() != versi) {
            throw new org.springframework.dao.OptimisticLockingFailureException("ABK " + id + " versi usang");
        }
        WaktuKerjaEfektif wke = wke(lama.tahun());
        AturanPembulatan aturan = pengaturan.aturanPembulatan();
        List<TugasAbk> tugas = AturanAbk.periksa(isian, wke.menitPerTahun(), aturan);
        Abk baru = new Abk(id, lama.jabatanId(), lama.opdId(), lama.tahun(), lama.status(), wke.menitPerTahun(),
                wke.berlakuMulai(), aturan, tugas, lama.catatanPengembalian(), versi);
        PerhitunganAbk.Hasil h = baru.hitung(0, pengaturan.batasGradeEj());
        repo.ubahIsi(baru, h.totalBebanMenit(), h.kebutuhan(), c.username(), clock.instant());
        events.publishEvent(new DataDiubah("ABK", String.valueOf(id), "UBAH", lama.opdId(),
                "Uraian tugas ABK diubah: " + namaJabatan(lama) + " tahun " + lama.tahun() + " (" + lama.tugas().size()
                        + " → " + tugas.size() + " tugas, kebutuhan " + h.kebutuhan() + ")",
                jejak(lama, null), jejak(baru, h)));
    }

    /**
     * The OPD head confirms the ABK of a position of their OPD: DRAF/DIKEMBALIKAN → DIAJUKAN. The WKE and rounding rule
     * are refreshed a last time and frozen from here on.
     */
    @PreAuthorize("hasRole('PIMPINAN_OPD')")
    public void ajukan(long id) {
        Cakupan c = cakupan.saatIni();
        Abk lama = untukDiisi(c, id);
        StatusAbk berikut = lama.status().ajukan();
        if (lama.tugas().isEmpty()) {
            throw new ValidasiException("tugas", "abk.ajukan.tanpa-tugas");
        }
        // Last refresh of the calculation basis (the WKE table may have changed since the last save).
        WaktuKerjaEfektif wke = wke(lama.tahun());
        AturanPembulatan aturan = pengaturan.aturanPembulatan();
        List<TugasAbk> tugas = AturanAbk.periksa(keIsian(lama.tugas()), wke.menitPerTahun(), aturan);
        Abk segar = new Abk(id, lama.jabatanId(), lama.opdId(), lama.tahun(), lama.status(), wke.menitPerTahun(),
                wke.berlakuMulai(), aturan, tugas, lama.catatanPengembalian(), lama.versi());
        PerhitunganAbk.Hasil h = segar.hitung(0, pengaturan.batasGradeEj());
        Instant kini = clock.instant();
        repo.ubahIsi(segar, h.totalBebanMenit(), h.kebutuhan(), c.username(), kini);
        repo.ubahStatus(id, lama.versi() + 1, berikut, "diajukan", null, c.username(), kini);
        audit(lama, berikut, "ABK diajukan", null, h);
    }

    /**
     * BKD verifies a submitted ABK: DIAJUKAN → FINAL; its kebutuhan becomes the jabatan's kuota unless a later year is
     * already final for that jabatan (the latest final year keeps deciding K).
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void finalkan(long id) {
        Cakupan c = cakupan.saatIni();
        Abk lama = untukDiisi(c, id);
        StatusAbk berikut = lama.status().finalkan();
        PerhitunganAbk.Hasil h = lama.hitung(0, pengaturan.batasGradeEj());
        repo.ubahStatus(id, lama.versi(), berikut, "difinalkan", null, c.username(), clock.instant());
        audit(lama, berikut, "ABK difinalkan", null, h);
        if (!repo.adaFinalSesudah(lama.jabatanId(), lama.tahun())) {
            events.publishEvent(new KebutuhanDitetapkan(lama.jabatanId(), lama.tahun(), h.kebutuhan(), c.username()));
        }
    }

    /** BKD returns a submitted ABK with a mandatory note: DIAJUKAN → DIKEMBALIKAN; the OPD can edit it again. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void kembalikan(long id, @Nullable String catatan) {
        Cakupan c = cakupan.saatIni();
        Abk lama = untukDiisi(c, id);
        StatusAbk berikut = lama.status().kembalikan();
        String teks = AturanAbk.periksaCatatan(catatan);
        repo.ubahStatus(id, lama.versi(), berikut, "dikembalikan", teks, c.username(), clock.instant());
        audit(lama, berikut, "ABK dikembalikan", teks, lama.hitung(0, pengaturan.batasGradeEj()));
    }

    /**
     * Copies the tasks of an ABK (any status) into a new DRAF for the next year, with that year's WKE.
     *
     * @return the new ABK id
     * @throws KonflikException when the next year already has an ABK
     */
    @PreAuthorize("hasAnyRole('ADMIN_BKD','PIMPINAN_OPD')")
    public long salin(long id) {
        Cakupan c = cakupan.saatIni();
        Abk asal = untukDiisi(c, id);
        int tahun = asal.tahun() + 1;
        AturanAbk.periksaTahun(tahun);
        if (repo.idUntuk(asal.jabatanId(), tahun).isPresent()) {
            throw new KonflikException("abk.salin.sudah-ada", "ABK tahun " + tahun + " sudah ada");
        }
        WaktuKerjaEfektif wke = wke(tahun);
        AturanPembulatan aturan = pengaturan.aturanPembulatan();
        List<TugasAbk> tugas = AturanAbk.periksa(keIsian(asal.tugas()), wke.menitPerTahun(), aturan);
        Abk baru = new Abk(null, asal.jabatanId(), asal.opdId(), tahun, StatusAbk.DRAF, wke.menitPerTahun(),
                wke.berlakuMulai(), aturan, tugas, null, 0);
        PerhitunganAbk.Hasil h = baru.hitung(0, pengaturan.batasGradeEj());
        long idBaru = repo.tambah(baru, h.totalBebanMenit(), h.kebutuhan(), id, c.username(), clock.instant());
        events.publishEvent(new DataDiubah("ABK", String.valueOf(idBaru), "BUAT", asal.opdId(),
                "ABK disalin dari tahun " + asal.tahun() + ": " + namaJabatan(asal) + " tahun " + tahun, null,
                jejak(baru, h)));
        return idBaru;
    }

    /** The WKE for an ABK of {@code tahun}; a year before the first row cannot have an ABK. */
    WaktuKerjaEfektif wke(int tahun) {
        return WaktuKerjaEfektif.untukTahun(repo.semuaWke(), tahun)
                .orElseThrow(() -> new ValidasiException("tahun", "abk.wke.tidak-ada"));
    }

    /** Loads an ABK the caller may fill: BKD everywhere, PIMPINAN_OPD in their own OPD; otherwise 404. */
    private Abk untukDiisi(Cakupan c, long id) {
        return repo.cari(id).filter(a -> bolehMengisi(c, a.opdId()))
                .orElseThrow(() -> new DataTidakDitemukanException("ABK", id));
    }

    static boolean bolehMengisi(Cakupan c, long opdId) {
        if (c.pengelola()) {
            return true;
        }
        if (c.punya(Peran.PIMPINAN_OPD)) {
            return c.opdId() != null && c.opdId() == opdId;
        }
        if (c.melihatOpd(opdId)) {
            throw new AccessDeniedException("Hanya PIMPINAN_OPD dan ADMIN_BKD");
        }
        return false;
    }

    private void audit(Abk lama, StatusAbk berikut, String ringkas, @Nullable String catatan, PerhitunganAbk.Hasil h) {
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", berikut.name());
        sesudah.put("kebutuhan", h.kebutuhan());
        sesudah.put("totalBebanMenit", h.totalBebanMenit());
        if (catatan != null) {
            sesudah.put("catatan", catatan);
        }
        events.publishEvent(new DataDiubah("ABK", String.valueOf(lama.id()), "UBAH", lama.opdId(),
                ringkas + ": " + namaJabatan(lama) + " tahun " + lama.tahun() + " (" + lama.status() + " → " + berikut
                        + ")" + (catatan == null ? "" : ". Catatan: " + catatan),
                Map.of("status", lama.status().name()), sesudah));
    }

    private String namaJabatan(Abk a) {
        return organisasi.jabatan(a.jabatanId()).map(JabatanRingkas::nama).orElse("jabatan " + a.jabatanId());
    }

    private static List<AturanAbk.Isian> keIsian(List<TugasAbk> tugas) {
        return tugas.stream().map(t -> new AturanAbk.Isian(t.uraian(), t.hasilKerja(), t.satuan(),
                java.math.BigDecimal.valueOf(t.volume()), java.math.BigDecimal.valueOf(t.normaWaktu()))).toList();
    }

    private static Map<String, Object> jejak(Abk a, PerhitunganAbk.@Nullable Hasil h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jabatanId", a.jabatanId());
        m.put("tahun", a.tahun());
        m.put("status", a.status().name());
        m.put("wkeMenit", a.wkeMenit());
        m.put("aturanPembulatan", a.aturanPembulatan().name());
        m.put("tugas", a.tugas());
        if (h != null) {
            m.put("totalBebanMenit", h.totalBebanMenit());
            m.put("kebutuhan", h.kebutuhan());
        }
        return m;
    }
}
