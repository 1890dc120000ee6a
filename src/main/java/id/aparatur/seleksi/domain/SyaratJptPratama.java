package id.aparatur.seleksi.domain;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.pegawai.AturanUsia;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.shared.Golongan;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility hints for an internal applicant to a JPT pratama (PP 11/2017 Pasal 107 huruf c as amended by PP
 * 17/2020; PermenPANRB 15/2019): at least {@code masaAdministratorTahun} years (cumulative) as administrator or JF ahli
 * madya (a JPT post or JF ahli utama counts too: it is higher), pendidikan at least S-1/D-IV, pangkat at least
 * {@code golonganMinimal} (IV/b in the usual announcements), a clean disciplinary record — no active sedang/berat
 * sanction, never sanctioned sedang/berat and not under examination (pegawai's rule
 * {@link id.aparatur.pegawai.AturanRekamJejakDisiplin}) —, at least {@code pengalamanTahun} years of cumulative relevant
 * experience (positions of the target's rumpun jabatan), the predikat of each of the {@code tahunKinerjaBaik} years
 * before the reference year at least BAIK, and an age below {@code batasUsia} (56) on the planned inauguration date
 * (so 56 years and 11 months does not pass; pegawai's rule {@link AturanUsia}). The hints inform the pansel; the
 * pansel decides administrasi. Cumulative years are counted as days ≥ years × 365. A year without a final SKP is
 * {@link Hasil#TIDAK_DIKETAHUI} (data tidak lengkap: the pansel checks the documents), never passed silently.
 *
 * @param masaAdministratorTahun required years at administrator level
 * @param golonganMinimal lowest golongan
 * @param pendidikanMinimal lowest education level (D4: D-IV and S-1 and higher)
 * @param batasUsia the age the applicant must be below on the planned inauguration date
 * @param pengalamanTahun required years of cumulative experience in positions of the target's rumpun
 * @param tahunKinerjaBaik years before the reference year whose predikat must be BAIK or better
 */
@id.aparatur.shared.LogikaMerit(
        izinkan = "usia",
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c angka 6: usia di bawah 56 tahun untuk JPT pratama")
public record SyaratJptPratama(
        int masaAdministratorTahun,
        Golongan golonganMinimal,
        TingkatPendidikan pendidikanMinimal,
        int batasUsia,
        int pengalamanTahun,
        int tahunKinerjaBaik) {

    public static final SyaratJptPratama BAKU = new SyaratJptPratama(2, Golongan.IV_B, TingkatPendidikan.D4, 56, 5, 2);

    /** The requirements, in the order they are shown. */
    public enum Syarat {
        MASA_JABATAN,
        PENDIDIKAN,
        PANGKAT,
        HUKUMAN_DISIPLIN,
        USIA,
        PENGALAMAN,
        KINERJA
    }

    /** MEMENUHI, TIDAK_MEMENUHI, or TIDAK_DIKETAHUI when the data is missing. */
    public enum Hasil {
        MEMENUHI,
        TIDAK_MEMENUHI,
        TIDAK_DIKETAHUI
    }

    /** Values of the HUKUMAN_DISIPLIN hint. */
    public static final String BERSIH = "BERSIH";

    public static final String HUKUMAN_AKTIF = "AKTIF";
    public static final String PERNAH_SEDANG_BERAT = "PERNAH_SEDANG_BERAT";
    public static final String DALAM_PEMERIKSAAN = "DALAM_PEMERIKSAAN";

    /** A period in a qualifying position ({@code selesai} exclusive). */
    public record Masa(LocalDate mulai, LocalDate selesai) {}

    /**
     * What the application knows of an internal applicant.
     *
     * @param masaAdministrator periods in qualifying positions (may overlap; they are merged)
     * @param pendidikan highest education, if known
     * @param golongan current golongan, if known
     * @param hukumanAktif an active sedang/berat sanction exists
     * @param pernahHukumanSedangBerat ever sanctioned sedang/berat
     * @param dalamPemeriksaan under a disciplinary examination
     * @param usia age in completed years on the planned inauguration date (only for the legal age limit), if known
     * @param pengalaman periods in positions of the target's rumpun (may overlap)
     * @param predikatTahunan predikat of the years before the reference year, newest first (null = no final SKP)
     */
    public record DataPelamar(
            List<Masa> masaAdministrator,
            @Nullable TingkatPendidikan pendidikan,
            @Nullable Golongan golongan,
            boolean hukumanAktif,
            boolean pernahHukumanSedangBerat,
            boolean dalamPemeriksaan,
            @Nullable Integer usia,
            List<Masa> pengalaman,
            List<@Nullable PredikatKinerja> predikatTahunan) {}

    /**
     * One hint.
     *
     * @param syarat the requirement
     * @param hasil whether it is met
     * @param nilai what was found (days, level, golongan, disciplinary state, years, predikat per year), for display
     */
    public record Petunjuk(Syarat syarat, Hasil hasil, String nilai) {}

    /**
     * The hints on the reference date {@code acuan} (the end of the announcement, or today); the performance years are
     * the ones before its year. The age in {@code d} is the one on the planned inauguration date.
     */
    public List<Petunjuk> periksa(DataPelamar d, LocalDate acuan) {
        List<Petunjuk> hasil = new ArrayList<>();
        long hari = hariGabungan(d.masaAdministrator(), acuan);
        hasil.add(new Petunjuk(
                Syarat.MASA_JABATAN,
                hari >= masaAdministratorTahun * 365L ? Hasil.MEMENUHI : Hasil.TIDAK_MEMENUHI,
                String.valueOf(hari)));
        hasil.add(
                d.pendidikan() == null
                        ? new Petunjuk(Syarat.PENDIDIKAN, Hasil.TIDAK_DIKETAHUI, "")
                        : new Petunjuk(
                                Syarat.PENDIDIKAN,
                                d.pendidikan().memenuhi(pendidikanMinimal) ? Hasil.MEMENUHI : Hasil.TIDAK_MEMENUHI,
                                d.pendidikan().name()));
        hasil.add(
                d.golongan() == null
                        ? new Petunjuk(Syarat.PANGKAT, Hasil.TIDAK_DIKETAHUI, "")
                        : new Petunjuk(
                                Syarat.PANGKAT,
                                d.golongan().compareTo(golonganMinimal) >= 0 ? Hasil.MEMENUHI : Hasil.TIDAK_MEMENUHI,
                                d.golongan().kode()));
        String disiplin = d.hukumanAktif()
                ? HUKUMAN_AKTIF
                : d.dalamPemeriksaan()
                        ? DALAM_PEMERIKSAAN
                        : d.pernahHukumanSedangBerat() ? PERNAH_SEDANG_BERAT : BERSIH;
        hasil.add(new Petunjuk(
                Syarat.HUKUMAN_DISIPLIN, disiplin.equals(BERSIH) ? Hasil.MEMENUHI : Hasil.TIDAK_MEMENUHI, disiplin));
        if (d.usia() == null) {
            hasil.add(new Petunjuk(Syarat.USIA, Hasil.TIDAK_DIKETAHUI, ""));
        } else {
            hasil.add(new Petunjuk(
                    Syarat.USIA,
                    AturanUsia.diBawahBatas(d.usia(), batasUsia) ? Hasil.MEMENUHI : Hasil.TIDAK_MEMENUHI,
                    String.valueOf(d.usia())));
        }
        long pengalaman = hariGabungan(d.pengalaman(), acuan);
        hasil.add(new Petunjuk(
                Syarat.PENGALAMAN,
                pengalaman >= pengalamanTahun * 365L ? Hasil.MEMENUHI : Hasil.TIDAK_MEMENUHI,
                String.valueOf(pengalaman)));
        hasil.add(kinerja(d.predikatTahunan(), acuan.getYear()));
        return hasil;
    }

    private Petunjuk kinerja(List<@Nullable PredikatKinerja> predikat, int tahunAcuan) {
        boolean kurang = false;
        boolean tidakLengkap = false;
        List<String> bagian = new ArrayList<>();
        for (int i = 0; i < tahunKinerjaBaik; i++) {
            PredikatKinerja p = i < predikat.size() ? predikat.get(i) : null;
            if (p == null) {
                tidakLengkap = true;
            } else if (p.compareTo(PredikatKinerja.BAIK) > 0) {
                kurang = true;
            }
            bagian.add((tahunAcuan - 1 - i) + ": " + (p == null ? "—" : p.name()));
        }
        Hasil h = kurang ? Hasil.TIDAK_MEMENUHI : tidakLengkap ? Hasil.TIDAK_DIKETAHUI : Hasil.MEMENUHI;
        return new Petunjuk(Syarat.KINERJA, h, String.join("; ", bagian));
    }

    /** Days covered by the union of the periods, up to the reference date. */
    static long hariGabungan(List<Masa> masa, LocalDate acuan) {
        List<Masa> urut = masa.stream()
                .map(m -> new Masa(m.mulai(), m.selesai().isAfter(acuan) ? acuan : m.selesai()))
                .filter(m -> m.selesai().isAfter(m.mulai()))
                .sorted(Comparator.comparing(Masa::mulai))
                .toList();
        long hari = 0;
        LocalDate mulai = null;
        LocalDate selesai = null;
        for (Masa m : urut) {
            if (selesai == null || m.mulai().isAfter(selesai)) {
                if (selesai != null) {
                    hari += ChronoUnit.DAYS.between(mulai, selesai);
                }
                mulai = m.mulai();
                selesai = m.selesai();
            } else if (m.selesai().isAfter(selesai)) {
                selesai = m.selesai();
            }
        }
        if (selesai != null) {
            hari += ChronoUnit.DAYS.between(mulai, selesai);
        }
        return hari;
    }
}
