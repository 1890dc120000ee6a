package id.aparatur.pegawai.domain;

import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.GolonganPppk;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The DRH fields of a profile beyond the core data (identity details, pangkat, pendidikan, protected data). */
public record DataProfil(
        @Nullable String tempatLahir,
        @Nullable String nik,
        StatusKepegawaian statusKepegawaian,
        @Nullable Golongan golongan,
        @Nullable LocalDate tmtGolongan,
        @Nullable LocalDate tmtJabatan,
        @Nullable TingkatPendidikan pendidikanTingkat,
        @Nullable String pendidikanJurusan,
        @Nullable Integer pendidikanTahunLulus,
        DataPribadi pribadi,
        @Nullable GolonganPppk golonganPppk) {

    public static final DataProfil KOSONG = new DataProfil(
            null, null, StatusKepegawaian.PNS, null, null, null, null, null, null, new DataPribadi(null, null, null));

    /** Without a PPPK golongan. */
    public DataProfil(
            @Nullable String tempatLahir,
            @Nullable String nik,
            StatusKepegawaian statusKepegawaian,
            @Nullable Golongan golongan,
            @Nullable LocalDate tmtGolongan,
            @Nullable LocalDate tmtJabatan,
            @Nullable TingkatPendidikan pendidikanTingkat,
            @Nullable String pendidikanJurusan,
            @Nullable Integer pendidikanTahunLulus,
            DataPribadi pribadi) {
        this(
                tempatLahir,
                nik,
                statusKepegawaian,
                golongan,
                tmtGolongan,
                tmtJabatan,
                pendidikanTingkat,
                pendidikanJurusan,
                pendidikanTahunLulus,
                pribadi,
                null);
    }

    /** This profile with the PPPK golongan {@code g}. */
    public DataProfil denganGolonganPppk(@Nullable GolonganPppk g) {
        return new DataProfil(
                tempatLahir,
                nik,
                statusKepegawaian,
                golongan,
                tmtGolongan,
                tmtJabatan,
                pendidikanTingkat,
                pendidikanJurusan,
                pendidikanTahunLulus,
                pribadi,
                g);
    }

    /**
     * Rules: NIK has 16 digits; PPPK have no golongan I/a–IV/e but a golongan I–XVII (Perpres 98/2020), which only PPPK
     * have; a PNS or CPNS has a TMT CPNS; TMT golongan and TMT jabatan are not before TMT CPNS (when there is one) nor
     * in the future; the graduation year lies between birth + 5 years and this year; agama and status perkawinan come
     * from the reference lists.
     *
     * @param tmtCpns the recorded TMT CPNS, null for a PPPK
     */
    public List<Galat> periksa(LocalDate tanggalLahir, @Nullable YearMonth tmtCpns, LocalDate hariIni) {
        List<Galat> g = new ArrayList<>();
        if (nik != null && !nik.matches("[0-9]{16}")) {
            g.add(new Galat("nik", "pegawai.nik.format"));
        }
        if (statusKepegawaian == StatusKepegawaian.PPPK && golongan != null) {
            g.add(new Galat("golongan", "pegawai.golongan.pppk"));
        }
        if (statusKepegawaian != StatusKepegawaian.PPPK && golonganPppk != null) {
            g.add(new Galat("golongan", "pegawai.golongan-pppk.hanya-pppk"));
        }
        if (statusKepegawaian != StatusKepegawaian.PPPK && tmtCpns == null) {
            g.add(new Galat("statusKepegawaian", "pegawai.tmt-cpns.wajib"));
        }
        LocalDate awal = tmtCpns == null ? tanggalLahir : tmtCpns.atDay(1);
        if (tmtGolongan != null && (tmtGolongan.isBefore(awal) || tmtGolongan.isAfter(hariIni))) {
            g.add(new Galat("tmtGolongan", "pegawai.tmt-golongan.rentang"));
        }
        if (tmtJabatan != null && (tmtJabatan.isBefore(awal) || tmtJabatan.isAfter(hariIni))) {
            g.add(new Galat("tmtJabatan", "pegawai.tmt-jabatan.rentang"));
        }
        if (pendidikanTahunLulus != null
                && (pendidikanTahunLulus < tanggalLahir.getYear() + 5 || pendidikanTahunLulus > hariIni.getYear())) {
            g.add(new Galat("pendidikanTahunLulus", "pegawai.tahun-lulus.rentang"));
        }
        if (pribadi.agama() != null && !DataPribadi.AGAMA.contains(pribadi.agama())) {
            g.add(new Galat("agama", "pegawai.agama.tidak-dikenal"));
        }
        if (pribadi.statusPerkawinan() != null && !DataPribadi.STATUS_PERKAWINAN.contains(pribadi.statusPerkawinan())) {
            g.add(new Galat("statusPerkawinan", "pegawai.status-perkawinan.tidak-dikenal"));
        }
        return g;
    }
}
