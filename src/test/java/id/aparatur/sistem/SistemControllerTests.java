package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.shared.KonflikException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.unit.DataSize;

/**
 * The import page (upload answered in place for htmx, redirect otherwise; refusals as messages) and the backup page,
 * against mocked services; who may use them is the services' answer.
 */
@UjiHalaman({ImporController.class, CadanganController.class})
class SistemControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    LayananImpor impor;

    @MockitoBean
    LayananCadangan cadangan;

    static PekerjaanImpor pekerjaan() {
        return new PekerjaanImpor(
                "p1",
                "pegawai",
                "pegawai.csv",
                "bkd",
                PekerjaanImpor.Status.BERJALAN,
                40,
                null,
                List.of(),
                0,
                Instant.parse("2026-12-01T01:00:00Z"),
                Instant.parse("2026-12-01T01:00:01Z"),
                null);
    }

    @Test
    void unggahDenganDanTanpaHtmx() {
        when(impor.ukuranMaksimal()).thenReturn(DataSize.ofMegabytes(50));
        when(impor.beranda()).thenReturn(new LayananImpor.Beranda(List.of(), DataSize.ofMegabytes(50)));
        assertThat(mvc.get().uri("/impor").with(Pengguna.bkd().masuk(cakupan)).exchange())
                .hasStatusOk()
                .hasViewName("impor/beranda");
        var berkas = new MockMultipartFile("file", "pegawai.csv", "text/csv", "NIP,Nama\n".getBytes());
        when(impor.imporLatar(eq("pegawai"), any(), eq("bkd"))).thenReturn("p1");
        when(impor.pekerjaan("p1", "bkd")).thenReturn(pekerjaan());
        var htmx = mvc.post()
                .uri("/impor/pegawai")
                .multipart()
                .file(berkas)
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .exchange();
        assertThat(htmx).hasStatusOk().hasViewName("impor/pekerjaan :: status");
        var biasa = mvc.post()
                .uri("/impor/pegawai")
                .multipart()
                .file(berkas)
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .exchange();
        assertThat(biasa).hasStatus3xxRedirection().hasRedirectedUrl("/impor/pekerjaan/p1");
        assertThat(mvc.get()
                        .uri("/impor/pekerjaan/p1")
                        .header("HX-Request", "true")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("impor/pekerjaan :: status");
        assertThat(mvc.get()
                        .uri("/impor/pekerjaan/p1")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("impor/pekerjaan");
        when(impor.imporLatar(eq("asesmen"), any(), eq("bkd")))
                .thenThrow(new KonflikException("impor.antrean-penuh", "Antrean impor penuh"));
        var penuh = mvc.post()
                .uri("/impor/asesmen")
                .multipart()
                .file(berkas)
                .header("HX-Request", "true")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .exchange();
        assertThat(penuh).hasStatusOk().hasViewName("impor/pekerjaan :: galat-unggah");
        when(impor.beranda()).thenThrow(new AccessDeniedException("Hanya ADMIN_BKD"));
        assertThat(mvc.get()
                        .uri("/impor")
                        .with(Pengguna.pegawai("198501012015011001", 2).masuk(cakupan))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void cadangkanSekarangMembawaHasilnya() {
        var berhasil = new CatatanCadangan(
                OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
                1200,
                CatatanCadangan.Jenis.MANUAL,
                CatatanCadangan.Status.BERHASIL,
                "aparatur-20261201.dump",
                1024L,
                600,
                null,
                "bkd",
                null);
        when(cadangan.cadangkanSekarang("bkd")).thenReturn(berhasil);
        var hasil = mvc.post()
                .uri("/sistem/cadangan")
                .with(Pengguna.bkd().masuk(cakupan))
                .with(csrf())
                .exchange();
        assertThat(hasil).hasStatus3xxRedirection().hasRedirectedUrl("/sistem/cadangan");
        assertThat(hasil).flash().containsKey("pesan");
        when(cadangan.cadangkanSekarang("bkd")).thenThrow(new KonflikException("cadangan.sibuk", "Sedang berjalan"));
        assertThat(mvc.post()
                        .uri("/sistem/cadangan")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .with(csrf())
                        .exchange())
                .flash()
                .containsKey("galat");
    }
}
