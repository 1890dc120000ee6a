package id.aparatur.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.application.EvaluasiQuery;
import id.aparatur.kinerja.application.LayananDistribusi;
import id.aparatur.kinerja.application.LayananEvaluasi;
import id.aparatur.kinerja.application.LayananSkp;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.shared.ValidasiException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The evaluation and organisational predikat pages as a web slice. */
@IrisanWebKinerja(EvaluasiController.class)
class EvaluasiControllerTests extends WebKinerjaTests {

    @MockitoBean
    LayananEvaluasi layanan;

    @MockitoBean
    LayananSkp skp;

    @MockitoBean
    EvaluasiQuery query;

    static EvaluasiQuery.HalamanEvaluasi halaman() {
        var p = new EvaluasiQuery.Pelaksanaan(
                42,
                StatusSkp.DISETUJUI,
                PeriodeEvaluasi.TRIWULANAN,
                Set.of(Aksi.REALISASI),
                List.of(new EvaluasiQuery.IndikatorSkp(
                        111, 7, "Menyusun laporan", "KUANTITAS", "Jumlah laporan", "12")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
        return new EvaluasiQuery.HalamanEvaluasi(SkpControllerTests.skp(StatusSkp.DISETUJUI), p, false);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void halamanEvaluasiSamaDenganAtauTanpaHtmx(boolean htmx) {
        when(query.halaman(42)).thenReturn(halaman());
        var req = mvc.get().uri("/kinerja/skp/42/evaluasi");
        if (htmx) {
            req = req.header("HX-Request", "true");
        }
        assertThat(req)
                .hasStatusOk()
                .hasViewName("kinerja/skp-evaluasi")
                .model()
                .containsEntry("bolehTindakLanjut", false)
                .containsEntry("periode", List.of(1, 2, 3, 4));
    }

    @Test
    void realisasiTersimpanAtauPesanPerIsian() {
        assertThat(mvc.post()
                        .uri("/kinerja/skp/42/evaluasi/realisasi")
                        .param("indikatorId", "111")
                        .param("periodeKe", "2")
                        .param("realisasi", "6 laporan")
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/kinerja/skp/42/evaluasi")
                .flash()
                .containsKey("berhasil");
        verify(layanan).catatRealisasi(42, 111L, 2, "6 laporan", null, null);
        when(layanan.catatRealisasi(any(Long.class), any(), any(), any(), any(), any()))
                .thenThrow(new ValidasiException("bukti", "validasi.tautan.http"));
        assertThat(mvc.post()
                        .uri("/kinerja/skp/42/evaluasi/realisasi")
                        .param("indikatorId", "abc")
                        .param("bukti", "javascript:alert(1)")
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("galat");
    }

    @Test
    void tindakLanjutDimajukanLewatSkpnya() {
        assertThat(mvc.post()
                        .uri("/kinerja/skp/42/evaluasi/tindak-lanjut")
                        .param("versi", "1")
                        .param("status", "BERJALAN")
                        .param("rencana", "Coaching bulanan")
                        .with(csrf()))
                .hasStatus3xxRedirection();
        verify(layanan).ubahTindakLanjutSkp(42, 1, "BERJALAN", "Coaching bulanan", null);
    }

    @Test
    void halamanPredikatOrganisasiMenandaiAturanYangDilanggar() {
        var batas = AturanDistribusi.STANDAR.aturan().get(PredikatOrganisasi.ISTIMEWA);
        Map<PredikatKinerja, Integer> jumlah = new EnumMap<>(PredikatKinerja.class);
        jumlah.put(PredikatKinerja.SANGAT_BAIK, 4);
        var d = new LayananDistribusi.Distribusi(
                9,
                2025,
                PredikatOrganisasi.ISTIMEWA,
                LocalDate.of(2022, 1, 1),
                jumlah,
                4,
                0,
                4,
                batas,
                List.of(new LayananDistribusi.Pelanggaran(
                        AturanDistribusi.Jenis.PALING_BANYAK, Set.of(PredikatKinerja.SANGAT_BAIK), 70, 4, 4)),
                null);
        when(query.halamanPredikatOrganisasi(isNull(), isNull()))
                .thenReturn(new EvaluasiQuery.HalamanPredikatOrganisasi(
                        List.of(new EvaluasiQuery.OpdPilihan(9, "Dinas Uji Predikat")),
                        9L,
                        2025,
                        true,
                        false,
                        List.of(),
                        new EvaluasiQuery.DistribusiOpd(d, KebijakanDistribusi.PERINGATAN)));
        assertThat(mvc.get().uri("/kinerja/predikat-organisasi"))
                .hasStatusOk()
                .hasViewName("kinerja/predikat-organisasi")
                .model()
                .containsEntry("bolehTetapkan", true)
                .containsEntry("bolehFinalkan", false)
                .containsKeys("aturan", "pelanggaran");
    }
}
