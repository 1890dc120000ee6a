package id.aparatur.perencanaan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.aparatur.UjiHalaman;
import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.perencanaan.application.AbkQuery;
import id.aparatur.perencanaan.application.AbkQuery.AbkRinci;
import id.aparatur.perencanaan.application.AbkQuery.HalamanDaftar;
import id.aparatur.perencanaan.application.AbkQuery.HalamanRinci;
import id.aparatur.perencanaan.application.AbkQuery.Tindakan;
import id.aparatur.perencanaan.application.PengelolaanAbk;
import id.aparatur.perencanaan.application.PengelolaanWke;
import id.aparatur.perencanaan.domain.Abk;
import id.aparatur.perencanaan.domain.AturanPembulatan;
import id.aparatur.perencanaan.domain.StatusAbk;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektif;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The ABK pages without the database: the buttons come from what the service allows, a rejected save shows the typed
 * rows again with the message next to each field, a stale version stays on the form, the WKE form keeps its entries.
 */
@UjiHalaman(AbkController.class)
class AbkControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AbkQuery query;

    @MockitoBean
    PengelolaanAbk pengelolaan;

    @MockitoBean
    PengelolaanWke wke;

    @MockitoBean
    CakupanPengguna cakupan;

    @BeforeEach
    void pengguna() {
        when(cakupan.saatIni()).thenReturn(new Cakupan("kadis", Set.of(Peran.PIMPINAN_OPD), 3L, null));
    }

    static AbkRinci abk(StatusAbk status) {
        return new AbkRinci(
                8,
                20,
                "J-20",
                "Pengadministrasi",
                3,
                "Dinas Uji",
                "Bidang Uji",
                2027,
                status,
                75_000,
                LocalDate.of(2020, 1, 1),
                AturanPembulatan.SETENGAH_KE_ATAS,
                61_600,
                new BigDecimal("0.8213"),
                1,
                0,
                1,
                null,
                null,
                List.of(new AbkQuery.TugasRinci("Menyusun laporan", "Laporan", "dokumen", 120, 180, 21_600)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                2);
    }

    static HalamanRinci halaman(StatusAbk status, boolean ubah) {
        return new HalamanRinci(abk(status), new Tindakan(ubah, ubah, !ubah, false));
    }

    @Test
    void daftarDenganTombolBuatBagiPengisi() {
        when(query.halamanDaftar(null, null))
                .thenReturn(new HalamanDaftar(
                        List.of(new OpdRingkas(
                                3, "DU", "Dinas Uji", null, id.aparatur.organisasi.JenisOpd.DINAS, true)),
                        3L,
                        2027,
                        List.of(),
                        true));
        assertThat(mvc.get().uri("/abk").with(user("kadis").roles("PIMPINAN_OPD")))
                .hasStatusOk()
                .hasViewName("abk/daftar")
                .model()
                .containsEntry("bolehMengisi", true)
                .containsEntry("tahun", 2027);
    }

    @Test
    void tombolMengikutiTindakanYangDiizinkan() {
        when(query.halamanRinci(8)).thenReturn(halaman(StatusAbk.DRAF, true));
        assertThat(mvc.get().uri("/abk/8").with(user("kadis").roles("PIMPINAN_OPD")))
                .hasStatusOk()
                .hasViewName("abk/form")
                .bodyText()
                .contains("id=\"form-abk\"")
                .contains("id=\"ajukan\"")
                .doesNotContain("id=\"finalkan\"");
        when(query.halamanRinci(8)).thenReturn(halaman(StatusAbk.DIAJUKAN, false));
        assertThat(mvc.get().uri("/abk/8").with(user("bkd").roles("ADMIN_BKD")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"form-abk\"")
                .contains("id=\"finalkan\"");
    }

    @Test
    void angkaYangTakTerbacaDitolakBersamaPelanggaranLainTanpaMenyimpan() {
        when(query.halamanRinci(8)).thenReturn(halaman(StatusAbk.DRAF, true));
        when(query.pelanggaranTugas(eq(8L), any()))
                .thenReturn(List.of(
                        new ValidasiException.Galat("tugas[0].normaWaktu", "abk.tugas.norma-waktu.terlalu-besar")));
        assertThat(mvc.post()
                        .uri("/abk/8/tugas")
                        .param("versi", "2")
                        .param("tugas[0].uraian", "Menyusun laporan")
                        .param("tugas[0].volume", "abc")
                        .param("tugas[0].normaWaktu", "75001")
                        .with(user("kadis").roles("PIMPINAN_OPD"))
                        .with(csrf()))
                .hasStatusOk()
                .hasViewName("abk/form")
                .bodyText()
                .contains("id=\"galat-volume-0\"")
                .contains("id=\"galat-norma-0\"")
                .contains("value=\"abc\"");
        verify(pengelolaan, never()).simpanTugas(anyLong(), any(), anyInt());
    }

    @Test
    void simpanBerhasilDiarahkanDanVersiUsangTetapDiForm() {
        assertThat(mvc.post()
                        .uri("/abk/8/tugas")
                        .param("versi", "2")
                        .param("tugas[0].uraian", "Menyusun laporan")
                        .param("tugas[0].volume", "120")
                        .param("tugas[0].normaWaktu", "180")
                        .with(user("kadis").roles("PIMPINAN_OPD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/abk/8")
                .flash()
                .containsKey("pesan");
        verify(pengelolaan).simpanTugas(eq(8L), any(), eq(2));

        when(query.halamanRinci(8)).thenReturn(halaman(StatusAbk.DRAF, true));
        when(pengelolaan.simpanTugas(eq(8L), any(), eq(1))).thenThrow(new KonflikException(Abk.VERSI_USANG, "usang"));
        assertThat(mvc.post()
                        .uri("/abk/8/tugas")
                        .param("versi", "1")
                        .param("tugas[0].uraian", "Menyusun laporan")
                        .param("tugas[0].volume", "120")
                        .param("tugas[0].normaWaktu", "180")
                        .with(user("kadis").roles("PIMPINAN_OPD"))
                        .with(csrf()))
                .hasStatusOk()
                .hasViewName("abk/form")
                .bodyText()
                .contains("id=\"galat-form\"")
                .contains("Menyusun laporan");

        Mockito.reset(pengelolaan);
        when(pengelolaan.simpanTugas(eq(8L), any(), eq(3)))
                .thenThrow(new KonflikException("abk.status.tidak-dapat-diubah", "diajukan"));
        assertThat(mvc.post()
                        .uri("/abk/8/tugas")
                        .param("versi", "3")
                        .param("tugas[0].uraian", "x")
                        .param("tugas[0].volume", "1")
                        .param("tugas[0].normaWaktu", "1")
                        .with(user("kadis").roles("PIMPINAN_OPD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/abk/8")
                .flash()
                .containsKey("galat");
    }

    @Test
    void tambahBarisTidakMenyimpan() {
        when(query.halamanRinci(8)).thenReturn(halaman(StatusAbk.DRAF, true));
        assertThat(mvc.post()
                        .uri("/abk/8/tugas")
                        .param("versi", "2")
                        .param("aksi", "tambah-baris")
                        .param("tugas[0].uraian", "Draf baris")
                        .with(user("kadis").roles("PIMPINAN_OPD"))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"tugas-uraian-3\"")
                .contains("Draf baris");
        verify(pengelolaan, never()).simpanTugas(anyLong(), any(), anyInt());
    }

    @Test
    void formWkeMenyimpanIsianSaatDitolak() {
        when(wke.semua()).thenReturn(List.of(WaktuKerjaEfektif.BAKU));
        when(wke.tambah(LocalDate.of(2099, 1, 1), "tujuh puluh", "Uji"))
                .thenThrow(new ValidasiException("menitPerTahun", "abk.format-tidak-sah"));
        assertThat(mvc.post()
                        .uri("/abk/wke")
                        .param("berlakuMulai", "2099-01-01")
                        .param("menitPerTahun", "tujuh puluh")
                        .param("dasarHukum", "Uji")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatusOk()
                .hasViewName("abk/wke")
                .bodyText()
                .contains("id=\"galat-wke-menit\"")
                .contains("value=\"tujuh puluh\"");
        assertThat(mvc.post()
                        .uri("/abk/wke")
                        .param("berlakuMulai", "2099-01-01")
                        .param("menitPerTahun", "72000")
                        .param("dasarHukum", "Uji")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/abk/wke");
    }
}
