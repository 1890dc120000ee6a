package id.aparatur.kompetensi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.application.KompetensiBaris;
import id.aparatur.kompetensi.application.KompetensiQuery;
import id.aparatur.kompetensi.application.KompetensiRinci;
import id.aparatur.kompetensi.application.PengelolaanKompetensi;
import id.aparatur.kompetensi.application.PengelolaanStandarLevel;
import id.aparatur.kompetensi.domain.KompetensiTidakSahException;
import id.aparatur.kompetensi.domain.Pelanggaran;
import id.aparatur.shared.Halaman;
import id.aparatur.sistem.Pengguna;
import id.aparatur.sistem.UjiHalaman;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The kamus kompetensi pages (list page and htmx table, edit form, rejected save), against mocked services. */
@UjiHalaman(KompetensiController.class)
class KompetensiControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    KompetensiQuery query;

    @MockitoBean
    PengelolaanKompetensi pengelolaan;

    @MockitoBean
    PengelolaanStandarLevel standarLevel;

    static KompetensiRinci rinci() {
        return new KompetensiRinci(
                "M.01",
                "Integritas",
                JenisKompetensi.MANAJERIAL,
                null,
                null,
                "Definisi",
                "PermenPANRB 38/2017",
                LocalDate.of(2017, 8, 1),
                null,
                true,
                2,
                List.of());
    }

    @Test
    void daftarSebagaiHalamanDanTabelHtmx() {
        when(query.daftar(any(), any()))
                .thenReturn(new KompetensiQuery.DaftarKompetensi(
                        Halaman.of(
                                List.of(new KompetensiBaris(
                                        "M.01",
                                        "Integritas",
                                        JenisKompetensi.MANAJERIAL,
                                        null,
                                        null,
                                        LocalDate.of(2017, 8, 1),
                                        null,
                                        true)),
                                0,
                                25,
                                1),
                        Map.of()));
        var penuh =
                mvc.get().uri("/kompetensi").with(Pengguna.bkd().masuk(cakupan)).exchange();
        assertThat(penuh).hasStatusOk().hasViewName("kompetensi/daftar");
        assertThat(penuh).bodyText().contains("Integritas");
        assertThat(mvc.get()
                        .uri("/kompetensi")
                        .header("HX-Request", "true")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("kompetensi/daftar :: tabel");
    }

    @Test
    void formUbahSatuPanggilanDanPelanggaranDiIsiannya() {
        when(pengelolaan.formUbah("M.01")).thenReturn(new PengelolaanKompetensi.FormUbah(rinci(), Map.of()));
        var form = mvc.get()
                .uri("/kompetensi/M.01/ubah")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(form).hasStatusOk().hasViewName("kompetensi/form");
        assertThat(form).model().containsEntry("baru", false);
        org.mockito.Mockito.doThrow(new KompetensiTidakSahException(List.of(new Pelanggaran("nama", "NotBlank"))))
                .when(pengelolaan)
                .ubah(any(), org.mockito.ArgumentMatchers.anyInt(), any());
        var ditolak = mvc.post()
                .uri("/kompetensi/M.01/ubah")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("kode", "M.01")
                .param("nama", "Integritas")
                .param("jenis", "MANAJERIAL")
                .param("definisi", "x")
                .param("dasarHukum", "x")
                .param("berlakuMulai", "2017-08-01")
                .param("versi", "2")
                .exchange();
        assertThat(ditolak).hasStatusOk().hasViewName("kompetensi/form");
    }
}
