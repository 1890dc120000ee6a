package id.aparatur.organisasi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.JenisOpd;
import id.aparatur.organisasi.JenisUnit;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.organisasi.application.HalamanJabatan;
import id.aparatur.organisasi.application.OrganisasiQuery;
import id.aparatur.organisasi.application.PengelolaanJabatan;
import id.aparatur.organisasi.domain.AturanJabatan;
import id.aparatur.organisasi.domain.Jabatan;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.Pengguna;
import id.aparatur.sistem.UjiHalaman;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The position catalogue and OPD pages (page and htmx fragment), against mocked services. */
@UjiHalaman({JabatanController.class, OrganisasiController.class})
class OrganisasiControllerTests {

    static final OpdRingkas OPD = new OpdRingkas(2, "D1", "Dinas Uji", "DU", JenisOpd.DINAS, true);
    static final UnitRingkas UNIT = new UnitRingkas(3, 2, null, "D1-U1", "Bidang Uji", JenisUnit.BIDANG, null, 0, true);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    HalamanJabatan halaman;

    @MockitoBean
    PengelolaanJabatan pengelolaan;

    @MockitoBean
    OrganisasiQuery query;

    static Jabatan jabatan() {
        return new Jabatan(
                7L,
                2,
                3,
                "D1-J7",
                "Analis Uji",
                JenisJabatan.PELAKSANA,
                null,
                7,
                "ADM",
                2,
                null,
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                List.of(new Jabatan.StandarKompetensi("M.01", 3, BigDecimal.TEN)),
                true,
                4);
    }

    @Test
    void daftarJabatanDenganRentangKelasDariAturan() {
        when(halaman.daftar(any(), any()))
                .thenReturn(new HalamanJabatan.DaftarJabatan(
                        Halaman.of(
                                List.of(new JabatanRingkas(
                                        7,
                                        2,
                                        3,
                                        "D1-J7",
                                        "Analis Uji",
                                        JenisJabatan.PELAKSANA,
                                        null,
                                        7,
                                        "ADM",
                                        2,
                                        true)),
                                0,
                                25,
                                1),
                        List.of(OPD),
                        Map.of("ADM", "Administrasi")));
        var penuh = mvc.get()
                .uri("/organisasi/jabatan")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(penuh).hasStatusOk().hasViewName("organisasi/jabatan-daftar");
        assertThat(penuh).bodyText().contains("Analis Uji", "max=\"" + AturanJabatan.KELAS_TERTINGGI + "\"");
        assertThat(mvc.get()
                        .uri("/organisasi/jabatan")
                        .header("HX-Request", "true")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("organisasi/jabatan-daftar :: tabel");
    }

    @Test
    void editorSkjHanyaUntukYangDiizinkanLayanan() {
        when(halaman.formSkj(7)).thenReturn(new HalamanJabatan.FormSkj(jabatan(), List.of()));
        var form = mvc.get()
                .uri("/organisasi/jabatan/7/skj/ubah")
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(form).hasStatusOk().hasViewName("organisasi/jabatan-detail :: skj-form");
        when(halaman.formSkj(8)).thenThrow(new AccessDeniedException("Hanya ADMIN_BKD"));
        assertThat(mvc.get()
                        .uri("/organisasi/jabatan/8/skj/ubah")
                        .with(Pengguna.pegawai("198501012015011001", 2).masuk(cakupan))
                        .exchange())
                .hasStatus(403);
        when(pengelolaan.ubahSkj(eq(7L), any(), eq(4)))
                .thenThrow(new ValidasiException("standarKompetensi", "jabatan.skj.level"));
        var ditolak = mvc.post()
                .uri("/organisasi/jabatan/7/skj")
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("versi", "4")
                .param("baris[0].kode", "M.01")
                .param("baris[0].level", "9")
                .param("baris[0].bobot", "10")
                .exchange();
        assertThat(ditolak).hasViewName("organisasi/jabatan-detail :: skj-form");
        assertThat(ditolak).model().extractingByKey("galat").asList().isNotEmpty();
    }

    @Test
    void jabatanBaruDariFormDenganOpdDanSkjBakuDariLayanan() {
        when(halaman.formBaru(3))
                .thenReturn(new HalamanJabatan.FormJabatan(
                        OPD, List.of(UNIT), List.of(), Map.of("ADM", "Administrasi"), null));
        assertThat(mvc.get()
                        .uri("/organisasi/jabatan/baru?unit=3")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasStatusOk()
                .hasViewName("organisasi/jabatan-form");
        when(pengelolaan.buatDariForm(any())).thenReturn(jabatan());
        var dibuat = mvc.post()
                .uri("/organisasi/jabatan/baru")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("unitId", "3")
                .param("kode", "D1-J7")
                .param("nama", "Analis Uji")
                .param("jenisJabatan", "PELAKSANA")
                .param("kelas", "7")
                .param("rumpun", "ADM")
                .param("kuota", "2")
                .exchange();
        assertThat(dibuat).hasStatus3xxRedirection().hasRedirectedUrl("/organisasi/jabatan/7");
        verify(pengelolaan).buatDariForm(any());
        when(halaman.formLagi(eq(3L), eq(null)))
                .thenReturn(new HalamanJabatan.FormJabatan(OPD, List.of(UNIT), List.of(), Map.of(), null));
        var kelasSalah = mvc.post()
                .uri("/organisasi/jabatan/baru")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .param("unitId", "3")
                .param("kode", "X")
                .param("nama", "X")
                .param("jenisJabatan", "PELAKSANA")
                .param("kelas", String.valueOf(AturanJabatan.KELAS_TERTINGGI + 1))
                .param("rumpun", "ADM")
                .param("kuota", "0")
                .exchange();
        assertThat(kelasSalah)
                .hasStatusOk()
                .model()
                .extractingBindingResult("jabatanForm")
                .hasFieldErrors("kelas");
    }

    @Test
    void halamanOpdDanDaftarnya() {
        when(query.daftarOpd(any(), any(), any(), any(), any())).thenReturn(Halaman.of(List.of(OPD), 0, 25, 1));
        assertThat(mvc.get()
                        .uri("/organisasi/opd")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("organisasi/opd-daftar");
        assertThat(mvc.get()
                        .uri("/organisasi/opd")
                        .header("HX-Request", "true")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("organisasi/opd-daftar :: tabel");
        when(query.halamanOpd(any(), anyLong()))
                .thenReturn(new OrganisasiQuery.HalamanOpd(
                        new OrganisasiQuery.OpdDetail(OPD, 0, List.of()), List.of(UNIT)));
        var detail = mvc.get()
                .uri("/organisasi/opd/2")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(detail).hasStatusOk().hasViewName("organisasi/opd-detail");
        assertThat(detail).bodyText().contains("Dinas Uji", "Bidang Uji");
    }
}
