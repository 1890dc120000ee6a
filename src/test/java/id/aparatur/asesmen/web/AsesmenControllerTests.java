package id.aparatur.asesmen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.asesmen.SumberAsesmen;
import id.aparatur.asesmen.application.HalamanAsesmenQuery;
import id.aparatur.asesmen.application.HalamanAsesmenQuery.PegawaiAsesmen;
import id.aparatur.asesmen.application.MatriksQuery;
import id.aparatur.asesmen.application.PencatatanAsesmen;
import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.asesmen.domain.KategoriJpm;
import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.Pengguna;
import id.aparatur.sistem.UjiHalaman;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The Kompetensi and Kesenjangan tabs (htmx fragment, or the same content in the layout) and the skill matrix page,
 * against mocked services: the controllers shape the page; who may do what is the services' answer.
 */
@UjiHalaman({KompetensiPegawaiController.class, KesenjanganController.class, MatriksController.class})
class AsesmenControllerTests {

    static final String NIP = "198501012015011001";
    static final PegawaiAsesmen PEGAWAI = new PegawaiAsesmen(NIP, "Siti Uji", 7L, "Analis Uji", 7, 2L, true);
    static final KompetensiRingkas M01 = new KompetensiRingkas(
            "M.01", "Integritas", JenisKompetensi.MANAJERIAL, null, LocalDate.of(2017, 8, 1), null, true);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    HalamanAsesmenQuery halaman;

    @MockitoBean
    PencatatanAsesmen pencatatan;

    @MockitoBean
    MatriksQuery matriks;

    void tab(boolean bolehCatat) {
        when(halaman.tabKompetensi(any(), eq(NIP)))
                .thenReturn(new HalamanAsesmenQuery.TabKompetensi(
                        PEGAWAI,
                        new PencatatanAsesmen.Hak(bolehCatat, bolehCatat, bolehCatat, false, "bkd"),
                        List.of(),
                        List.of(),
                        Map.of("M.01", M01),
                        bolehCatat ? Map.of("M.01", 3) : Map.of(),
                        bolehCatat ? List.of(M01) : List.of(),
                        LocalDate.of(2026, 12, 1)));
    }

    @Test
    void tabKompetensiSebagaiFragmenAtauHalaman() {
        tab(true);
        var fragmen = mvc.get()
                .uri("/pegawai/" + NIP + "/kompetensi")
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(fragmen).hasStatusOk().hasViewName(KompetensiPegawaiController.FRAGMEN);
        assertThat(fragmen).bodyText().doesNotContain("<html").contains("M.01");
        assertThat(fragmen).model().containsKeys("asesmenForm", "barisForm");
        var penuh = mvc.get()
                .uri("/pegawai/" + NIP + "/kompetensi")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(penuh).hasStatusOk().hasViewName("asesmen/kompetensi");
        tab(false);
        assertThat(mvc.get()
                        .uri("/pegawai/" + NIP + "/kompetensi")
                        .header("HX-Request", "true")
                        .with(Pengguna.pegawai(NIP, 2).masuk(cakupan))
                        .exchange())
                .model()
                .doesNotContainKey("asesmenForm");
    }

    @Test
    void catatanYangDitolakMenyebutSemuaGalatTermasukBarisYangTakTerbaca() {
        tab(true);
        when(pencatatan.catat(eq(NIP), any(), anyList()))
                .thenThrow(new ValidasiException(List.of(
                        new ValidasiException.Galat("level.M.01", "typeMismatch"),
                        new ValidasiException.Galat("asesor", "NotBlank"))));
        var hasil = mvc.post()
                .uri("/pegawai/" + NIP + "/asesmen")
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("tanggal", "2026-11-30")
                .param("sumber", "CACT")
                .param("baris[0].kode", "M.01")
                .param("baris[0].level", "tiga")
                .exchange();
        assertThat(hasil).hasStatusOk().hasViewName(KompetensiPegawaiController.FRAGMEN);
        assertThat(hasil).model().containsKeys("galat", "galatIsian");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<ValidasiException.Galat>> masukan = ArgumentCaptor.forClass(List.class);
        verify(pencatatan).catat(eq(NIP), any(), masukan.capture());
        assertThat(masukan.getValue())
                .extracting(ValidasiException.Galat::field)
                .contains("level.M.01");
        // Without htmx: back to the profile tab with the messages.
        var biasa = mvc.post()
                .uri("/pegawai/" + NIP + "/asesmen")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("sumber", "CACT")
                .exchange();
        assertThat(biasa).hasStatus3xxRedirection().hasRedirectedUrl("/pegawai/" + NIP + "?tab=kompetensi");
        assertThat(biasa).flash().containsKey("galat");
    }

    @Test
    void catatanTanpaHakAdalah403DariLayanan() {
        when(pencatatan.catat(eq(NIP), any(), anyList())).thenThrow(new AccessDeniedException("Hanya BKD"));
        assertThat(mvc.post()
                        .uri("/pegawai/" + NIP + "/asesmen")
                        .with(Pengguna.pegawai(NIP, 2).masuk(cakupan))
                        .with(csrf())
                        .param("sumber", SumberAsesmen.CACT.name())
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void tabKesenjanganTanpaJabatanDanDenganJabatan() {
        when(halaman.tabKesenjangan(any(), eq(NIP), eq(null)))
                .thenReturn(new HalamanAsesmenQuery.TabKesenjangan(PEGAWAI, BatasJpm.STANDAR, null));
        var tanpa = mvc.get()
                .uri("/pegawai/" + NIP + "/kesenjangan")
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(tanpa).hasStatusOk().hasViewName(KesenjanganController.FRAGMEN);
        assertThat(tanpa).model().containsEntry("tanpaJabatan", true);
        assertThat(mvc.get()
                        .uri("/pegawai/" + NIP + "/kesenjangan")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("asesmen/kesenjangan");
        when(halaman.cariPembanding(any(), eq(NIP), eq("guru"), anyInt()))
                .thenReturn(new HalamanAsesmenQuery.PilihanPembanding(
                        PEGAWAI,
                        List.of(new HalamanAsesmenQuery.JabatanPilihan(5, "G1", "Guru Uji", 8, null, "Dinas Uji"))));
        var cari = mvc.get()
                .uri("/pegawai/" + NIP + "/kesenjangan/jabatan?q=guru")
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(cari).hasViewName("asesmen/kesenjangan :: hasil-jabatan");
        assertThat(cari).bodyText().contains("Guru Uji");
    }

    @Test
    void matriksMemintaPilihanLaluMenampilkanPetaPanas() {
        var kosong = new MatriksQuery.Filter(null, null, null);
        var pilihan = new MatriksQuery.Pilihan(kosong, List.of(), List.of(), List.of(), null, null, false);
        when(matriks.halaman(any(), eq(kosong), any())).thenReturn(new MatriksQuery.HalamanMatriks(pilihan, null));
        var pilih = mvc.get()
                .uri("/matriks-kompetensi")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(pilih).hasStatusOk().hasViewName("asesmen/matriks");
        assertThat(pilih).model().containsEntry("pilihFilter", true);
        var f = new MatriksQuery.Filter(2L, null, null);
        var m = new MatriksQuery.Matriks(
                List.of(new MatriksQuery.Kolom("M.01", "Integritas", "MANAJERIAL", 1, 1, BigDecimal.ZERO)),
                List.of(new MatriksQuery.Baris(
                        NIP,
                        "Siti Uji",
                        "Analis Uji",
                        7,
                        new BigDecimal("100.00"),
                        KategoriJpm.OPTIMAL,
                        Map.of("M.01", new MatriksQuery.Sel(3, 3)))),
                Map.of(KategoriJpm.OPTIMAL, 1L),
                1,
                0,
                50);
        when(matriks.halaman(any(), eq(f), any()))
                .thenReturn(new MatriksQuery.HalamanMatriks(
                        new MatriksQuery.Pilihan(f, List.of(), List.of(), List.of(), null, null, false), m));
        var peta = mvc.get()
                .uri("/matriks-kompetensi?opd=2")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(peta).hasStatusOk().model().containsKeys("m", "barisTampil", "grafikDistribusi");
        assertThat(peta).bodyText().contains("3/3", "sel-memenuhi");
        when(matriks.pilihan(any(), eq(f)))
                .thenReturn(new MatriksQuery.Pilihan(f, List.of(), List.of(), List.of(), null, null, false));
        assertThat(mvc.get()
                        .uri("/matriks-kompetensi/pilihan?opd=2")
                        .header("HX-Request", "true")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("asesmen/matriks :: pilihan");
        when(matriks.halaman(any(), eq(kosong), any())).thenThrow(new AccessDeniedException("Bukan untuk PEGAWAI"));
        assertThat(mvc.get()
                        .uri("/matriks-kompetensi")
                        .with(Pengguna.pegawai(NIP, 2).masuk(cakupan))
                        .exchange())
                .hasStatus(403);
    }
}
