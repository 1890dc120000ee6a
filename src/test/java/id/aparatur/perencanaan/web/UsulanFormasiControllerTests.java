package id.aparatur.perencanaan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.aparatur.UjiHalaman;
import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.perencanaan.application.PengelolaanUsulanFormasi;
import id.aparatur.perencanaan.application.UsulanFormasiQuery;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.HalamanDaftar;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.KaskadeTersedia;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.Rinci;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.Ringkas;
import id.aparatur.perencanaan.domain.JenisPengadaan;
import id.aparatur.perencanaan.domain.StatusUsulanFormasi;
import id.aparatur.shared.KonflikException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The usulan formasi pages without the database: each handler binds its form, calls one service method and picks the
 * page or the redirect with the message; unreadable entries are answered before any service call.
 */
@UjiHalaman(UsulanFormasiController.class)
class UsulanFormasiControllerTests {

    static final OffsetDateTime PADA = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PengelolaanUsulanFormasi layanan;

    @MockitoBean
    UsulanFormasiQuery query;

    @MockitoBean
    CakupanPengguna cakupan;

    @BeforeEach
    void pengguna() {
        when(cakupan.saatIni()).thenReturn(new Cakupan("bkd", Set.of(Peran.ADMIN_BKD), null, null));
    }

    static Rinci rinci(StatusUsulanFormasi status) {
        Ringkas u = new Ringkas(7, 2027, "Usulan 2027", 3, status, 1, 2, 2, "bkd", PADA, 1);
        return new Rinci(
                u,
                List.of(new UsulanFormasiQuery.Baris(
                        11,
                        101,
                        "J-1",
                        "Analis Kebijakan",
                        "PELAKSANA",
                        7,
                        5,
                        "Bidang",
                        9,
                        "Dinas",
                        "S1",
                        2,
                        2,
                        JenisPengadaan.CPNS,
                        null)),
                List.of(new UsulanFormasiQuery.Jejak(null, StatusUsulanFormasi.DRAF, "bkd", PADA, null)),
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void daftarBkdMenampilkanKaskadeYangDapatDiusulkan() {
        when(query.halamanDaftar())
                .thenReturn(new HalamanDaftar(
                        List.of(rinci(StatusUsulanFormasi.DRAF).usulan()),
                        true,
                        List.of(new KaskadeTersedia(3, 46, 63)),
                        2027));
        assertThat(mvc.get().uri("/formasi").with(user("bkd").roles("ADMIN_BKD")))
                .hasStatusOk()
                .hasViewName("formasi/daftar")
                .model()
                .containsEntry("bkd", true)
                .containsKey("kaskadeTersedia");
        when(query.halamanDaftar()).thenReturn(new HalamanDaftar(List.of(), false, List.of(), 2027));
        assertThat(mvc.get().uri("/formasi").with(user("ppk").roles("PPK")))
                .hasStatusOk()
                .model()
                .containsEntry("bkd", false)
                .doesNotContainKey("kaskadeTersedia");
    }

    @Test
    void tahunYangBukanAngkaDijawabTanpaMemanggilLayanan() {
        assertThat(mvc.post()
                        .uri("/formasi")
                        .param("kaskade", "3")
                        .param("tahun", "dua ribu")
                        .param("judul", "x")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/formasi?kaskade=3")
                .flash()
                .containsKey("galat");
        verify(layanan, never()).buat(anyLong(), anyInt(), any());
    }

    @Test
    void usulanDibuatLaluDiarahkanKeRinciannya() {
        when(layanan.buat(3, 2027, "Usulan 2027")).thenReturn(rinci(StatusUsulanFormasi.DRAF));
        assertThat(mvc.post()
                        .uri("/formasi")
                        .param("kaskade", "3")
                        .param("tahun", "2027")
                        .param("judul", "Usulan 2027")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/formasi/7");
    }

    @Test
    void rinciMenampilkanBarisYangDapatDiubahSelamaDraf() {
        when(query.rinci(7)).thenReturn(rinci(StatusUsulanFormasi.DRAF));
        assertThat(mvc.get().uri("/formasi/7").with(user("bkd").roles("ADMIN_BKD")))
                .hasStatusOk()
                .hasViewName("formasi/rinci")
                .bodyText()
                .contains("id=\"status-usulan\"")
                .contains("name=\"jumlah\"");
        when(query.rinci(7)).thenReturn(rinci(StatusUsulanFormasi.DISETUJUI));
        assertThat(mvc.get().uri("/formasi/7").with(user("ppk").roles("PPK")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("name=\"jumlah\"");
    }

    @Test
    void jumlahYangBukanAngkaDitolakPerBaris() {
        assertThat(mvc.post()
                        .uri("/formasi/7/baris")
                        .param("versi", "1")
                        .param("barisId", "11")
                        .param("jumlah", "dua")
                        .param("jenis", "CPNS")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/formasi/7")
                .flash()
                .containsKey("galat");
        verify(layanan, never()).ubahBaris(anyLong(), any(), anyInt());
    }

    @Test
    void konflikDariLayananMenjadiPesanDiHalaman() {
        when(layanan.ajukan(7, 1)).thenThrow(new KonflikException("formasi.galat.tidak-dapat-diajukan", "x"));
        assertThat(mvc.post()
                        .uri("/formasi/7/ajukan")
                        .param("versi", "1")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/formasi/7")
                .flash()
                .containsKey("galat");
        when(layanan.setujui(7, 2, null)).thenReturn(rinci(StatusUsulanFormasi.DISETUJUI));
        assertThat(mvc.post()
                        .uri("/formasi/7/setujui")
                        .param("versi", "2")
                        .with(user("ppk").roles("PPK"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("pesan");
    }
}
