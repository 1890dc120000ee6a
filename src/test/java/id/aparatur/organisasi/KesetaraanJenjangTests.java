package id.aparatur.organisasi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which positions count as administrator level or higher (PP 11/2017 jo. PP 17/2020 Pasal 107; PermenPANRB 17/2021). */
class KesetaraanJenjangTests {

    @Test
    void administratorDanJptSelaluSetara() {
        for (JenisJabatan j : EnumSet.of(
                JenisJabatan.ADMINISTRATOR, JenisJabatan.JPT_PRATAMA, JenisJabatan.JPT_MADYA, JenisJabatan.JPT_UTAMA)) {
            assertThat(KesetaraanJenjang.setaraAdministratorAtauLebih(j, null))
                    .as(j.name())
                    .isTrue();
        }
    }

    @Test
    void pengawasDanPelaksanaTidakSetara() {
        assertThat(KesetaraanJenjang.setaraAdministratorAtauLebih(JenisJabatan.PENGAWAS, null))
                .isFalse();
        assertThat(KesetaraanJenjang.setaraAdministratorAtauLebih(JenisJabatan.PELAKSANA, null))
                .isFalse();
    }

    @Test
    void fungsionalSetaraMulaiAhliMadya() {
        Set<Jenjang> setara = EnumSet.of(Jenjang.AHLI_MADYA, Jenjang.AHLI_UTAMA);
        for (Jenjang j : Jenjang.values()) {
            assertThat(KesetaraanJenjang.setaraAdministratorAtauLebih(JenisJabatan.FUNGSIONAL, j))
                    .as(j.name())
                    .isEqualTo(setara.contains(j));
        }
        assertThat(KesetaraanJenjang.setaraAdministratorAtauLebih(JenisJabatan.FUNGSIONAL, null))
                .isFalse();
    }
}
