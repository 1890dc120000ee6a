package id.aparatur.penempatan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.penempatan.application.CakupanSkenario;
import id.aparatur.penempatan.application.EksporDaftarMutasi;
import id.aparatur.penempatan.application.PengelolaanSkenario;
import id.aparatur.penempatan.application.SkenarioQuery;
import id.aparatur.penempatan.domain.KeputusanMutasi;
import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Web slice of the scenario pages: each handler binds its request, makes one service call and picks the page, the htmx
 * fragment or the redirect; who may do what is the services' decision (a refusal there is a 403 here).
 */
@WebMvcTest(
        controllers = SkenarioController.class,
        includeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.aparatur\\.sistem\\.ProblemApi"))
class SkenarioControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SkenarioQuery query;

    @MockitoBean
    PengelolaanSkenario pengelolaan;

    @MockitoBean
    CakupanSkenario cakupanSkenario;

    @MockitoBean
    EksporDaftarMutasi ekspor;

    @MockitoBean
    CakupanPengguna cakupan;

    static final OffsetDateTime KINI = OffsetDateTime.parse("2026-03-02T09:00:00+07:00");
    static final List<Integer> PITA = List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
    static final id.aparatur.penempatan.application.Ringkasan RINGKASAN =
            new id.aparatur.penempatan.application.Ringkasan(
                    1,
                    Map.of(),
                    1,
                    0,
                    1,
                    0,
                    1,
                    0,
                    0,
                    1,
                    0,
                    4,
                    2,
                    2,
                    1,
                    new java.math.BigDecimal("90.00"),
                    new java.math.BigDecimal("95.00"),
                    PITA,
                    PITA,
                    5L,
                    6L);

    @BeforeEach
    void bkd() {
        given(cakupan.saatIni()).willReturn(new Cakupan("bkd", Set.of(Peran.ADMIN_BKD), null, null));
    }

    static SkenarioQuery.SkenarioRinci rinci(StatusSkenario status) {
        return new SkenarioQuery.SkenarioRinci(
                5,
                "Uji",
                status,
                null,
                null,
                List.of(),
                List.of(),
                Bobot.BAKU,
                false,
                true,
                true,
                List.of(),
                List.of(),
                List.of(),
                status.adaHasil() ? 100 : 0,
                null,
                null,
                status == StatusSkenario.DRAF ? null : KINI,
                status.adaHasil() ? KINI : null,
                0,
                0,
                0L,
                0L,
                status.adaHasil() ? Boolean.TRUE : null,
                status.adaHasil() ? RINGKASAN : null,
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "bkd",
                KINI);
    }

    static SkenarioQuery.UsulanBaris usulan() {
        return new SkenarioQuery.UsulanBaris(
                "198703012011041001",
                "Pegawai Uji",
                1L,
                "Dinas Uji",
                10L,
                "Pengadministrasi",
                "Bidang Uji",
                7,
                id.aparatur.penempatan.domain.StatusUsulan.DITEMPATKAN,
                null,
                false,
                11L,
                "Pengolah Data",
                "Bidang Uji",
                "Dinas Uji",
                7,
                3L,
                2L,
                0L,
                0L,
                1L,
                4L,
                4L,
                null,
                null,
                1,
                1);
    }

    SkenarioQuery.HalamanSkenario halaman(StatusSkenario status) {
        return new SkenarioQuery.HalamanSkenario(
                rinci(status), Halaman.of(List.of(usulan()), 0, 25, 1), List.of(), List.of(), List.of());
    }

    @Test
    void halamanSkenarioPenuhTanpaHtmx() {
        given(query.halaman(eq(5L), any(), any(), eq(true))).willReturn(halaman(StatusSkenario.SELESAI));
        var r = mvc.get()
                .uri("/penempatan/skenario/5")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatusOk().hasViewName("penempatan/skenario");
        assertThat(r).bodyText().contains("<html", "id=\"tabel-usulan\"", "198703012011041001", "grafik-jpm");
        then(query).should().halaman(eq(5L), any(), any(), eq(true));
    }

    @Test
    void htmxHanyaMenggantiTabelUsulan() {
        given(query.halaman(eq(5L), any(), any(), eq(false))).willReturn(halaman(StatusSkenario.SELESAI));
        var r = mvc.get()
                .uri("/penempatan/skenario/5?jenis=PINDAH&page=1")
                .header("HX-Request", "true")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatusOk().hasViewName("penempatan/skenario :: tabel-usulan");
        assertThat(r).bodyText().contains("id=\"tabel-usulan\"").doesNotContain("<html");
        then(query)
                .should()
                .halaman(
                        eq(5L),
                        eq(new SkenarioQuery.FilterUsulan(null, null, SkenarioQuery.JenisUsulan.PINDAH)),
                        eq(id.aparatur.shared.Permintaan.dari(1, 25)),
                        eq(false));
    }

    @Test
    void drafTanpaHasilTidakMemuatTabel() {
        given(query.halaman(eq(5L), any(), any(), eq(true)))
                .willReturn(new SkenarioQuery.HalamanSkenario(
                        rinci(StatusSkenario.DRAF), null, List.of(), List.of(), List.of()));
        var r = mvc.get()
                .uri("/penempatan/skenario/5")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatusOk().bodyText().contains("id=\"form-kunci\"").doesNotContain("id=\"tabel-usulan\"");
    }

    @Test
    void kunciPadaHasilMasukKeDrafTurunan() {
        given(pengelolaan.kunci(5, "198703012011041001", 11L))
                .willReturn(new PengelolaanSkenario.PerubahanAturan(8, true));
        var r = mvc.post()
                .uri("/penempatan/skenario/5/kunci")
                .param("nip", "198703012011041001")
                .param("jabatanId", "11")
                .with(csrf())
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/penempatan/skenario/8");
        assertThat(r).flash().containsKey("pesan");
    }

    @Test
    void kunciYangDitolakLayananKembaliDenganAlasan() {
        given(pengelolaan.kunci(5, null, null))
                .willThrow(new ValidasiException(List.of(
                        new ValidasiException.Galat("nip", "penempatan.kunci.pegawai-wajib"),
                        new ValidasiException.Galat("jabatanId", "penempatan.kunci.jabatan-wajib"))));
        var r = mvc.post()
                .uri("/penempatan/skenario/5/kunci")
                .with(csrf())
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/penempatan/skenario/5");
        assertThat(r).flash().containsKey("galat");
    }

    @Test
    void skDiikatDanDiteruskanUtuh() {
        LocalDate tanggal = LocalDate.of(2026, 3, 1);
        given(pengelolaan.tetapkan(5, new KeputusanMutasi("821.2/5", tanggal, tanggal)))
                .willReturn(3);
        var r = mvc.post()
                .uri("/penempatan/skenario/5/tetapkan")
                .param("nomorSk", "821.2/5")
                .param("tanggalSk", "2026-03-01")
                .param("tmt", "2026-03-01")
                .with(csrf())
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/penempatan/skenario/5");
        assertThat(r).flash().containsKey("pesan");
    }

    @Test
    void penolakanHakOlehLayananAdalah403() {
        org.mockito.BDDMockito.willThrow(new AuthorizationDeniedException("Bukan ADMIN_BKD"))
                .given(pengelolaan)
                .setujui(anyLong());
        var r = mvc.post()
                .uri("/penempatan/skenario/5/setujui")
                .with(csrf())
                .with(user("kadis").roles("PIMPINAN_OPD"))
                .exchange();
        assertThat(r).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void bandingkanTanpaHasilAdalah409() {
        given(query.bandingkan(eq(5L), eq(6L), any()))
                .willThrow(new KonflikException(
                        "penempatan.belum-ada-hasil", "Kedua skenario harus sudah memiliki hasil"));
        var r = mvc.get()
                .uri("/penempatan/bandingkan?a=5&b=6")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatus(HttpStatus.CONFLICT).hasViewName("error");
    }

    @Test
    void statusBerakhirMemuatUlangHalaman() {
        given(query.rinci(5)).willReturn(rinci(StatusSkenario.SELESAI));
        var r = mvc.get()
                .uri("/penempatan/skenario/5/status")
                .header("HX-Request", "true")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatusOk().hasViewName("penempatan/skenario :: status").hasHeader("HX-Refresh", "true");
        given(query.rinci(5)).willReturn(rinci(StatusSkenario.BERJALAN));
        assertThat(mvc.get()
                        .uri("/penempatan/skenario/5/status")
                        .header("HX-Request", "true")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .exchange())
                .doesNotContainHeader("HX-Refresh");
    }
}
