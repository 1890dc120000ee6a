package id.aparatur.pegawai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.JenisOpd;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.pegawai.application.EksporPegawai;
import id.aparatur.pegawai.application.HalamanPegawai;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.pegawai.application.PengelolaanPegawai;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.Pengguna;
import id.aparatur.sistem.UjiHalaman;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The employee list (page and htmx table), the registration form and the placement form, against mocked services. */
@UjiHalaman(PegawaiController.class)
class PegawaiControllerTests {

    static final String NIP = "198501012015011001";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    HalamanPegawai halaman;

    @MockitoBean
    PegawaiQuery query;

    @MockitoBean
    PengelolaanPegawai pengelolaan;

    @MockitoBean
    EksporPegawai ekspor;

    static PegawaiBaris baris() {
        return new PegawaiBaris(
                NIP,
                "Siti Uji",
                "Siti Uji, S.Kom.",
                'P',
                LocalDate.of(1985, 1, 1),
                YearMonth.of(2015, 1),
                7L,
                "Analis Uji",
                7,
                3L,
                "Bidang Uji",
                2L,
                "Dinas Uji",
                null,
                null,
                true,
                0);
    }

    @Test
    void daftarSebagaiHalamanDanSebagaiTabelHtmx() {
        when(halaman.daftar(any(), any()))
                .thenReturn(new HalamanPegawai.DaftarPegawai(
                        Halaman.of(List.of(baris()), 0, 25, 1),
                        List.of(new OpdRingkas(2, "D1", "Dinas Uji", null, JenisOpd.DINAS, true))));
        var penuh = mvc.get()
                .uri("/pegawai?q=siti")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(penuh).hasStatusOk().hasViewName("pegawai/daftar");
        assertThat(penuh).bodyText().contains("Siti Uji", "Dinas Uji");
        var tabel = mvc.get()
                .uri("/pegawai?q=siti")
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(tabel).hasStatusOk().hasViewName("pegawai/daftar :: tabel");
        assertThat(tabel).bodyText().contains("Siti Uji").doesNotContain("<html");
        verify(halaman, org.mockito.Mockito.times(2))
                .daftar(eq(new PegawaiQuery.Filter("siti", null, null, null, null, null)), any());
    }

    @Test
    void formBaruHanyaDariLayananYangMemutuskanSiapaBoleh() {
        when(halaman.formBaru(any(), any())).thenThrow(new AccessDeniedException("Hanya ADMIN_BKD"));
        assertThat(mvc.get()
                        .uri("/pegawai/baru")
                        .with(Pengguna.pegawai(NIP, 2).masuk(cakupan))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void pendaftaranYangDitolakMenampilkanGalatPerIsian() {
        when(pengelolaan.buat(any()))
                .thenThrow(new ValidasiException(List.of(
                        new ValidasiException.Galat("nip", "nip.panjang"),
                        new ValidasiException.Galat("nama", "NotBlank"))));
        when(halaman.formBaru(any(), any())).thenReturn(new HalamanPegawai.FormPegawai(List.of(), List.of(), null));
        var hasil = mvc.post()
                .uri("/pegawai/baru")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("nip", "123")
                .param("nama", " ")
                .exchange();
        assertThat(hasil).hasStatusOk().hasViewName("pegawai/form");
        assertThat(hasil).model().extractingBindingResult("pegawaiForm").hasFieldErrors("nip", "nama");
    }

    @Test
    void penempatanMenyerahkanAturanPemilihKeLayanan() {
        when(pengelolaan.ubahPenempatan(eq(NIP), eq(null), any(), anyInt()))
                .thenThrow(new ValidasiException("jabatanId", "pemilih.penempatan.jabatan-wajib"));
        var ditolak = mvc.post()
                .uri("/pegawai/" + NIP + "/penempatan")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("versi", "3")
                .exchange();
        assertThat(ditolak).hasStatus3xxRedirection().hasRedirectedUrl("/pegawai/" + NIP);
        assertThat(ditolak).flash().containsKey("galat");
        when(pengelolaan.ubahPenempatan(eq(NIP), eq(7L), any(), eq(2)))
                .thenThrow(new OptimisticLockingFailureException("usang"));
        var usang = mvc.post()
                .uri("/pegawai/" + NIP + "/penempatan")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("jabatanId", "7")
                .param("versi", "2")
                .exchange();
        assertThat(usang).flash().containsKey("galat");
    }
}
