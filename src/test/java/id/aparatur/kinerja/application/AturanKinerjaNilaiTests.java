package id.aparatur.kinerja.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.kinerja.AturanTindakLanjut;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.TabelAngkaKredit;
import id.aparatur.kinerja.domain.TabelPredikat;
import id.aparatur.kinerja.domain.TabelTpp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Version 1 of each kinerja table, as the registry stores it (JSON from the code), parses back into the policy the code
 * applied: behaviour is unchanged until a new version is approved; a new value changes the policy.
 */
class AturanKinerjaNilaiTests {

    final ObjectMapper json = new ObjectMapper();
    final DefinisiAturanKinerja definisi = new DefinisiAturanKinerja();

    @Test
    void versiSatuSamaDenganKode() {
        assertThat(AturanKinerja.matriks(definisi.definisiMatriksPredikat(json).nilaiAwal()))
                .isEqualTo(TabelPredikat.STANDAR);
        assertThat(AturanKinerja.tindakLanjut(
                        definisi.definisiTindakLanjut(json).nilaiAwal(), AturanTindakLanjut.STANDAR))
                .isEqualTo(AturanTindakLanjut.STANDAR);
        assertThat(AturanKinerja.tpp(
                        definisi.definisiTpp(TabelTpp.STANDAR, json).nilaiAwal()))
                .isEqualTo(TabelTpp.STANDAR);
        TabelAngkaKredit ak =
                AturanKinerja.angkaKredit(definisi.definisiAngkaKredit(json).nilaiAwal());
        for (String jenjang : TabelAngkaKredit.STANDAR.koefisien().keySet()) {
            for (PredikatKinerja p : PredikatKinerja.values()) {
                assertThat(ak.angkaKredit(jenjang, p, 12))
                        .isEqualByComparingTo(TabelAngkaKredit.STANDAR.angkaKredit(jenjang, p, 12));
            }
        }
    }

    @Test
    void versiBaruMengubahKebijakan() {
        ObjectNode tl = (ObjectNode) definisi.definisiTindakLanjut(json).nilaiAwal();
        tl.put("KURANG", "PENGEMBANGAN");
        AturanTindakLanjut a = AturanKinerja.tindakLanjut(tl, AturanTindakLanjut.STANDAR);
        assertThat(a.untuk(PredikatKinerja.KURANG))
                .contains(new AturanTindakLanjut.TindakLanjutBaku(
                        id.aparatur.kinerja.JenisTindakLanjut.PENGEMBANGAN, false));
        assertThat(a.untuk(PredikatKinerja.SANGAT_KURANG))
                .isEqualTo(AturanTindakLanjut.STANDAR.untuk(PredikatKinerja.SANGAT_KURANG));
        assertThat(a.untuk(PredikatKinerja.BAIK)).isEmpty();
    }
}
