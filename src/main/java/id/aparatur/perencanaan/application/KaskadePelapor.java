package id.aparatur.perencanaan.application;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.perencanaan.kaskade.AturanKaskade;
import id.aparatur.perencanaan.kaskade.CalonKaskade;
import id.aparatur.perencanaan.kaskade.Gerbang;
import id.aparatur.perencanaan.kaskade.HasilKaskade;
import id.aparatur.perencanaan.kaskade.KaskadePromosi;
import id.aparatur.perencanaan.kaskade.PosisiKaskade;
import id.aparatur.shared.Golongan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the algorithm's result into the report: names for every id, and for every promotion the explanation — the gap
 * per competency of the target SKJ and every gate with the required and the actual value. Whether a gate passes is
 * asked of {@link KaskadePromosi#gerbang} itself, so the explanation can never disagree with the decision.
 */
final class KaskadePelapor {

    private KaskadePelapor() {}

    static KaskadeLaporan susun(KaskadeSnapshot s, HasilKaskade h, long kaskadeMs) {
        Map<Long, PosisiKaskade> posisi = new HashMap<>();
        s.masalah().jabatan().forEach(p -> posisi.put(p.id(), p));
        Map<String, CalonKaskade> calon = new HashMap<>();
        s.masalah().pegawai().forEach(c -> calon.put(c.nip(), c));
        AturanKaskade aturan = s.masalah().aturan();
        Nama n = new Nama(s);

        List<KaskadeLaporan.Promosi> promosi = new ArrayList<>();
        for (HasilKaskade.Promosi p : h.promosi()) {
            PosisiKaskade ke = posisi.get(p.keJabatanId());
            PosisiKaskade dari = posisi.get(p.dariJabatanId());
            CalonKaskade c = calon.get(p.nip());
            KaskadeLaporan.Penjelasan penjelasan = ke == null || c == null
                    ? new KaskadeLaporan.Penjelasan(List.of(), List.of())
                    : penjelasan(aturan, c, dari, ke, s.tanggalAcuan().getYear());
            promosi.add(new KaskadeLaporan.Promosi(
                    p.langkah(),
                    p.nip(),
                    n.pegawai(p.nip()),
                    p.dariJabatanId(),
                    n.jabatan(p.dariJabatanId()),
                    p.dariTingkat(),
                    n.kelas(p.dariJabatanId()),
                    p.keJabatanId(),
                    n.jabatan(p.keJabatanId()),
                    p.keTingkat(),
                    n.kelas(p.keJabatanId()),
                    n.opdId(p.keJabatanId()),
                    n.opd(p.keJabatanId()),
                    p.kesenjangan(),
                    p.kinerja(),
                    p.biaya(),
                    p.bulanDiTingkat(),
                    p.membukaKursi(),
                    p.rantaiId(),
                    penjelasan));
        }

        List<KaskadeLaporan.Rantai> rantai = new ArrayList<>();
        for (HasilKaskade.Rantai r : h.rantai()) {
            List<KaskadeLaporan.Mata> mata = new ArrayList<>();
            for (HasilKaskade.MataRantai m : r.mata()) {
                mata.add(new KaskadeLaporan.Mata(
                        m.jabatanId(),
                        n.jabatan(m.jabatanId()),
                        m.nip(),
                        n.pegawai(m.nip()),
                        m.asalJabatanId(),
                        n.jabatan(m.asalJabatanId())));
            }
            rantai.add(new KaskadeLaporan.Rantai(
                    r.id(),
                    r.jabatanAwalId(),
                    n.jabatan(r.jabatanAwalId()),
                    n.tingkat(r.jabatanAwalId()),
                    mata,
                    r.akhir(),
                    r.jabatanAkhirId(),
                    n.jabatan(r.jabatanAkhirId()),
                    r.nipRedistribusi(),
                    r.nipRedistribusi() == null ? null : n.pegawai(r.nipRedistribusi())));
        }

        List<KaskadeLaporan.Surplus> surplus = new ArrayList<>();
        for (HasilKaskade.Surplus x : h.surplus()) {
            Long u = x.jabatanUsulanId();
            surplus.add(new KaskadeLaporan.Surplus(
                    x.nip(),
                    n.pegawai(x.nip()),
                    x.jabatanId(),
                    n.jabatan(x.jabatanId()),
                    n.tingkat(x.jabatanId()),
                    n.opdId(x.jabatanId()),
                    n.opd(x.jabatanId()),
                    u,
                    u == null ? null : n.jabatan(u),
                    u == null ? null : n.opdId(u),
                    u == null ? null : n.opd(u),
                    x.biaya()));
        }

        List<KaskadeLaporan.Formasi> formasi = new ArrayList<>();
        for (HasilKaskade.Formasi f : h.formasi()) {
            KaskadeSnapshot.Jabatan j = s.jabatan().get(f.jabatanId());
            formasi.add(new KaskadeLaporan.Formasi(
                    f.jabatanId(),
                    n.jabatan(f.jabatanId()),
                    f.tingkat(),
                    n.kelas(f.jabatanId()),
                    j == null ? 0 : j.unitId(),
                    j == null ? "" : j.unitNama(),
                    n.opdId(f.jabatanId()),
                    n.opd(f.jabatanId()),
                    j == null ? null : j.syaratPendidikan(),
                    f.jumlah()));
        }

        List<KaskadeLaporan.SeleksiTerbuka> seleksi = new ArrayList<>();
        for (HasilKaskade.LowonganSeleksiTerbuka l : h.seleksiTerbuka()) {
            seleksi.add(new KaskadeLaporan.SeleksiTerbuka(
                    l.jabatanId(),
                    n.jabatan(l.jabatanId()),
                    l.tingkat(),
                    n.opdId(l.jabatanId()),
                    n.opd(l.jabatanId()),
                    l.jumlah(),
                    l.calonInternal().stream()
                            .map(nip -> new KaskadeLaporan.Orang(nip, n.pegawai(nip)))
                            .toList()));
        }

        List<KaskadeLaporan.TanpaCalon> tanpaCalon = new ArrayList<>();
        for (HasilKaskade.LowonganTanpaCalon l : h.tanpaCalon()) {
            tanpaCalon.add(new KaskadeLaporan.TanpaCalon(
                    l.jabatanId(),
                    n.jabatan(l.jabatanId()),
                    l.tingkat(),
                    n.opdId(l.jabatanId()),
                    n.opd(l.jabatanId()),
                    l.jumlah(),
                    l.calonDiperiksa(),
                    l.gagal()));
        }

        List<KaskadeLaporan.Pensiun> pensiun = s.pensiun().stream()
                .map(p -> new KaskadeLaporan.Pensiun(
                        p.nip(),
                        p.nama(),
                        p.jabatanId(),
                        p.jabatanId() == null || !s.jabatan().containsKey(p.jabatanId())
                                ? null
                                : n.jabatan(p.jabatanId()),
                        p.tmtPensiun()))
                .toList();

        var statistik = new KaskadeLaporan.Statistik(
                s.masalah().pegawai().size(),
                s.masalah().jabatan().size(),
                s.pensiun().size(),
                s.milidetik(),
                kaskadeMs,
                0);
        return new KaskadeLaporan(
                null,
                s.skenarioId() == null ? KaskadeLaporan.DATA_SAAT_INI : KaskadeLaporan.SKENARIO,
                s.skenarioId(),
                s.tahunRencana(),
                s.tanggalAcuan(),
                null,
                null,
                h.ringkasan(),
                statistik,
                promosi,
                rantai,
                surplus,
                formasi,
                seleksi,
                tanpaCalon,
                h.langkah(),
                pensiun,
                s.tanggalPelantikanJpt(),
                s.aturanDipakai());
    }

    /**
     * The gap per SKJ line and every gate with its values, for a promotion of {@code c} from {@code dari} to {@code ke};
     * {@code tahunAcuan} is the reference year (the performance gate looks at the years before it).
     */
    static KaskadeLaporan.Penjelasan penjelasan(
            AturanKaskade a, CalonKaskade c, @Nullable PosisiKaskade dari, PosisiKaskade ke, int tahunAcuan) {
        List<KaskadeLaporan.KesenjanganKompetensi> kompetensi = new ArrayList<>();
        for (Syarat s : ke.standarKompetensi()) {
            int level = c.kompetensi().getOrDefault(s.kode(), 0);
            kompetensi.add(new KaskadeLaporan.KesenjanganKompetensi(
                    s.kode(), s.level(), level, Math.max(0, s.level() - level), s.bobot()));
        }
        Set<Gerbang> gagal = Set.copyOf(KaskadePromosi.gerbang(a, c, dari, ke, true));
        boolean setingkat = dari != null && dari.tingkat().equals(ke.tingkat());
        List<KaskadeLaporan.NilaiGerbang> gerbang = new ArrayList<>();
        for (Gerbang g : Gerbang.values()) {
            String syarat;
            String nilai;
            switch (g) {
                case RUMPUN -> {
                    syarat = ke.rumpun();
                    nilai = dari == null ? null : dari.rumpun();
                }
                case TINGKAT -> {
                    syarat = String.join(", ", a.pengisi().getOrDefault(ke.tingkat(), List.of()));
                    nilai = dari == null ? null : dari.tingkat();
                }
                case KELAS -> {
                    syarat = setingkat ? "< " + ke.kelas() : null;
                    nilai = dari == null ? null : String.valueOf(dari.kelas());
                }
                case MASA -> {
                    syarat = String.valueOf(KaskadePromosi.masaMinimal(a, dari, ke));
                    nilai = String.valueOf(c.bulanDiTingkat());
                }
                case PENDIDIKAN -> {
                    syarat = KaskadePromosi.pendidikanMinimal(a, ke);
                    nilai = c.pendidikan();
                }
                case PANGKAT -> {
                    Golongan min = KaskadePromosi.pangkatMinimal(a, ke);
                    syarat = min == null ? null : min.kode();
                    nilai = c.golongan();
                }
                case HUKUMAN -> {
                    syarat = "TIDAK_ADA";
                    nilai = c.hukumanAktif() ? "AKTIF" : "TIDAK_ADA";
                }
                case STATUS -> {
                    syarat = "PNS";
                    nilai = c.pns() ? "PNS" : "BUKAN_PNS";
                }
                case KINERJA -> {
                    syarat = a.kinerja().minimalBaik() ? PredikatKinerja.BAIK.name() : null;
                    nilai = a.kinerja().minimalBaik() ? predikatTahunan(a, c, tahunAcuan) : null;
                }
                case DATA_KINERJA -> {
                    // The policy is the requirement; the value says whether every required year has a final SKP.
                    syarat = a.kinerja().minimalBaik()
                            ? a.kinerja().dataTidakLengkap().name()
                            : null;
                    nilai = !a.kinerja().minimalBaik()
                            ? null
                            : a.kinerja().tidakLengkap(c.predikatTahunan()) ? TIDAK_LENGKAP : LENGKAP;
                }
                case REKAM_JEJAK_DISIPLIN -> {
                    boolean jpt = a.tingkatSeleksiTerbuka().contains(ke.tingkat());
                    syarat = jpt ? "BERSIH" : null;
                    nilai = !jpt
                            ? null
                            : c.dalamPemeriksaan()
                                    ? "DALAM_PEMERIKSAAN"
                                    : c.pernahHukumanSedangBerat() ? "PERNAH_SEDANG_BERAT" : "BERSIH";
                }
                case USIA -> {
                    Integer batas = a.usiaJpt().batas().get(ke.tingkat());
                    syarat = batas == null ? null : "< " + batas;
                    nilai = batas == null
                            ? null
                            : a.usiaJpt().status(c, ke.tingkat()).name();
                }
                default -> throw new IllegalStateException(g.name());
            }
            gerbang.add(new KaskadeLaporan.NilaiGerbang(g, syarat, nilai, !gagal.contains(g)));
        }
        return new KaskadeLaporan.Penjelasan(kompetensi, gerbang);
    }

    /** Codes of the DATA_KINERJA value. */
    static final String LENGKAP = "LENGKAP";

    static final String TIDAK_LENGKAP = "TIDAK_LENGKAP";

    /** The predikat of each required year, newest first, e.g. {@code 2025: BAIK; 2024: —} (— = no final SKP). */
    static String predikatTahunan(AturanKaskade a, CalonKaskade c, int tahunAcuan) {
        List<String> bagian = new ArrayList<>();
        for (int i = 0; i < a.kinerja().tahun(); i++) {
            PredikatKinerja p =
                    i < c.predikatTahunan().size() ? c.predikatTahunan().get(i) : null;
            bagian.add((tahunAcuan - 1 - i) + ": " + (p == null ? "—" : p.name()));
        }
        return String.join("; ", bagian);
    }

    /** Name look-ups that never fail (an unknown id shows as {@code #id}). */
    private record Nama(KaskadeSnapshot s) {
        String jabatan(long id) {
            KaskadeSnapshot.Jabatan j = s.jabatan().get(id);
            return j == null ? "#" + id : j.nama();
        }

        String tingkat(long id) {
            KaskadeSnapshot.Jabatan j = s.jabatan().get(id);
            return j == null ? "" : j.tingkat();
        }

        int kelas(long id) {
            KaskadeSnapshot.Jabatan j = s.jabatan().get(id);
            return j == null ? 0 : j.kelas();
        }

        long opdId(long id) {
            KaskadeSnapshot.Jabatan j = s.jabatan().get(id);
            return j == null ? 0 : j.opdId();
        }

        String opd(long id) {
            KaskadeSnapshot.Jabatan j = s.jabatan().get(id);
            return j == null ? "" : j.opdNama();
        }

        String pegawai(String nip) {
            return s.namaPegawai().getOrDefault(nip, nip);
        }
    }
}
