package id.aparatur.pegawai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.pegawai.Pemilih;
import id.aparatur.pegawai.application.PegawaiQuery.PencarianPegawai;
import id.aparatur.sistem.Pengguna;
import id.aparatur.sistem.UjiHalaman;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The picker endpoints answer the same fragment with and without {@code HX-Request}, in the user's scope. */
@UjiHalaman(PemilihController.class)
class PemilihControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    Pemilih pemilih;

    @Test
    void pencarianPegawaiMengecualikanBawahanDanMenjawabFragmen() {
        when(pemilih.pegawai(any(), any())).thenReturn(new Pemilih.HasilPegawai(List.of(), false, false));
        when(pemilih.jabatan(any(), any())).thenReturn(new Pemilih.HasilJabatan(List.of(), Map.of(), false, true));
        for (boolean htmx : new boolean[] {true, false}) {
            var req = mvc.get()
                    .uri("/pegawai/pilih/pegawai?q=siti&bawahanDari=1985 0101 2015011001")
                    .with(Pengguna.bkd().masuk(cakupan));
            var hasil = (htmx ? req.header("HX-Request", "true") : req).exchange();
            assertThat(hasil).hasStatusOk().hasViewName("fragments/pemilih :: hasil-pegawai");
            assertThat(mvc.get()
                            .uri("/pegawai/pilih/jabatan")
                            .with(Pengguna.bkd().masuk(cakupan))
                            .exchange())
                    .hasStatusOk()
                    .hasViewName("fragments/pemilih :: hasil-jabatan");
        }
        ArgumentCaptor<PencarianPegawai> cari = ArgumentCaptor.forClass(PencarianPegawai.class);
        verify(pemilih, org.mockito.Mockito.times(2)).pegawai(eq(Pengguna.bkd().cakupan()), cari.capture());
        assertThat(cari.getValue().bukanBawahanDari()).isEqualTo("198501012015011001");
        assertThat(cari.getValue().kata().kosong()).isFalse();
    }
}
