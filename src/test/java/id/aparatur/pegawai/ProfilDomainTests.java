package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.pegawai.domain.AturanPegawai;
import id.aparatur.pegawai.domain.AturanPensiun;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.pegawai.domain.DataProfil;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.Nip;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ProfilDomainTests {

    static final LocalDate HARI_INI = LocalDate.of(2026, 11, 28);

    @Test
    void bupMenurutJenisDanJenjangJabatan() {
        AturanPensiun a = AturanPensiun.STANDAR;
        assertThat(a.bup("PELAKSANA", null)).isEqualTo(58);
        assertThat(a.bup("ADMINISTRATOR", null)).isEqualTo(58);
        assertThat(a.bup("JPT_PRATAMA", null)).isEqualTo(60);
        assertThat(a.bup("FUNGSIONAL", "AHLI_MUDA")).isEqualTo(58);
        assertThat(a.bup("FUNGSIONAL", "AHLI_MADYA")).isEqualTo(60);
        assertThat(a.bup("FUNGSIONAL", "AHLI_UTAMA")).isEqualTo(65);
        assertThat(a.bup(null, null)).isEqualTo(58);
    }

    @Test
    void tmtPensiunTanggalSatuBulanBerikutnya() {
        assertThat(AturanPensiun.tmtPensiun(LocalDate.of(1986, 9, 26), 58)).isEqualTo(LocalDate.of(2044, 10, 1));
        assertThat(AturanPensiun.tmtPensiun(LocalDate.of(1970, 12, 1), 60)).isEqualTo(LocalDate.of(2031, 1, 1));
    }

    @Test
    void golonganDenganNamaPangkatResmi() {
        assertThat(Golongan.dari("III/a")).contains(Golongan.III_A);
        assertThat(Golongan.dari("iv/E")).contains(Golongan.IV_E);
        assertThat(Golongan.dari("V/a")).isEmpty();
        assertThat(Golongan.III_A.lengkap()).isEqualTo("Penata Muda (III/a)");
        assertThat(Golongan.IV_C.pangkat()).isEqualTo("Pembina Utama Muda");
        assertThat(Golongan.values()).hasSize(17);
    }

    @Test
    void ketidaksesuaianNipDitandaiBukanDisembunyikan() {
        Nip nip = new Nip("198609262015051001");
        assertThat(AturanPegawai.ketidaksesuaianNip(nip, LocalDate.of(1986, 9, 26), YearMonth.of(2015, 5), 'L'))
                .isEmpty();
        assertThat(AturanPegawai.ketidaksesuaianNip(nip, LocalDate.of(1986, 9, 25), YearMonth.of(2016, 5), 'P'))
                .containsExactly("pegawai.nip.beda-tanggal-lahir", "pegawai.nip.beda-tmt", "pegawai.nip.beda-kelamin");
    }

    @Test
    void aturanDataProfil() {
        DataProfil baik = new DataProfil(
                "Sleman",
                "3404012609860001",
                StatusKepegawaian.PNS,
                Golongan.III_B,
                LocalDate.of(2019, 4, 1),
                LocalDate.of(2020, 1, 2),
                TingkatPendidikan.S1,
                "Akuntansi",
                2009,
                new DataPribadi("ISLAM", "KAWIN", null));
        assertThat(baik.periksa(LocalDate.of(1986, 9, 26), YearMonth.of(2015, 5), HARI_INI))
                .isEmpty();

        DataProfil buruk = new DataProfil(
                null,
                "12345",
                StatusKepegawaian.PPPK,
                Golongan.III_A,
                LocalDate.of(2010, 1, 1),
                LocalDate.of(2030, 1, 1),
                TingkatPendidikan.S1,
                null,
                1988,
                new DataPribadi("LAINNYA", "MENIKAH", null));
        assertThat(buruk.periksa(LocalDate.of(1986, 9, 26), YearMonth.of(2015, 5), HARI_INI))
                .extracting(Galat::kodePesan)
                .containsExactlyInAnyOrder(
                        "pegawai.nik.format",
                        "pegawai.golongan.pppk",
                        "pegawai.tmt-golongan.rentang",
                        "pegawai.tmt-jabatan.rentang",
                        "pegawai.tahun-lulus.rentang",
                        "pegawai.agama.tidak-dikenal",
                        "pegawai.status-perkawinan.tidak-dikenal");
    }
}
