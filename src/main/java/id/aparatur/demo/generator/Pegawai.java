package id.aparatur.demo.generator;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A pegawai seated in a jabatan, with the profile (DRH) fields; {@code atasanNip} is null only for the Sekda.
 * {@code golongan} and {@code tmtGolongan} are null exactly for PPPK (they have no golongan I/a..IV/e), who have a
 * {@code golonganPppk} I–XVII instead, no {@code tmtCpns}, and an NI PPPK as {@code nip}; {@code disabilitas} is null
 * for pegawai without disability. {@code tmtPengangkatan} is the start of service (the TMT CPNS of a PNS, the TMT of
 * the first perjanjian kerja of a PPPK); the generator checks its dates against it, it is not loaded.
 */
public record Pegawai(
        String nip,
        String nama,
        @Nullable String gelarDepan,
        @Nullable String gelarBelakang,
        String jenisKelamin,
        LocalDate tanggalLahir,
        @Nullable LocalDate tmtCpns,
        long jabatanId,
        long unitId,
        long opdId,
        @Nullable String atasanNip,
        String tempatLahir,
        String nik,
        String statusKepegawaian,
        @Nullable String golongan,
        @Nullable LocalDate tmtGolongan,
        LocalDate tmtJabatan,
        String pendidikanTingkat,
        String pendidikanJurusan,
        int pendidikanTahunLulus,
        String agama,
        String statusPerkawinan,
        @Nullable String disabilitas,
        @Nullable String golonganPppk,
        LocalDate tmtPengangkatan) {

    /** Name with gelar, as written on an SK. */
    public String namaLengkap() {
        return (gelarDepan == null ? "" : gelarDepan + " ")
                + nama
                + (gelarBelakang == null ? "" : ", " + gelarBelakang);
    }
}
