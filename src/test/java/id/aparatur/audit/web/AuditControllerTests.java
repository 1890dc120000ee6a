package id.aparatur.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.application.JejakAuditQuery;
import id.aparatur.shared.Halaman;
import id.aparatur.sistem.Pengguna;
import id.aparatur.sistem.UjiHalaman;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The audit trail search (page and htmx table) and the refusal of a too large .xlsx export. */
@UjiHalaman(AuditController.class)
class AuditControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    JejakAuditQuery query;

    @Test
    void pencarianSebagaiHalamanDanTabelHtmx() {
        when(query.cari(any(), any()))
                .thenReturn(Halaman.of(
                        List.of(new JejakAuditQuery.Entri(
                                1,
                                OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
                                "bkd",
                                "PEGAWAI",
                                "198501012015011001",
                                "UBAH",
                                2L,
                                "Data pegawai diubah: Siti Uji",
                                null,
                                null)),
                        0,
                        25,
                        1));
        when(query.daftarEntitas()).thenReturn(List.of("PEGAWAI"));
        var penuh = mvc.get()
                .uri("/audit?entitas=PEGAWAI")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(penuh).hasStatusOk().hasViewName("audit/jejak");
        assertThat(penuh).bodyText().contains("Data pegawai diubah: Siti Uji");
        assertThat(mvc.get()
                        .uri("/audit")
                        .header("HX-Request", "true")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasViewName("audit/jejak :: tabel");
    }

    @Test
    void eksporXlsxTerlaluBesarDitolakDenganHalaman() {
        when(query.hitung(any())).thenReturn(AuditController.BARIS_XLSX_MAKS + 1);
        assertThat(mvc.get()
                        .uri("/audit/ekspor")
                        .with(Pengguna.bkd().masuk(cakupan))
                        .exchange())
                .hasStatus(409);
        when(query.cari(any(), any())).thenThrow(new AccessDeniedException("Hanya ADMIN_BKD"));
        assertThat(mvc.get()
                        .uri("/audit")
                        .with(Pengguna.pegawai("198501012015011001", 2).masuk(cakupan))
                        .exchange())
                .hasStatus(403);
    }
}
