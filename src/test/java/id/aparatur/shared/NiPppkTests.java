package id.aparatur.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** NI PPPK: only the documented rule (18 digits) rejects; the positional readings are warnings. */
class NiPppkTests {

    @Test
    void delapanBelasAngkaSatuSatunyaAturanYangMenolak() {
        assertThat(NiPppk.periksa("198507132023212012")).isEmpty();
        assertThat(NiPppk.periksa("19850713202321201")).containsExactly("ni-pppk.panjang");
        assertThat(NiPppk.periksa("1985071320232120A2")).containsExactly("ni-pppk.panjang");
        assertThatThrownBy(() -> NiPppk.dari("1985 0713")).isInstanceOf(NipTidakSahException.class);
        assertThat(NiPppk.dari("19850713 202321 2 012").nilai()).isEqualTo("198507132023212012");
    }

    @Test
    void niPppkBukanNip() {
        // digits 13-14 are no month: a real NI PPPK fails the NIP structure and must not be read as one
        assertThat(Nip.periksa("198507132023212012")).contains("nip.tmt-cpns");
        assertThat(NomorIndukPegawai.tersimpan("198507132023212012", false)).isInstanceOf(NiPppk.class);
        assertThat(NomorIndukPegawai.tersimpan("198609262015051001", false)).isInstanceOf(Nip.class);
        assertThat(NomorIndukPegawai.tersimpan("198609262015051001", true)).isInstanceOf(NiPppk.class);
        assertThat(Nip.terformat("198507132023212012")).isEqualTo("19850713 202321 2 012");
        assertThat(Nip.terformat("12")).isEqualTo("12");
    }

    @Test
    void bacaanPosisiHanyaPeringatan() {
        assertThat(NiPppk.peringatan("198507132023212012")).isEmpty();
        assertThat(NiPppk.tanggalLahir("198507132023212012")).isEqualTo(LocalDate.of(1985, 7, 13));
        assertThat(NiPppk.jenisKelamin("198507132023212012")).isEqualTo('P');
        assertThat(NiPppk.peringatan("198513402023213000"))
                .containsExactly("ni-pppk.tanggal-lahir", "ni-pppk.jenis-kelamin", "ni-pppk.nomor-urut");
        assertThat(NiPppk.peringatan("198507131999212012")).containsExactly("ni-pppk.tahun");
        assertThat(NiPppk.tanggalLahir("198513402023213000")).isNull();
        assertThat(NiPppk.jenisKelamin("198513402023213000")).isNull();
    }

    @Test
    void golonganPppkSatuSampaiTujuhBelas() {
        assertThat(GolonganPppk.values()).hasSize(17);
        assertThat(GolonganPppk.dari("IX")).contains(GolonganPppk.IX);
        assertThat(GolonganPppk.dari("xvii")).contains(GolonganPppk.XVII);
        assertThat(GolonganPppk.dari("9")).contains(GolonganPppk.IX);
        assertThat(GolonganPppk.dari("18")).isEmpty();
        assertThat(GolonganPppk.dari("III/a")).isEmpty();
        assertThat(Golongan.dari("IX")).isEmpty();
    }
}
