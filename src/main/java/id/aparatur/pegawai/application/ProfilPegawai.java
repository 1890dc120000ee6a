package id.aparatur.pegawai.application;

import id.aparatur.pegawai.JenisRiwayat;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.GolonganPppk;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The full profile (DRH) of one employee as the current user may see it: protected personal data ({@code pribadi}) only
 * for BKD and the employee, hukuman disiplin only for BKD, the employee and the head of their OPD.
 */
public record ProfilPegawai(
        PegawaiBaris inti,
        @Nullable String tempatLahir,
        @Nullable String nik,
        StatusKepegawaian statusKepegawaian,
        @Nullable Golongan golongan,
        @Nullable LocalDate tmtGolongan,
        @Nullable LocalDate tmtJabatan,
        @Nullable TingkatPendidikan pendidikanTingkat,
        @Nullable String pendidikanJurusan,
        @Nullable Integer pendidikanTahunLulus,
        @Nullable DataPribadi pribadi,
        @Nullable String jenisJabatan,
        @Nullable String jenjang,
        @Nullable String rumpunKode,
        int bup,
        LocalDate tmtPensiun,
        List<String> ketidaksesuaianNip,
        List<Riwayat> riwayat,
        List<String> minatRumpun,
        List<MinatJabatan> minatJabatan,
        List<UsulanKoreksi> koreksi,
        boolean disiplinTerlihat,
        boolean pribadiTerlihat,
        @Nullable String kodeJf,
        @Nullable GolonganPppk golonganPppk) {

    /** Without a JF code and a PPPK golongan. */
    public ProfilPegawai(
            PegawaiBaris inti,
            @Nullable String tempatLahir,
            @Nullable String nik,
            StatusKepegawaian statusKepegawaian,
            @Nullable Golongan golongan,
            @Nullable LocalDate tmtGolongan,
            @Nullable LocalDate tmtJabatan,
            @Nullable TingkatPendidikan pendidikanTingkat,
            @Nullable String pendidikanJurusan,
            @Nullable Integer pendidikanTahunLulus,
            @Nullable DataPribadi pribadi,
            @Nullable String jenisJabatan,
            @Nullable String jenjang,
            @Nullable String rumpunKode,
            int bup,
            LocalDate tmtPensiun,
            List<String> ketidaksesuaianNip,
            List<Riwayat> riwayat,
            List<String> minatRumpun,
            List<MinatJabatan> minatJabatan,
            List<UsulanKoreksi> koreksi,
            boolean disiplinTerlihat,
            boolean pribadiTerlihat) {
        this(
                inti,
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
                jenisJabatan,
                jenjang,
                rumpunKode,
                bup,
                tmtPensiun,
                ketidaksesuaianNip,
                riwayat,
                minatRumpun,
                minatJabatan,
                koreksi,
                disiplinTerlihat,
                pribadiTerlihat,
                null,
                null);
    }

    /** One riwayat entry. Three different dates: {@code tanggalSk}, {@code tmt}, {@code dicatatPada}. */
    public record Riwayat(
            long id,
            JenisRiwayat jenis,
            String uraian,
            @Nullable String keterangan,
            @Nullable String golongan,
            @Nullable Long jabatanId,
            @Nullable String tingkat,
            @Nullable Integer jp,
            @Nullable String nomorSk,
            @Nullable LocalDate tanggalSk,
            LocalDate tmt,
            @Nullable LocalDate tmtSelesai,
            OffsetDateTime dicatatPada,
            String dicatatOleh,
            @Nullable OffsetDateTime dibatalkanPada,
            @Nullable String dibatalkanOleh,
            @Nullable String alasanBatal) {

        public boolean berlaku() {
            return dibatalkanPada == null;
        }
    }

    public record MinatJabatan(
            long jabatanId, String nama, @Nullable String opdNama, int kelas) {}

    public record UsulanKoreksi(
            long id,
            String isian,
            @Nullable String nilaiLama,
            String nilaiUsulan,
            String alasan,
            String status,
            String diajukanOleh,
            OffsetDateTime diajukanPada,
            @Nullable String diputusOleh,
            @Nullable OffsetDateTime diputusPada,
            @Nullable String alasanPutusan) {}

    public List<Riwayat> riwayat(JenisRiwayat jenis) {
        return riwayat.stream().filter(r -> r.jenis() == jenis).toList();
    }

    /** Total training hours (JP) of valid PELATIHAN entries. */
    public int totalJp() {
        return riwayat.stream()
                .filter(r -> r.jenis() == JenisRiwayat.PELATIHAN && r.berlaku() && r.jp() != null)
                .mapToInt(Riwayat::jp)
                .sum();
    }
}
