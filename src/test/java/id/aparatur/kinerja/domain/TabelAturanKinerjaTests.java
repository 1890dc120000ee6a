package id.aparatur.kinerja.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.MatriksPredikat;
import id.aparatur.kinerja.PredikatKinerja;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry's value objects of the predikat matrix and the angka kredit table: version 1 equals the code. */
class TabelAturanKinerjaTests {

    @Test
    void matriksStandarSamaDenganMatriksPredikat() {
        for (Ekspektasi h : Ekspektasi.values()) {
            for (Ekspektasi p : Ekspektasi.values()) {
                assertThat(TabelPredikat.STANDAR.predikat(h, p)).isEqualTo(MatriksPredikat.predikat(h, p));
            }
        }
    }

    @Test
    void matriksTanpaSelDitolak() {
        Map<Ekspektasi, Map<Ekspektasi, PredikatKinerja>> m = new EnumMap<>(TabelPredikat.STANDAR.sel());
        m.put(Ekspektasi.SESUAI, Map.of(Ekspektasi.SESUAI, PredikatKinerja.BAIK));
        assertThatThrownBy(() -> new TabelPredikat(m)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void angkaKreditStandarSamaDenganKonversi() {
        for (PredikatKinerja p : PredikatKinerja.values()) {
            assertThat(TabelAngkaKredit.STANDAR.angkaKredit("AHLI_MUDA", p, 12))
                    .isEqualTo(KonversiAngkaKredit.angkaKredit("AHLI_MUDA", p, 12));
            assertThat(TabelAngkaKredit.STANDAR.angkaKredit("PEMULA", p, 5))
                    .isEqualTo(KonversiAngkaKredit.angkaKredit("PEMULA", p, 5));
        }
        assertThat(TabelAngkaKredit.STANDAR.angkaKredit("AHLI_MADYA", PredikatKinerja.SANGAT_BAIK, 12))
                .isEqualByComparingTo(new BigDecimal("56.25"));
        assertThat(TabelAngkaKredit.STANDAR.punya("KEPALA_DINAS")).isFalse();
    }
}
