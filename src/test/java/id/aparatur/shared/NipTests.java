package id.aparatur.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class NipTests {

    @Test
    void nipSahDiuraikanMenjadiTanggalLahirTmtDanJenisKelamin() {
        Nip nip = Nip.dari("19860926 201505 1 001");
        assertThat(nip.nilai()).isEqualTo("198609262015051001");
        assertThat(nip.tanggalLahir()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(nip.tmtCpns()).isEqualTo(YearMonth.of(2015, 5));
        assertThat(nip.jenisKelamin()).isEqualTo('L');
        assertThat(nip.nomorUrut()).isEqualTo(1);
        assertThat(nip.terformat()).isEqualTo("19860926 201505 1 001");
        assertThat(Nip.periksa("199001012015052003")).isEmpty();
        assertThat(new Nip("199001012015052003").jenisKelamin()).isEqualTo('P');
    }

    @Test
    void tolakPanjangAtauKarakterSalah() {
        assertThat(Nip.periksa("12345")).containsExactly("nip.panjang");
        assertThat(Nip.periksa("19860926201505100A")).containsExactly("nip.panjang");
        assertThat(Nip.periksa("1986092620150510011")).containsExactly("nip.panjang");
        assertThat(Nip.periksa(null)).containsExactly("nip.panjang");
    }

    @Test
    void tolakTanggalLahirTidakSah() {
        assertThat(Nip.periksa("198602302015051001")).contains("nip.tanggal-lahir");
        assertThat(Nip.periksa("198613012015051001")).contains("nip.tanggal-lahir");
    }

    @Test
    void tolakTmtCpnsTidakSah() {
        assertThat(Nip.periksa("198609262015131001")).containsExactly("nip.tmt-cpns");
        assertThat(Nip.periksa("198609262015001001")).containsExactly("nip.tmt-cpns");
        assertThat(Nip.periksa("198609261940051001")).contains("nip.tmt-cpns");
    }

    @Test
    void tolakTmtSebelumUsiaTujuhBelas() {
        assertThat(Nip.periksa("200001012010011001")).containsExactly("nip.tmt-sebelum-lahir");
    }

    @Test
    void tolakDigitJenisKelaminSelainSatuAtauDua() {
        assertThat(Nip.periksa("198609262015053001")).containsExactly("nip.jenis-kelamin");
        assertThat(Nip.periksa("198609262015050001")).containsExactly("nip.jenis-kelamin");
    }

    @Test
    void tolakNomorUrutNol() {
        assertThat(Nip.periksa("198609262015051000")).containsExactly("nip.nomor-urut");
    }

    @Test
    void beberapaPelanggaranDilaporkanSekaligus() {
        assertThat(Nip.periksa("198613402015133000"))
                .containsExactlyInAnyOrder("nip.tanggal-lahir", "nip.tmt-cpns", "nip.jenis-kelamin", "nip.nomor-urut");
    }

    @Test
    void konstruktorMelemparPengecualianDenganSemuaKodePesan() {
        assertThatThrownBy(() -> new Nip("198609262015053000"))
                .isInstanceOf(NipTidakSahException.class)
                .satisfies(e -> assertThat(((NipTidakSahException) e).kodePesan())
                        .containsExactlyInAnyOrder("nip.jenis-kelamin", "nip.nomor-urut"));
    }
}
