package id.aparatur.akses.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every redirect target becomes a path on this application. */
class PengalihanRelatifTests {

    @Test
    void urlMutlakMenjadiPath() {
        assertThat(PengalihanRelatif.relatif("http://evil.example:8080/pegawai?q=budi&continue", ""))
                .isEqualTo("/pegawai?q=budi&continue");
        assertThat(PengalihanRelatif.relatif("https://evil.example", "")).isEqualTo("/");
        assertThat(PengalihanRelatif.relatif("//evil.example/pegawai", "")).isEqualTo("/pegawai");
        assertThat(PengalihanRelatif.relatif("http://evil.example//evil2.example/x", ""))
                .isEqualTo("/evil2.example/x");
        assertThat(PengalihanRelatif.relatif("/\\evil.example", "")).isEqualTo("/");
    }

    @Test
    void pathRelatifMendapatKonteks() {
        assertThat(PengalihanRelatif.relatif("/", "")).isEqualTo("/");
        assertThat(PengalihanRelatif.relatif("/", "/aparatur")).isEqualTo("/aparatur/");
        assertThat(PengalihanRelatif.relatif("/aparatur/pegawai", "/aparatur")).isEqualTo("/aparatur/pegawai");
        assertThat(PengalihanRelatif.relatif("http://h/aparatur/pegawai", "/aparatur"))
                .isEqualTo("/aparatur/pegawai");
        assertThat(PengalihanRelatif.relatif("bukan url ::", "")).isEqualTo("/");
    }
}
