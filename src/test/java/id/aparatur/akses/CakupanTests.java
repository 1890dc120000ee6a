package id.aparatur.akses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CakupanTests {

    @Test
    void adminDanAsesorMelihatSemuaOpdTetapiHanyaAdminMengelola() {
        Cakupan admin = new Cakupan("bkd", Set.of(Peran.ADMIN_BKD), null, null);
        Cakupan asesor = new Cakupan("asesor", Set.of(Peran.ASESOR), null, null);
        assertThat(admin.melihatOpd(7L)).isTrue();
        assertThat(admin.pengelola()).isTrue();
        assertThat(asesor.melihatOpd(7L)).isTrue();
        assertThat(asesor.pengelola()).isFalse();
    }

    @Test
    void pimpinanOpdHanyaMelihatOpdSendiri() {
        Cakupan kadis = new Cakupan("kadis", Set.of(Peran.PIMPINAN_OPD), 3L, "197001011995031001");
        assertThat(kadis.melihatOpd(3L)).isTrue();
        assertThat(kadis.melihatOpd(4L)).isFalse();
        assertThat(kadis.melihatOpd(null)).isFalse();
        assertThat(kadis.pengelola()).isFalse();
    }

    @Test
    void penggunaTanpaOpdTidakMelihatOrganisasiApaPun() {
        Cakupan c = new Cakupan("x", Set.of(Peran.PEGAWAI), null, null);
        assertThat(c.melihatOpd(1L)).isFalse();
    }
}
