package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.perencanaan.kaskade.SyaratPendidikan;
import id.aparatur.seleksi.domain.SyaratJptPratama;
import id.aparatur.shared.Golongan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** D-IV = S-1 everywhere: one rank on the enum that the profile, the cascade and the seleksi hints use. */
class TingkatPendidikanTests {

    @Test
    void dIvSetaraS1() {
        assertThat(TingkatPendidikan.D4.peringkat()).isEqualTo(TingkatPendidikan.S1.peringkat());
        assertThat(TingkatPendidikan.D4.memenuhi(TingkatPendidikan.S1)).isTrue();
        assertThat(TingkatPendidikan.S1.memenuhi(TingkatPendidikan.D4)).isTrue();
        assertThat(TingkatPendidikan.D3.memenuhi(TingkatPendidikan.S1)).isFalse();
        assertThat(TingkatPendidikan.D4.memenuhi(TingkatPendidikan.S2)).isFalse();
        assertThat(TingkatPendidikan.peringkat("d4")).isEqualTo(TingkatPendidikan.peringkat("S1"));
        assertThat(TingkatPendidikan.peringkat("X")).isZero();
        assertThat(TingkatPendidikan.peringkat((String) null)).isZero();
    }

    @Test
    void dIvLulusGerbangS1DiSeleksiDanKaskade() {
        SyaratJptPratama s1 = new SyaratJptPratama(2, Golongan.IV_B, TingkatPendidikan.S1, 56, 5, 2);
        var pelamar = new SyaratJptPratama.DataPelamar(
                List.of(), TingkatPendidikan.D4, Golongan.IV_B, false, false, false, 51, List.of(), List.of());
        assertThat(s1.periksa(pelamar, LocalDate.of(2026, 1, 1)))
                .filteredOn(p -> p.syarat() == SyaratJptPratama.Syarat.PENDIDIKAN)
                .singleElement()
                .extracting(SyaratJptPratama.Petunjuk::hasil)
                .isEqualTo(SyaratJptPratama.Hasil.MEMENUHI);
        assertThat(SyaratPendidikan.peringkat("D4")).isEqualTo(SyaratPendidikan.peringkat("S1"));
        for (TingkatPendidikan t : TingkatPendidikan.values()) {
            assertThat(SyaratPendidikan.peringkat(t.name())).as(t.name()).isEqualTo(t.peringkat());
        }
    }
}
