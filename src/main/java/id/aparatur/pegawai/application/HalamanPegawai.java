package id.aparatur.pegawai.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.pegawai.application.PegawaiQuery.Filter;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.pegawai.application.ProfilPegawai.MinatJabatan;
import id.aparatur.pegawai.domain.DataProfil;
import id.aparatur.pegawai.domain.Pegawai;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the employee pages show, one call per page, in the signed-in user's scope: the list, the registration form,
 * the profile with its tabs and the DRH form. Who may open a form is decided here ({@code @PreAuthorize}), not in the
 * controllers.
 */
@Service
@Transactional(readOnly = true)
public class HalamanPegawai {

    /** The list page: one page of employees and the OPD to filter by. */
    public record DaftarPegawai(Halaman<PegawaiBaris> halaman, List<OpdRingkas> daftarOpd) {}

    /** The registration form: the OPD, the active positions of the chosen OPD, the chosen atasan's name. */
    public record FormPegawai(
            List<OpdRingkas> daftarOpd,
            List<JabatanRingkas> daftarJabatan,
            @Nullable String atasanNama) {}

    /**
     * The profile page: the profile as the user may see it, what the user may do, the direct subordinates (first 100)
     * and the rumpun names.
     */
    public record HalamanProfil(
            ProfilPegawai profil,
            boolean pengelola,
            boolean bolehUbahMinat,
            Halaman<PegawaiBaris> bawahan,
            Map<String, String> rumpun) {}

    /** The DRH form: the employee and the stored DRH fields. */
    public record FormProfil(PegawaiBaris pegawai, DataProfil profil) {}

    /** Subordinates listed on the profile. */
    static final int BAWAHAN_DI_PROFIL = 100;

    private final PegawaiQuery pegawai;
    private final ProfilQuery profil;
    private final PengelolaanProfil pengelolaanProfil;
    private final StrukturOrganisasi organisasi;
    private final KamusKompetensi kamus;
    private final CakupanPengguna cakupan;

    HalamanPegawai(
            PegawaiQuery pegawai,
            ProfilQuery profil,
            PengelolaanProfil pengelolaanProfil,
            StrukturOrganisasi organisasi,
            KamusKompetensi kamus,
            CakupanPengguna cakupan) {
        this.pegawai = pegawai;
        this.profil = profil;
        this.pengelolaanProfil = pengelolaanProfil;
        this.organisasi = organisasi;
        this.kamus = kamus;
        this.cakupan = cakupan;
    }

    public DaftarPegawai daftar(Filter f, Permintaan p) {
        Cakupan c = cakupan.saatIni();
        return new DaftarPegawai(pegawai.daftar(c, f, p), organisasi.semuaOpd(c));
    }

    /** The registration form for BKD, with the positions of {@code opd} and the name of the typed atasan. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public FormPegawai formBaru(@Nullable Long opd, @Nullable String atasanNip) {
        Cakupan c = cakupan.saatIni();
        String atasan = atasanNip == null ? "" : atasanNip.replaceAll("[^0-9]", "");
        return new FormPegawai(
                organisasi.semuaOpd(c),
                jabatanAktif(c, opd),
                atasan.isEmpty()
                        ? null
                        : pegawai.muat(atasan).map(Pegawai::namaLengkap).orElse(null));
    }

    /** The active positions of an OPD, as the registration form offers them (htmx, when the OPD changes). */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<JabatanRingkas> jabatanUntukForm(@Nullable Long opd) {
        return jabatanAktif(cakupan.saatIni(), opd);
    }

    private List<JabatanRingkas> jabatanAktif(Cakupan c, @Nullable Long opd) {
        return opd == null
                ? List.of()
                : organisasi.jabatanOpd(c, opd).stream()
                        .filter(JabatanRingkas::aktif)
                        .toList();
    }

    public HalamanProfil profil(String nip) {
        Cakupan c = cakupan.saatIni();
        ProfilPegawai pr = profil.profil(c, nip);
        return new HalamanProfil(
                pr,
                c.pengelola(),
                bolehUbahDiri(c, pr.inti().nip()),
                pegawai.daftar(
                        c,
                        new Filter(null, null, null, null, pr.inti().nip(), true),
                        new Permintaan(0, BAWAHAN_DI_PROFIL)),
                kamus.rumpun());
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public FormProfil formProfil(String nip) {
        PegawaiBaris p = pegawai.detail(cakupan.saatIni(), nip);
        return new FormProfil(p, pengelolaanProfil.dataProfil(p.nip()));
    }

    /**
     * Target positions (minat jabatan) whose name contains {@code q}, for the employee themself or BKD.
     *
     * @throws AccessDeniedException for anyone else (404 outside the scope)
     */
    public List<MinatJabatan> cariJabatanMinat(String nip, @Nullable String q, int batas) {
        Cakupan c = cakupan.saatIni();
        PegawaiBaris p = pegawai.detail(c, nip);
        if (!bolehUbahDiri(c, p.nip())) {
            throw new AccessDeniedException("Hanya pegawai yang bersangkutan atau BKD");
        }
        return profil.cariJabatanAktif(q, batas);
    }

    /** The employee themself or BKD (minat, koreksi). */
    private static boolean bolehUbahDiri(Cakupan c, String nip) {
        return c.pengelola() || nip.equals(c.nip());
    }
}
