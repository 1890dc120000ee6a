package id.aparatur.seleksi.domain;

import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.shared.Golongan;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility hints for an internal applicant to a JPT pratama (PP 11/2017 Pasal 107 huruf c as amended by PP
 * 17/2020): at least {@code masaAdministratorTahun} years (cumulative) as administrator or JF ahli madya (a JPT post
 * or JF ahli utama counts too: it is higher), pendidikan at least S-1/D-IV, pangkat at least {@code golonganMinimal}
 * (IV/b in the usual announcements), no active sedang/berat discipline sanction, and age at most
 * {@code usiaMaksimal} (56). The hints inform the pansel; the pansel decides administrasi. Cumulative years are counted
 * as days ≥ years × 365.
 *
 * @param masaAdministratorTahun required years at administrator level
 * @param golonganMinimal lowest golongan
 * @param pendidikanMinimal lowest education level (D4: D-IV and S-1 and higher)
 * @param usiaMaksimal highest age in completed years on the reference date
 */
@id.aparatur.shared.LogikaMerit(
        izinkan = "tanggalLahir",
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c angka 6: usia paling tinggi 56 tahun (JPT pratama)")
public record SyaratJptPratama(
        int masaAdministratorTahun, Golongan golonganMinimal, TingkatPendidikan pendidikanMinimal, int usiaMaksimal) {

    public static final SyaratJptPratama BAKU = new SyaratJptPratama(2, Golongan.IV_B, TingkatPendidikan.D4, 56);

    /** The requirements, in the order they are shown. */
    public enum Syarat {
        MASA_JABATAN,
        PENDIDIKAN,
        PANGKAT,
        HUKUMAN_DISIPLIN,
        USIA
    }

    /** MEMENUHI, TIDAK_MEMENUHI, or TIDAK_DIKETAHUI when the data is missing. */
    public enum Hasil {
        MEMENUHI,
        TIDAK_MEMENUHI,
        TIDAK_DIKETAHUI
    }

    /** A period in a qualifying position ({@code selesai} exclusive). */
    public record Masa(LocalDate mulai, LocalDate selesai) {}

    /**
     * What the application knows of an internal applicant.
     *
     * @param masaAdministrator periods in qualifying positions (may overlap; they are merged)
     * @param pendidikan highest education, if known
     * @param golongan current golongan, if known
     * @param hukumanAktif an active sedang/berat sanction exists
     * @param tanggalLahir birth date (only for the legal age limit)
     */
    public record DataPelamar(
            List<Masa> masaAdministrator,
            @Nullable TingkatPendidikan pendidikan,
            @Nullable Golongan golongan,
            boolean hukumanAktif,
            @Nullable LocalDate tanggalLahir) {}

    /**
     * One hint.
     *
     * @param syarat the requirement
     * @param hasil whether it is met
     * @param nilai what was found (days, level, golongan, years), for display
     */
    public record Petunjuk(Syarat syarat, Hasil hasil, String nilai) {}

    /** The hints on the reference date (the end of the announcement, or today). */
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
        hasil.add(new Petunjuk(Syarat.HUKUMAN_DISIPLIN, d.hukumanAktif() ? Hasil.TIDAK_MEMENUHI : Hasil.MEMENUHI, ""));
        if (d.tanggalLahir() == null) {
            hasil.add(new Petunjuk(Syarat.USIA, Hasil.TIDAK_DIKETAHUI, ""));
        } else {
            int usia = Period.between(d.tanggalLahir(), acuan).getYears();
            hasil.add(new Petunjuk(
                    Syarat.USIA, usia <= usiaMaksimal ? Hasil.MEMENUHI : Hasil.TIDAK_MEMENUHI, String.valueOf(usia)));
        }
        return hasil;
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
