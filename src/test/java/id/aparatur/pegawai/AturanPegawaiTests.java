package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.pegawai.domain.AturanPegawai;
import id.aparatur.pegawai.domain.Pegawai;
import id.aparatur.shared.Nip;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AturanPegawaiTests {

    private static final LocalDate HARI_INI = LocalDate.of(2026, 11, 28);
    private static final Nip NIP = new Nip("198609262015051001");

    private static Pegawai pegawai(char jk, LocalDate lahir, YearMonth tmt, String atasan) {
        return new Pegawai(NIP, "Budi Santoso", null, "S.Pd.", jk, lahir, tmt, 1L, 1L, 1L, atasan, true, null, 0);
    }

    @Test
    void dataSesuaiNipLolos() {
        assertThat(AturanPegawai.periksa(
                        pegawai('L', LocalDate.of(1986, 9, 26), YearMonth.of(2015, 5), "197001011995031001"), HARI_INI))
                .isEmpty();
    }

    @Test
    void tanggalLahirTmtDanKelaminHarusSamaDenganNip() {
        assertThat(AturanPegawai.periksa(
                        pegawai('P', LocalDate.of(1986, 9, 27), YearMonth.of(2015, 6), null), HARI_INI))
                .extracting(Galat::kodePesan)
                .containsExactlyInAnyOrder(
                        "pegawai.nip.beda-tanggal-lahir", "pegawai.nip.beda-tmt", "pegawai.nip.beda-kelamin");
    }

    @Test
    void pegawaiBukanAtasanDirinyaSendiri() {
        assertThat(AturanPegawai.periksa(
                        pegawai('L', LocalDate.of(1986, 9, 26), YearMonth.of(2015, 5), NIP.nilai()), HARI_INI))
                .extracting(Galat::kodePesan)
                .containsExactly("pegawai.atasan.diri-sendiri");
    }

    @Test
    void namaLengkapMemuatGelar() {
        Pegawai p = new Pegawai(
                NIP,
                "Siti Aminah",
                "dr.",
                "M.Kes.",
                'L',
                NIP.tanggalLahir(),
                NIP.tmtCpns(),
                null,
                null,
                null,
                null,
                true,
                null,
                0);
        assertThat(p.namaLengkap()).isEqualTo("dr. Siti Aminah, M.Kes.");
    }
}
