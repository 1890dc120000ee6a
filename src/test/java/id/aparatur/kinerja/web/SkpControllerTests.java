package id.aparatur.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.kinerja.application.DokumenSkp;
import id.aparatur.kinerja.application.LayananSkp;
import id.aparatur.kinerja.application.SkpHalamanQuery;
import id.aparatur.kinerja.application.SkpQuery;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.AspekIndikator;
import id.aparatur.kinerja.domain.AturanPeriodeEvaluasi;
import id.aparatur.kinerja.domain.JenisRhk;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The SKP pages as a web slice: each handler binds the form, makes one service call and picks the page. */
@IrisanWebKinerja(SkpController.class)
class SkpControllerTests extends WebKinerjaTests {

    @MockitoBean
    SkpHalamanQuery halaman;

    @MockitoBean
    LayananSkp layanan;

    @MockitoBean
    DokumenSkp dokumen;

    static SkpQuery.Skp skp(StatusSkp status) {
        return new SkpQuery.Skp(
                42,
                NIP,
                "Pegawai Uji Halaman",
                2026,
                PeriodeEvaluasi.TRIWULANAN,
                "198001012005011001",
                status,
                null,
                null,
                null,
                3,
                List.of(new SkpQuery.Rhk(
                        7,
                        1,
                        "Menyusun laporan bidang",
                        JenisRhk.UTAMA,
                        null,
                        List.of(new SkpQuery.Indikator(AspekIndikator.KUANTITAS, "Jumlah laporan", "12")))),
                List.of(),
                null,
                List.of());
    }

    static SkpHalamanQuery.HalamanSkp halamanSkp(StatusSkp status, Set<Aksi> aksi) {
        return new SkpHalamanQuery.HalamanSkp(
                skp(status),
                new SkpHalamanQuery.Orang(NIP, "Pegawai Uji Halaman", "III/a", "Analis", "Bidang", "Dinas"),
                null,
                aksi,
                List.of(),
                Map.of(),
                Map.of(),
                List.of());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void halamanSkpMenawarkanLangkahDariLayananSamaDenganAtauTanpaHtmx(boolean htmx) {
        when(halaman.halaman(42)).thenReturn(halamanSkp(StatusSkp.DRAF, Set.of(Aksi.UBAH)));
        var req = mvc.get().uri("/kinerja/skp/42");
        if (htmx) {
            req = req.header("HX-Request", "true");
        }
        assertThat(req)
                .hasStatusOk()
                .hasViewName("kinerja/skp-detail")
                .model()
                .containsEntry("aksi", List.of("UBAH"))
                .containsKeys("formRhk", "formRhkBaru", "isianNilai");
        assertThat(mvc.get().uri("/kinerja/skp/42")).bodyText().contains("Menyusun laporan bidang", "<html");
    }

    @Test
    void daftarSkpMemakaiFilterYangSah() {
        when(layanan.aturanPeriode()).thenReturn(AturanPeriodeEvaluasi.STANDAR);
        when(halaman.halamanDaftar(5L, 2026, StatusSkp.DRAF))
                .thenReturn(new SkpHalamanQuery.HalamanDaftar(
                        List.of(new SkpHalamanQuery.Baris(
                                42, NIP, "Pegawai Uji Daftar", null, "Dinas", 2026, StatusSkp.DRAF, null, null, true)),
                        List.of(),
                        null,
                        2026));
        assertThat(mvc.get().uri("/kinerja/skp?opd=5&tahun=2026&status=DRAF"))
                .hasStatusOk()
                .hasViewName("kinerja/skp-daftar")
                .bodyText()
                .contains("Pegawai Uji Daftar");
        // a tampered status is no filter
        when(halaman.halamanDaftar(null, null, null))
                .thenReturn(new SkpHalamanQuery.HalamanDaftar(List.of(), List.of(), null, 2026));
        assertThat(mvc.get().uri("/kinerja/skp?status=HAPUS")).hasStatusOk();
        verify(halaman).halamanDaftar(null, null, null);
    }

    @Test
    void langkahBerhasilKembaliKeHalamanDanKonflikMenjadiPesan() {
        when(layanan.setujui(42, 3)).thenReturn(skp(StatusSkp.DISETUJUI));
        assertThat(mvc.post().uri("/kinerja/skp/42/setujui").param("versi", "3").with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/kinerja/skp/42");
        verify(layanan).setujui(42, 3);
        when(layanan.finalkan(42, 4)).thenThrow(new KonflikException("skp.versi-usang", "basi"));
        assertThat(mvc.post()
                        .uri("/kinerja/skp/42/finalkan")
                        .param("versi", "4")
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("galat");
    }

    @Test
    void rhkTidakSahMenampilkanHalamanLagiDenganIsianDanPesan() {
        when(layanan.simpanRhk(eq(42L), eq(3), any()))
                .thenThrow(new ValidasiException("rhk[1].uraian", "skp.rhk.uraian.wajib"));
        when(halaman.halaman(42)).thenReturn(halamanSkp(StatusSkp.DRAF, Set.of(Aksi.UBAH)));
        assertThat(mvc.post()
                        .uri("/kinerja/skp/42/rhk")
                        .param("versi", "3")
                        .param("uraian", " ")
                        .param("jenis", "UTAMA")
                        .param("ind[0].aspek", "WAKTU")
                        .param("ind[0].uraian", "Tepat waktu")
                        .param("ind[0].target", "12 bulan")
                        .with(csrf()))
                .hasStatusOk()
                .hasViewName("kinerja/skp-detail")
                .model()
                .containsKeys("galatRhk", "isianRhk");
        // a form without its version never matches the SKP's (409 from the service)
        when(layanan.hapusRhk(anyLong(), anyInt(), anyLong())).thenReturn(skp(StatusSkp.DRAF));
        assertThat(mvc.post().uri("/kinerja/skp/42/rhk/7/hapus").with(csrf())).hasStatus3xxRedirection();
        verify(layanan).hapusRhk(42, -1, 7);
    }

    @Test
    void penilaianHalamanMembawaEkspektasiSetiapNilai() {
        when(layanan.nilai(eq(42L), eq(3), eq("DI_ATAS"), eq("SESUAI"), any(), any()))
                .thenReturn(id.aparatur.kinerja.PredikatKinerja.BAIK);
        assertThat(mvc.post()
                        .uri("/kinerja/skp/42/nilai")
                        .param("versi", "3")
                        .param("hasilKerja", "DI_ATAS")
                        .param("perilakuKerja", "SESUAI")
                        .param("ekspektasi.LOYAL", "SESUAI")
                        .with(csrf()))
                .hasStatus3xxRedirection();
        verify(layanan)
                .nilai(
                        eq(42L),
                        eq(3),
                        eq("DI_ATAS"),
                        eq("SESUAI"),
                        any(),
                        org.mockito.ArgumentMatchers.argThat(m -> m != null && "SESUAI".equals(m.get("LOYAL"))));
    }
}
