package id.aparatur.organisasi.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.organisasi.application.OrganisasiQuery.JabatanFilter;
import id.aparatur.organisasi.application.OrganisasiQuery.JejakVisi;
import id.aparatur.organisasi.application.OrganisasiQuery.SasaranOpdView;
import id.aparatur.organisasi.domain.Jabatan;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the position catalogue pages show, one call per page, in the signed-in user's scope: the list, its export,
 * the detail with its trace to the visi, the SKJ editor and the Anjab form. Who may open an editor is decided here
 * ({@code @PreAuthorize}: ADMIN_BKD), not in the controllers.
 */
@Service
@Transactional(readOnly = true)
public class HalamanJabatan {

    /** The list page: one page of positions, the OPD to filter by and the rumpun names. */
    public record DaftarJabatan(
            Halaman<JabatanRingkas> halaman, List<OpdRingkas> daftarOpd, Map<String, String> rumpun) {}

    /** The detail page of a position. */
    public record DetailJabatan(
            Jabatan jabatan,
            @Nullable JejakVisi jejak,
            Map<String, KompetensiRingkas> kompetensi,
            Map<Long, String> namaKorelasi,
            Map<String, String> rumpun,
            OpdRingkas opd,
            UnitRingkas unit) {}

    /** The SKJ editor: the position and the competencies in force today. */
    public record FormSkj(Jabatan jabatan, List<KompetensiRingkas> kompetensi) {}

    /** The Anjab form: where the position sits and what it may refer to. */
    public record FormJabatan(
            OpdRingkas opd,
            List<UnitRingkas> daftarUnit,
            List<SasaranOpdView> daftarSasaran,
            Map<String, String> rumpun,
            @Nullable Jabatan lama) {}

    /** Positions read per page while exporting. */
    private static final int HALAMAN_EKSPOR = 200;

    private final OrganisasiQuery query;
    private final KamusKompetensi kamus;
    private final CakupanPengguna cakupan;
    private final Clock clock;

    HalamanJabatan(OrganisasiQuery query, KamusKompetensi kamus, CakupanPengguna cakupan, Clock clock) {
        this.query = query;
        this.kamus = kamus;
        this.cakupan = cakupan;
        this.clock = clock;
    }

    public DaftarJabatan daftar(JabatanFilter f, Permintaan p) {
        Cakupan c = cakupan.saatIni();
        return new DaftarJabatan(query.daftarJabatanRingkas(c, f, p), query.opdTerlihat(c), kamus.rumpun());
    }

    /** Every position of the filtered list (all pages, with their SKJ) to {@code tujuan}: the list's spreadsheet. */
    public void semua(JabatanFilter f, Consumer<Jabatan> tujuan) {
        Cakupan c = cakupan.saatIni();
        int nomor = 0;
        Halaman<Jabatan> h;
        do {
            h = query.daftarJabatan(c, f, new Permintaan(nomor++, HALAMAN_EKSPOR));
            h.content().forEach(tujuan);
        } while (h.adaBerikutnya());
    }

    public DetailJabatan detail(long id) {
        return detail(query.jabatan(cakupan.saatIni(), id));
    }

    /** The detail page of a position just read or saved. */
    public DetailJabatan detail(Jabatan j) {
        Cakupan c = cakupan.saatIni();
        return new DetailJabatan(
                j,
                query.jejakVisi(j.sasaranOpdId()),
                kamus.semua(),
                query.namaJabatan(
                        j.korelasi().stream().map(Jabatan.Korelasi::jabatanId).toList()),
                kamus.rumpun(),
                query.opd(c, j.opdId()).opd(),
                query.unit(c, j.unitId()));
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public FormSkj formSkj(long id) {
        return new FormSkj(query.jabatan(cakupan.saatIni(), id), kamus.berlaku(LocalDate.now(clock)));
    }

    /** The form of a new position in {@code unit}. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public FormJabatan formBaru(long unit) {
        return form(query.unit(cakupan.saatIni(), unit).opdId(), null);
    }

    /** The form of an existing position. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public FormJabatan formUbah(long id) {
        Jabatan j = query.jabatan(cakupan.saatIni(), id);
        return form(j.opdId(), j);
    }

    /** The form again (after a rejected save) for the unit chosen in it, or the OPD of the position. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public FormJabatan formLagi(@Nullable Long unit, @Nullable Long jabatan) {
        if (jabatan != null) {
            return formUbah(jabatan);
        }
        return form(unit == null ? -1 : query.unit(cakupan.saatIni(), unit).opdId(), null);
    }

    private FormJabatan form(long opd, @Nullable Jabatan lama) {
        Cakupan c = cakupan.saatIni();
        var detail = query.opd(c, opd);
        return new FormJabatan(detail.opd(), query.unitOpd(c, opd), detail.sasaran(), kamus.rumpun(), lama);
    }
}
