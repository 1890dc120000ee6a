package id.aparatur.seleksi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.aparatur.UjiHalaman;
import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.aturan.AturanDipakai;
import id.aparatur.seleksi.application.PengelolaanSeleksi;
import id.aparatur.seleksi.application.SeleksiQuery;
import id.aparatur.seleksi.application.SeleksiQuery.HalamanRinci;
import id.aparatur.seleksi.application.SeleksiQuery.JabatanJpt;
import id.aparatur.seleksi.application.SeleksiQuery.SeleksiRinci;
import id.aparatur.seleksi.application.SeleksiQuery.StatusTahap;
import id.aparatur.seleksi.application.SeleksiQuery.TahapBaris;
import id.aparatur.seleksi.domain.AturanBobot;
import id.aparatur.seleksi.domain.StatusSeleksi;
import id.aparatur.seleksi.domain.SyaratJptPratama;
import id.aparatur.seleksi.domain.TahapSeleksi;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The open selection pages without the database: the forms by role and state, a refused entry back on the page with
 * what was typed, an unreadable number answered before any service call.
 */
@UjiHalaman(SeleksiController.class)
class SeleksiControllerTests {

    static final OffsetDateTime PADA = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SeleksiQuery query;

    @MockitoBean
    PengelolaanSeleksi pengelolaan;

    @MockitoBean
    CakupanPengguna cakupan;

    @BeforeEach
    void pengguna() {
        when(cakupan.saatIni()).thenReturn(new Cakupan("bkd", Set.of(Peran.ADMIN_BKD), null, null));
        when(pengelolaan.aturanBobot()).thenReturn(AturanBobot.BAKU);
        when(query.syarat(any(SeleksiRinci.class))).thenReturn(SyaratJptPratama.BAKU);
        when(query.jabatanJpt()).thenReturn(List.of(jabatan()));
    }

    static JabatanJpt jabatan() {
        return new JabatanJpt(10, "JPT-1", "Kepala Dinas Uji", "JPT_PRATAMA", "Dinas Uji", 0, 1, null);
    }

    static SeleksiRinci draf() {
        List<TahapBaris> tahap = Arrays.stream(TahapSeleksi.values())
                .map(t -> new TahapBaris(t, null, null, StatusTahap.BELUM, null, null))
                .toList();
        return new SeleksiRinci(
                1,
                "Seleksi uji",
                jabatan(),
                StatusSeleksi.DRAF,
                AturanBobot.BAKU.baku(),
                tahap,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                "bkd",
                PADA,
                List.of(new AturanDipakai("SYARAT_JPT_PRATAMA", 1, LocalDate.of(2020, 2, 28))));
    }

    @Test
    void formPanselHanyaBagiBkdSelamaPersiapan() {
        when(query.halamanRinci(1)).thenReturn(new HalamanRinci(draf(), true, false));
        assertThat(mvc.get().uri("/seleksi-terbuka/1").with(user("bkd").roles("ADMIN_BKD")))
                .hasStatusOk()
                .hasViewName("seleksi/rinci")
                .bodyText()
                .contains("id=\"form-pansel\"");
        when(query.halamanRinci(1)).thenReturn(new HalamanRinci(draf(), false, true));
        assertThat(mvc.get().uri("/seleksi-terbuka/1").with(user("ppk").roles("PPK")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"form-pansel\"");
    }

    @Test
    void bukaSeleksiYangDitolakKembaliDenganIsian() {
        when(pengelolaan.buat(any(), any(), any(), any(), any(), any()))
                .thenThrow(new ValidasiException("bobot.makalah", "seleksi.bobot.di-luar-rentang"));
        assertThat(mvc.post()
                        .uri("/seleksi-terbuka")
                        .param("jabatanId", "10")
                        .param("nama", "Uji halaman")
                        .param("bobotMakalah", "21")
                        .param("bobotKompetensi", "25")
                        .param("bobotWawancara", "35")
                        .param("bobotRekamJejak", "20")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatusOk()
                .hasViewName("seleksi/form")
                .bodyText()
                .contains("value=\"Uji halaman\"");
        doReturn(draf()).when(pengelolaan).buat(any(), any(), any(), any(), any(), any());
        assertThat(mvc.post()
                        .uri("/seleksi-terbuka")
                        .param("jabatanId", "10")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/seleksi-terbuka/1");
    }

    @Test
    void langkahYangDitolakLayananKembaliKeHalamanDenganPesan() {
        when(pengelolaan.lanjutkan(1, StatusSeleksi.DRAF))
                .thenThrow(new KonflikException("seleksi.lanjut.tanpa-ketua", "x"));
        assertThat(mvc.post()
                        .uri("/seleksi-terbuka/1/lanjutkan")
                        .param("dari", "DRAF")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/seleksi-terbuka/1")
                .flash()
                .containsKey("galat");
        assertThat(mvc.post()
                        .uri("/seleksi-terbuka/1/batalkan")
                        .param("alasan", "Formasi dialihkan")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("pesan");
    }

    @Test
    void angkaYangTakTerbacaDitolakSebelumLayanan() {
        assertThat(mvc.post()
                        .uri("/seleksi-terbuka/1/bobot")
                        .param("bobotMakalah", "dua puluh")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("galat")
                .containsKey("isian");
        verify(pengelolaan, never()).ubahBobot(anyLong(), any(), any(), any(), any());
    }
}
