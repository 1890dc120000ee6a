package id.aparatur.petajabatan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.JenisOpd;
import id.aparatur.organisasi.JenisUnit;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.penempatan.DaftarSkenario.SkenarioRingkas;
import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.petajabatan.application.PetaJabatanQuery;
import id.aparatur.petajabatan.application.PetaJabatanQuery.BarisJabatan;
import id.aparatur.petajabatan.application.PetaJabatanQuery.BarisUnit;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.BarisKebutuhan;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.Lingkup;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.RekapJenis;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.RekapOpd;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.RekapPemda;
import id.aparatur.petajabatan.domain.RekapKebutuhan;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Web slice of the peta jabatan, the peta kebutuhan and the home page: one service call per handler (the services read
 * the caller's scope themselves), the page or the htmx fragment, and the error pages for a refused choice (400) or an
 * OPD out of scope (404).
 */
@WebMvcTest(
        controllers = {PetaJabatanController.class, PetaKebutuhanController.class, BerandaController.class},
        includeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.aparatur\\.sistem\\.ProblemApi"))
class PetaJabatanWebTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PetaJabatanQuery peta;

    @MockitoBean
    PetaKebutuhanQuery kebutuhan;

    @MockitoBean
    CakupanPengguna cakupan;

    static final Cakupan BKD = new Cakupan("bkd", Set.of(Peran.ADMIN_BKD), null, null);
    static final OpdRingkas OPD = new OpdRingkas(3, "DISDIK", "Dinas Pendidikan", "Disdik", JenisOpd.DINAS, true);
    static final UnitRingkas UNIT =
            new UnitRingkas(30, 3, null, "DISDIK.1", "Sekretariat", JenisUnit.SEKRETARIAT, 300L, 1, true);
    static final SkenarioRingkas SKENARIO = new SkenarioRingkas(
            9, "Skenario uji", StatusSkenario.SELESAI, false, OffsetDateTime.parse("2026-03-02T09:00:00+07:00"));
    static final BarisKebutuhan BARIS = new BarisKebutuhan(
            300,
            "J.300",
            "Sekretaris",
            3,
            "DISDIK",
            "Dinas Pendidikan",
            30,
            "Sekretariat",
            "ADMINISTRATOR",
            null,
            10,
            "ADM",
            0,
            1);

    @BeforeEach
    void bkd() {
        given(cakupan.saatIni()).willReturn(BKD);
    }

    static PetaJabatanQuery.Peta petaOpd(Long skenario) {
        BarisUnit u = new BarisUnit(
                UNIT,
                0,
                List.of(new BarisJabatan(300, "J.300", "Sekretaris", "ADMINISTRATOR", null, 10, 0, 1, true, true)),
                0,
                1,
                false);
        return new PetaJabatanQuery.Peta(
                OPD, List.of(u), 0, 1, false, new Lingkup(OPD, null, null, skenario == null ? null : SKENARIO));
    }

    @Test
    void petaOpdSetelahSkenario() {
        given(peta.halaman(3, null, 9L)).willReturn(new PetaJabatanQuery.HalamanPeta(petaOpd(9L), List.of(SKENARIO)));
        var r = mvc.get()
                .uri("/organisasi/opd/3/peta-jabatan?skenario=9")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatusOk().hasViewName("petajabatan/peta");
        assertThat(r).bodyText().contains("<html", "table", "Sekretaris", "keterangan-skenario");
        then(peta).should().halaman(3, null, 9L);
    }

    @Test
    void barisUnitDilipatSebagaiFragmenHtmx() {
        given(peta.unit(3, 30, null)).willReturn(petaOpd(null).unit().get(0));
        var r = mvc.get()
                .uri("/organisasi/opd/3/peta-jabatan/unit/30")
                .header("HX-Request", "true")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatusOk().hasViewName("petajabatan/peta :: baris-jabatan");
        assertThat(r).bodyText().contains("Sekretaris").doesNotContain("<html");
    }

    @Test
    void opdDiLuarCakupan404DanSkenarioTakTerpilih400() {
        given(peta.halaman(4, null, null)).willThrow(new DataTidakDitemukanException("OPD", 4));
        assertThat(mvc.get()
                        .uri("/organisasi/opd/4/peta-jabatan")
                        .with(user("kadis").roles("PIMPINAN_OPD"))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        given(kebutuhan.halamanPemda(8L))
                .willThrow(new ValidasiException("skenario", "petakebutuhan.galat.skenario-status"));
        var r = mvc.get()
                .uri("/peta-kebutuhan?skenario=8")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error");
        assertThat(r).model().containsEntry("kodePesan", "petakebutuhan.galat.skenario-status");
    }

    @Test
    void dasborPemdaDenganDataGrafik() {
        RekapKebutuhan satu = RekapKebutuhan.jabatan(0, 1);
        RekapPemda rekap = new RekapPemda(
                new Lingkup(null, null, null, null),
                satu,
                List.of(new RekapOpd(3, "DISDIK", "Dinas Pendidikan", satu)),
                List.of(new RekapJenis("ADMINISTRATOR", satu)),
                List.of(BARIS),
                List.of());
        given(kebutuhan.halamanPemda(null)).willReturn(new PetaKebutuhanQuery.HalamanPemda(rekap, List.of(SKENARIO)));
        var r = mvc.get()
                .uri("/peta-kebutuhan")
                .with(user("bkd").roles("ADMIN_BKD"))
                .exchange();
        assertThat(r).hasStatusOk().hasViewName("petakebutuhan/pemda");
        assertThat(r)
                .bodyText()
                .contains("id=\"total-kurang\">1<", "grafik-kebutuhan-opd", "Skenario uji", "Sekretaris (DISDIK)");
    }

    @Test
    void berandaMenjumlahkanPerOpd() {
        given(peta.beranda())
                .willReturn(new PetaJabatanQuery.Beranda(BKD, List.of(new PetaJabatanQuery.TotalOpd(OPD, 4, 10, 7L))));
        var r = mvc.get().uri("/").with(user("bkd").roles("ADMIN_BKD")).exchange();
        assertThat(r).hasStatusOk().hasViewName("petajabatan/beranda");
        assertThat(r)
                .model()
                .containsEntry("jumlahB", 7L)
                .containsEntry("jumlahK", 10)
                .containsEntry("jumlahJabatan", 4);
        given(peta.totalPerOpd()).willReturn(List.of(new PetaJabatanQuery.TotalOpd(OPD, 4, 10, 7L)));
        assertThat(mvc.get()
                        .uri("/beranda/grafik")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.opd[0]")
                .isEqualTo("Disdik");
    }
}
