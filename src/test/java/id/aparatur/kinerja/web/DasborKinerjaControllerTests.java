package id.aparatur.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.application.DasborKinerjaQuery;
import id.aparatur.kinerja.domain.RekapKinerja;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The dashboard page as a web slice: one query call, the charts' data as JSON, the same full page for htmx. */
@IrisanWebKinerja(DasborKinerjaController.class)
class DasborKinerjaControllerTests extends WebKinerjaTests {

    @MockitoBean
    DasborKinerjaQuery query;

    static DasborKinerjaQuery.Dasbor dasbor() {
        RekapKinerja.Hasil h = RekapKinerja.hitung(
                List.of(new RekapKinerja.Unit(1, "Bidang Uji Satu")),
                new RekapKinerja.Jumlah(
                        Map.of(1L, 3),
                        List.of(new RekapKinerja.PredikatKelompok(1L, PredikatKinerja.BAIK, 2)),
                        Map.of(1L, 2)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                BigDecimal.valueOf(30));
        return new DasborKinerjaQuery.Dasbor(
                new DasborKinerjaQuery.Lingkup(false, 5L, "Dinas Uji Dasbor", null, null),
                2025,
                null,
                List.of(),
                List.of(2026, 2025),
                BigDecimal.valueOf(30),
                h,
                Map.of(),
                false,
                null,
                List.of());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void halamanDasborDariSatuPanggilanQuerySamaDenganAtauTanpaHtmx(boolean htmx) {
        when(query.dasbor(5L, 2025, null)).thenReturn(dasbor());
        var req = mvc.get().uri("/kinerja/dasbor?opd=5&tahun=2025");
        if (htmx) {
            req = req.header("HX-Request", "true");
        }
        assertThat(req)
                .hasStatusOk()
                .hasViewName("kinerja/dasbor")
                .model()
                .containsKeys("d", "grafikDistribusi", "grafikUnit", "grafikJam", "grafikSesuai");
        assertThat(mvc.get().uri("/kinerja/dasbor?opd=5&tahun=2025")).bodyText().contains("Dinas Uji Dasbor", "<html");
    }

    @Test
    void tahunDiLuarRentangMenampilkanPesanDanDasborBawaan() {
        when(query.dasbor(any(), any(), any())).thenAnswer(i -> {
            if (i.getArgument(1) != null) {
                throw new ValidasiException("tahun", "dasbor.tahun.rentang");
            }
            return dasbor();
        });
        assertThat(mvc.get().uri("/kinerja/dasbor?tahun=1900"))
                .hasStatusOk()
                .model()
                .containsKey("galat");
        verify(query).dasbor(isNull(), isNull(), isNull());
    }
}
