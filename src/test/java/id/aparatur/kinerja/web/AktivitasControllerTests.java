package id.aparatur.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.kinerja.application.AktivitasQuery;
import id.aparatur.kinerja.application.PencatatanAktivitas;
import id.aparatur.kinerja.application.PencatatanAktivitas.AktivitasBaru;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The activity pages as a web slice: the form is bound to the same command the API takes. */
@IrisanWebKinerja(AktivitasController.class)
class AktivitasControllerTests extends WebKinerjaTests {

    static final LocalDate HARI = LocalDate.of(2026, 3, 2);

    @MockitoBean
    PencatatanAktivitas pencatatan;

    @MockitoBean
    AktivitasQuery query;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void halamanHariSamaDenganAtauTanpaHtmx(boolean htmx) {
        when(query.halamanHari(HARI))
                .thenReturn(new AktivitasQuery.HalamanHari(
                        true,
                        List.of(new AktivitasQuery.PilihanTugas(3, "Analis Uji", true, List.of("Menyusun telaahan"))),
                        List.of(),
                        List.of()));
        var req = mvc.get().uri("/kinerja/aktivitas?tanggal=" + HARI);
        if (htmx) {
            req = req.header("HX-Request", "true");
        }
        assertThat(req)
                .hasStatusOk()
                .hasViewName("kinerja/aktivitas")
                .bodyText()
                .contains("Menyusun telaahan");
    }

    @Test
    void formulirMenjadiPerintahApiDanGalatTampilDiHalaman() {
        when(query.halamanHari(HARI)).thenReturn(new AktivitasQuery.HalamanHari(true, List.of(), List.of(), List.of()));
        assertThat(mvc.post()
                        .uri("/kinerja/aktivitas")
                        .param("tanggal", HARI.toString())
                        .param("mulai", "08:00")
                        .param("selesai", "09:30")
                        .param("uraian", "Menyusun telaahan staf")
                        .param("tugas", "3:1")
                        .param("rhkId", "77")
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/kinerja/aktivitas?tanggal=" + HARI);
        verify(pencatatan)
                .catat(List.of(new AktivitasBaru(
                        null, HARI.toString(), "08:00", "09:30", "Menyusun telaahan staf", null, 3L, 1, 77L)));
        when(pencatatan.catat(any())).thenThrow(new ValidasiException("[0].selesai", "aktivitas.selesai.masa-depan"));
        assertThat(mvc.post()
                        .uri("/kinerja/aktivitas")
                        .param("tanggal", HARI.toString())
                        .param("tugas", "x:y")
                        .with(csrf()))
                .hasStatusOk()
                .hasViewName("kinerja/aktivitas")
                .model()
                .containsKeys("galat", "isian");
    }

    @Test
    void verifikasiYangSudahDiputusMenjadiPesan() {
        org.mockito.Mockito.doThrow(new KonflikException("aktivitas.sudah-diverifikasi", "sudah"))
                .when(pencatatan)
                .verifikasi(5);
        assertThat(mvc.post()
                        .uri("/kinerja/aktivitas/5/verifikasi")
                        .param("tanggal", HARI.toString())
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/kinerja/aktivitas/verifikasi?tanggal=" + HARI)
                .flash()
                .containsEntry("galatId", 5L);
        when(query.halamanVerifikasi(HARI)).thenReturn(new AktivitasQuery.HalamanVerifikasi(true, List.of()));
        assertThat(mvc.get().uri("/kinerja/aktivitas/verifikasi?tanggal=" + HARI))
                .hasStatusOk()
                .hasViewName("kinerja/aktivitas-verifikasi");
    }
}
