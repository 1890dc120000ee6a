package id.aparatur.pegawai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.application.HalamanPegawai;
import id.aparatur.pegawai.application.PengelolaanProfil;
import id.aparatur.pegawai.application.ProfilPegawai;
import id.aparatur.pegawai.application.ProfilQuery;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.pegawai.domain.DataProfil;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.Pengguna;
import id.aparatur.sistem.UjiHalaman;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The profile page and its forms, and BKD's correction worklist, against mocked services. */
@UjiHalaman({ProfilController.class, KoreksiController.class})
class ProfilControllerTests {

    static final String NIP = PegawaiControllerTests.NIP;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    HalamanPegawai halaman;

    @MockitoBean
    PengelolaanProfil pengelolaan;

    @MockitoBean
    ProfilQuery query;

    static ProfilPegawai profil(boolean pribadi) {
        return new ProfilPegawai(
                PegawaiControllerTests.baris(),
                "Sleman",
                pribadi ? "3404010101850001" : null,
                StatusKepegawaian.PNS,
                null,
                null,
                null,
                null,
                null,
                null,
                pribadi ? new DataPribadi("ISLAM", "KAWIN", null) : null,
                "PELAKSANA",
                null,
                "ADM",
                58,
                LocalDate.of(2043, 2, 1),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                pribadi,
                pribadi);
    }

    void profilTampil(boolean bkd) {
        when(halaman.profil(NIP))
                .thenReturn(new HalamanPegawai.HalamanProfil(
                        profil(bkd), bkd, bkd, Halaman.of(List.of(), 0, 100, 0), Map.of("ADM", "Administrasi")));
    }

    @Test
    void profilDenganTabYangBolehDilihat() {
        profilTampil(true);
        var bkd = mvc.get()
                .uri("/pegawai/" + NIP + "?tab=koreksi")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(bkd).hasStatusOk().hasViewName("pegawai/detail");
        assertThat(bkd).model().containsEntry("tab", "koreksi").containsKeys("riwayatForm", "koreksiForm");
        assertThat(bkd).bodyText().contains("Siti Uji");
        profilTampil(false);
        var lain = mvc.get()
                .uri("/pegawai/" + NIP + "?tab=koreksi")
                .with(Pengguna.pegawai("199001012015011001", 2).masuk(cakupan))
                .exchange();
        assertThat(lain).model().containsEntry("tab", "utama").doesNotContainKeys("riwayatForm", "koreksiForm");
    }

    @Test
    void formDrhDariLayananDanGalatDiIsiannya() {
        when(halaman.formProfil(NIP))
                .thenReturn(new HalamanPegawai.FormProfil(PegawaiControllerTests.baris(), DataProfil.KOSONG));
        assertThat(mvc.get()
                        .uri("/pegawai/" + NIP + "/profil")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasStatusOk()
                .hasViewName("pegawai/profil-form");
        doThrow(new ValidasiException("nik", "pegawai.nik.format"))
                .when(pengelolaan)
                .ubahProfil(eq(NIP), any(), anyInt(), any());
        var ditolak = mvc.post()
                .uri("/pegawai/" + NIP + "/profil")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("statusKepegawaian", "PNS")
                .param("nik", "12")
                .param("versi", "0")
                .exchange();
        assertThat(ditolak).hasStatusOk().hasViewName("pegawai/profil-form");
        assertThat(ditolak).model().extractingBindingResult("profilForm").hasFieldErrors("nik");
        when(halaman.formProfil("199001012015011001")).thenThrow(new AccessDeniedException("Hanya ADMIN_BKD"));
        assertThat(mvc.get()
                        .uri("/pegawai/199001012015011001/profil")
                        .with(Pengguna.pegawai("199001012015011001", 2).masuk(cakupan))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void pencarianJabatanMinatSebagaiFragmen() {
        when(halaman.cariJabatanMinat(eq(NIP), eq("guru"), anyInt()))
                .thenReturn(List.of(new ProfilPegawai.MinatJabatan(5, "Guru Uji", "Dinas Uji", 8)));
        var hasil = mvc.get()
                .uri("/pegawai/" + NIP + "/minat/jabatan?q=guru")
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(hasil).hasStatusOk().hasViewName("pegawai/profil-minat :: opsi-jabatan");
        assertThat(hasil).bodyText().contains("Guru Uji");
    }

    @Test
    void koreksiDiajukanAtauDitolakDenganPesan() {
        var diajukan = mvc.post()
                .uri("/pegawai/" + NIP + "/koreksi")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("isian", "nama")
                .param("nilaiUsulan", "Siti Aminah")
                .param("alasan", "Salah ketik")
                .exchange();
        assertThat(diajukan).hasStatus3xxRedirection().hasRedirectedUrl("/pegawai/" + NIP + "?tab=koreksi");
        verify(pengelolaan).ajukanKoreksi(NIP, "nama", "Siti Aminah", "Salah ketik");
        profilTampil(true);
        when(pengelolaan.ajukanKoreksi(eq(NIP), eq("nik"), any(), any()))
                .thenThrow(new KonflikException("pegawai.koreksi.masih-diajukan", "Masih ada"));
        var konflik = mvc.post()
                .uri("/pegawai/" + NIP + "/koreksi")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("isian", "nik")
                .param("nilaiUsulan", "3404010101850002")
                .param("alasan", "KTP baru")
                .exchange();
        assertThat(konflik).hasStatusOk().hasViewName("pegawai/detail");
        assertThat(konflik).model().extractingBindingResult("koreksiForm").hasFieldErrors("isian");
    }

    @Test
    void antrianKoreksiDanPutusannya() {
        when(query.antrianKoreksi(anyInt())).thenReturn(List.of());
        assertThat(mvc.get().uri("/koreksi").with(Pengguna.bkd().masuk(cakupan)).exchange())
                .hasStatusOk()
                .hasViewName("pegawai/koreksi-daftar");
        doThrow(new KonflikException("pegawai.koreksi.sudah-diputus", "Sudah diputus"))
                .when(pengelolaan)
                .putuskanKoreksi(anyLong(), anyBoolean(), any());
        var putus = mvc.post()
                .uri("/koreksi/9/setujui")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("kembali", "/pegawai/" + NIP + "?tab=koreksi")
                .exchange();
        assertThat(putus).hasStatus3xxRedirection().hasRedirectedUrl("/pegawai/" + NIP + "?tab=koreksi");
        assertThat(putus).flash().containsKey("galat");
        assertThat(mvc.post()
                        .uri("/koreksi/9/tolak")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .with(csrf())
                        .param("kembali", "https://contoh.invalid/")
                        .exchange())
                .hasRedirectedUrl("/koreksi");
    }
}
