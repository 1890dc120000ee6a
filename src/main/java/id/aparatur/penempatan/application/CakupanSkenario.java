package id.aparatur.penempatan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.organisasi.StrukturOrganisasi.PencarianJabatan;
import id.aparatur.pegawai.Pemilih;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.PencarianPegawai;
import id.aparatur.penempatan.domain.KunciJenjang;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.domain.SkenarioRepository;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException.Galat;
import id.aparatur.sistem.KataCari;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who and what a scenario can pin: the pickers of a draft offer only these, and a pin is checked against the same rule
 * before it is stored (the run would otherwise stop on it, {@link PembangunMasalah}). In scope are the active positions
 * of the scenario's OPD (every OPD when none is chosen) whose jenjang ({@link KunciJenjang}) is in scope, JPT left out
 * when the scenario leaves JPT out; and the active employees of those OPD who hold a position of such a jenjang. A pin's
 * position has the jenjang of the employee's current position (re-placement is neither promotion nor demotion).
 * Employees under an active discipline sanction are not filtered here: the run names them if they are pinned.
 * Positions and employees are read through the facades of organisasi and pegawai.
 */
@Component
@Transactional(readOnly = true)
public class CakupanSkenario {

    /** The jenis and jenjang a scenario covers; {@code tidakAda}: none at all (only JPT chosen, JPT left out). */
    private record Ragam(Set<JenisJabatan> jenis, Set<Jenjang> jenjang, boolean tidakAda) {}

    private final SkenarioRepository repo;
    private final StrukturOrganisasi organisasi;
    private final PegawaiQuery pegawai;
    private final Pemilih pemilih;
    private final CakupanPengguna cakupan;

    CakupanSkenario(
            SkenarioRepository repo,
            StrukturOrganisasi organisasi,
            PegawaiQuery pegawai,
            Pemilih pemilih,
            CakupanPengguna cakupan) {
        this.repo = repo;
        this.organisasi = organisasi;
        this.pegawai = pegawai;
        this.pemilih = pemilih;
        this.cakupan = cakupan;
    }

    /**
     * The choices of the position picker of a pin or exclusion on scenario {@code id}: in its scope, and of the
     * employee's jenjang when {@code nip} is given.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Pemilih.HasilJabatan pilihanJabatan(long id, @Nullable String q, @Nullable String nip) {
        return pemilih.jabatan(
                cakupan.saatIni(),
                pencarianJabatan(id, KataCari.dari(q), nip == null ? null : nip.replaceAll("[^0-9]", "")));
    }

    /** The choices of the employee picker of a pin or exclusion on scenario {@code id}: in its scope. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Pemilih.HasilPegawai pilihanPegawai(long id, @Nullable String q) {
        return pemilih.pegawai(cakupan.saatIni(), pencarianPegawai(id, KataCari.dari(q)));
    }

    /** Whether an employee record (active or not) has this NIP. */
    boolean pegawaiAda(String nip) {
        return pegawai.muat(nip).isPresent();
    }

    /** Whether a position (active or not) has this id. */
    boolean jabatanAda(long jabatanId) {
        return organisasi.jabatan(jabatanId).isPresent();
    }

    /**
     * The search of the position picker of scenario {@code id}.
     *
     * @param nip when given, only positions of that employee's jenjang (nothing when the employee is out of scope)
     */
    PencarianJabatan pencarianJabatan(long id, KataCari kata, @Nullable String nip) {
        PengaturanSkenario p = pengaturan(id);
        Ragam r = ragam(p);
        if (nip != null && !nip.isBlank()) {
            Optional<JabatanRingkas> milik = jabatanPegawai(nip).filter(j -> dalamCakupan(p, j));
            if (milik.isEmpty()) {
                return tanpaHasil(kata);
            }
            JabatanRingkas j = milik.get();
            r = new Ragam(Set.of(j.jenisJabatan()), j.jenjang() == null ? Set.of() : Set.of(j.jenjang()), false);
        }
        return r.tidakAda()
                ? tanpaHasil(kata)
                : new PencarianJabatan(kata, p.cakupanOpd(), r.jenis(), r.jenjang(), Set.of());
    }

    /** The search of the employee picker of scenario {@code id}. */
    PencarianPegawai pencarianPegawai(long id, KataCari kata) {
        PengaturanSkenario p = pengaturan(id);
        Ragam r = ragam(p);
        // No OPD has id -1: nothing matches.
        return new PencarianPegawai(
                kata, r.tidakAda() ? Set.of(-1L) : p.cakupanOpd(), r.jenis(), r.jenjang(), Set.of(), null);
    }

    /**
     * Why {@code nip} cannot be pinned to {@code jabatanId} in a scenario with settings {@code p} (empty: it can). A
     * draft copy has the same scope, so a pin chosen on a result can be checked before the copy is made.
     */
    List<Galat> periksaKunci(PengaturanSkenario p, String nip, long jabatanId) {
        List<Galat> g = new ArrayList<>();
        Optional<JabatanRingkas> asal = jabatanPegawai(nip);
        Optional<JabatanRingkas> tujuan = organisasi.jabatan(jabatanId).filter(JabatanRingkas::aktif);
        if (asal.isEmpty()) {
            g.add(new Galat("nip", "penempatan.kunci.pegawai-tidak-dikenal"));
        } else if (!dalamCakupan(p, asal.get())) {
            g.add(new Galat("nip", "penempatan.kunci.pegawai-di-luar-cakupan"));
        }
        if (tujuan.isEmpty()) {
            g.add(new Galat("jabatanId", "penempatan.kunci.jabatan-tidak-dikenal"));
        } else if (!dalamCakupan(p, tujuan.get())) {
            g.add(new Galat("jabatanId", "penempatan.kunci.jabatan-di-luar-cakupan"));
        } else if (asal.isPresent() && !kunci(asal.get()).equals(kunci(tujuan.get()))) {
            g.add(new Galat("jabatanId", "penempatan.kunci.beda-jenjang"));
        }
        return g;
    }

    private PengaturanSkenario pengaturan(long id) {
        return repo.findById(id)
                .orElseThrow(() -> new DataTidakDitemukanException("Skenario", id))
                .pengaturan();
    }

    /** The current position of an active employee (empty: unknown, inactive or without a position). */
    private Optional<JabatanRingkas> jabatanPegawai(String nip) {
        return pegawai.muat(nip.replace(" ", ""))
                .filter(e -> e.aktif() && e.jabatanId() != null)
                .flatMap(e -> organisasi.jabatan(e.jabatanId()));
    }

    /** Whether a position (a pin's target, or an employee's current one) lies in the scenario's scope. */
    private static boolean dalamCakupan(PengaturanSkenario p, JabatanRingkas j) {
        return (p.cakupanOpd().isEmpty() || p.cakupanOpd().contains(j.opdId()))
                && (p.cakupanJenjang().isEmpty() || p.cakupanJenjang().contains(kunci(j)))
                && !(p.kecualikanJpt() && KunciJenjang.jpt(j.jenisJabatan()));
    }

    private static String kunci(JabatanRingkas j) {
        return KunciJenjang.dari(j.jenisJabatan(), j.jenjang());
    }

    /**
     * The jenjang strings of the scope as the organisation's filter: jenis, and for a jabatan fungsional the jenjang
     * (equivalent because only FUNGSIONAL positions have a jenjang, and they always do).
     */
    private static Ragam ragam(PengaturanSkenario p) {
        Set<JenisJabatan> jenis = EnumSet.noneOf(JenisJabatan.class);
        Set<Jenjang> jenjang = EnumSet.noneOf(Jenjang.class);
        if (p.cakupanJenjang().isEmpty()) {
            if (p.kecualikanJpt()) {
                EnumSet.allOf(JenisJabatan.class).stream()
                        .filter(x -> !KunciJenjang.jpt(x))
                        .forEach(jenis::add);
            }
            return new Ragam(jenis, jenjang, false);
        }
        for (String k : p.cakupanJenjang()) {
            String[] bagian = k.split("/", 2);
            try {
                JenisJabatan x = JenisJabatan.valueOf(bagian[0]);
                if (!(p.kecualikanJpt() && KunciJenjang.jpt(x))) {
                    jenis.add(x);
                    if (bagian.length == 2) {
                        jenjang.add(Jenjang.valueOf(bagian[1]));
                    }
                }
            } catch (IllegalArgumentException e) {
                // a jenjang string no position has: it covers nothing
            }
        }
        return new Ragam(jenis, jenjang, jenis.isEmpty());
    }

    /** A search that finds nothing (no OPD has id -1), so the picker says "nothing matches in your scope". */
    private static PencarianJabatan tanpaHasil(KataCari kata) {
        return new PencarianJabatan(kata, Set.of(-1L), Set.of(), Set.of(), Set.of());
    }
}
