package id.aparatur.perencanaan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.aparatur.UjiHalaman;
import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.perencanaan.application.KaskadeLayanan;
import id.aparatur.perencanaan.application.KaskadeLayanan.HalamanDaftar;
import id.aparatur.perencanaan.application.LaporanKaskadeContoh;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The cascade pages without the database: the runs page by role, the run form with its messages, the result with its
 * tabs, and the explanation of one promotion — a fragment for htmx, the result page otherwise.
 */
@UjiHalaman(KaskadeController.class)
class KaskadeControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    KaskadeLayanan layanan;

    @MockitoBean
    CakupanPengguna cakupan;

    @BeforeEach
    void pengguna() {
        when(cakupan.saatIni()).thenReturn(new Cakupan("bkd", Set.of(Peran.ADMIN_BKD), null, null));
    }

    @Test
    void daftarMenampilkanFormHanyaBagiBkd() {
        when(layanan.halamanDaftar())
                .thenReturn(new HalamanDaftar(
                        true,
                        List.of(),
                        List.of(new KaskadeLayanan.SkenarioDisetujui(5, "Skenario 2027", "DISETUJUI"))));
        assertThat(mvc.get().uri("/perencanaan/kaskade").with(user("bkd").roles("ADMIN_BKD")))
                .hasStatusOk()
                .hasViewName("kaskade/daftar")
                .bodyText()
                .contains("id=\"form-kaskade\"")
                .contains("Skenario 2027");
        when(layanan.halamanDaftar()).thenReturn(new HalamanDaftar(false, List.of(), List.of()));
        assertThat(mvc.get().uri("/perencanaan/kaskade").with(user("ppk").roles("PPK")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"form-kaskade\"");
    }

    @Test
    void isianSalahKembaliKeFormDenganPesanDanIsiannya() {
        when(layanan.jalankan("", "20x6"))
                .thenThrow(new ValidasiException("tahunRencana", "kaskade.galat.tahun-rencana"));
        when(layanan.halamanDaftar()).thenReturn(new HalamanDaftar(true, List.of(), List.of()));
        assertThat(mvc.post()
                        .uri("/perencanaan/kaskade")
                        .param("skenarioId", "")
                        .param("tahunRencana", "20x6")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatusOk()
                .hasViewName("kaskade/daftar")
                .bodyText()
                .contains("galat-kaskade")
                .contains("value=\"20x6\"");
        when(layanan.jalankan("5", "")).thenThrow(new KonflikException("kaskade.galat.skenario-belum-disetujui", "x"));
        assertThat(mvc.post()
                        .uri("/perencanaan/kaskade")
                        .param("skenarioId", "5")
                        .param("tahunRencana", "")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("belum disetujui");
    }

    @Test
    void kaskadeDijalankanLaluDiarahkanKeHasil() {
        when(layanan.jalankan(any(), any())).thenReturn(LaporanKaskadeContoh.laporan(42));
        assertThat(mvc.post()
                        .uri("/perencanaan/kaskade")
                        .param("skenarioId", "")
                        .param("tahunRencana", "2031")
                        .with(user("bkd").roles("ADMIN_BKD"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/perencanaan/kaskade/42");
        verify(layanan).jalankan("", "2031");
    }

    @Test
    void hasilMenampilkanRingkasanPromosiDanFormasi() {
        when(layanan.rinci(42)).thenReturn(LaporanKaskadeContoh.laporan(42));
        assertThat(mvc.get().uri("/perencanaan/kaskade/42").with(user("ppk").roles("PPK")))
                .hasStatusOk()
                .hasViewName("kaskade/hasil")
                .bodyText()
                .contains("id=\"hasil-kaskade\"")
                .contains("Kepala Seksi A")
                .contains("id=\"tabel-formasi\"");
    }

    @Test
    void penjelasanPromosiFragmenUntukHtmxDanHalamanTanpaHtmx() {
        when(layanan.rinci(42)).thenReturn(LaporanKaskadeContoh.laporan(42));
        String url = "/perencanaan/kaskade/42/promosi/" + LaporanKaskadeContoh.NIP_ANI;
        assertThat(mvc.get()
                        .uri(url)
                        .header("HX-Request", "true")
                        .with(user("bkd").roles("ADMIN_BKD")))
                .hasStatusOk()
                .hasViewName("kaskade/hasil :: mengapa")
                .bodyText()
                .contains("penjelasan-" + LaporanKaskadeContoh.NIP_ANI)
                .doesNotContain("<html");
        assertThat(mvc.get().uri(url).with(user("bkd").roles("ADMIN_BKD")))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/perencanaan/kaskade/42#promosi-" + LaporanKaskadeContoh.NIP_ANI);
        assertThat(mvc.get()
                        .uri("/perencanaan/kaskade/42/promosi/000")
                        .header("HX-Request", "true")
                        .with(user("bkd").roles("ADMIN_BKD")))
                .hasStatus(404);
    }
}
