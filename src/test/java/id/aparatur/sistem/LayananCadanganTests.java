package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import tools.jackson.databind.json.JsonMapper;

/** The backup page's warning and the retention of backup files (no database needed). */
class LayananCadanganTests {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** 10 March 2026, 09:00 WIB; the schedule runs daily at 01:30. */
    private static final Clock KINI =
            Clock.fixed(LocalDateTime.of(2026, 3, 10, 9, 0).atZone(WIB).toInstant(), WIB);

    @TempDir
    Path folder;

    private LayananCadangan layanan(String terjadwal, String urlEksternal) {
        return new LayananCadangan(
                new PGSimpleDataSource(),
                JsonMapper.builder().build(),
                KINI,
                new StaticListableBeanFactory().getBeanProvider(BuildProperties.class),
                folder.toString(),
                folder.toString(),
                14,
                "0 30 1 * * *",
                terjadwal,
                urlEksternal);
    }

    private static CatatanCadangan catatan(LocalDateTime mulai, CatatanCadangan.Status status) {
        return new CatatanCadangan(
                mulai.atZone(WIB).toOffsetDateTime(),
                1200,
                CatatanCadangan.Jenis.TERJADWAL,
                status,
                status == CatatanCadangan.Status.BERHASIL ? "aparatur-x-terjadwal.zip" : null,
                4_500_000,
                345_302,
                null,
                "sistem",
                status == CatatanCadangan.Status.GAGAL ? "disk penuh" : null);
    }

    @Test
    void tanpaCadanganBerhasilHalamanMemperingatkan() {
        KeadaanCadangan k = layanan("", "").keadaan();
        assertThat(k.tertanam()).isTrue();
        assertThat(k.terjadwal()).isTrue();
        assertThat(k.terakhir()).isNull();
        assertThat(k.terlambat()).isTrue();
        assertThat(k.jadwalBerikutnya())
                .isEqualTo(LocalDateTime.of(2026, 3, 11, 1, 30).atZone(WIB).toOffsetDateTime());
    }

    @Test
    void cadanganTerjadwalYangTerlewatAtauGagalMembuatPeringatan() {
        LayananCadangan l = layanan("", "");
        l.catat(catatan(LocalDateTime.of(2026, 3, 9, 1, 30), CatatanCadangan.Status.BERHASIL));
        l.catat(catatan(LocalDateTime.of(2026, 3, 10, 1, 30), CatatanCadangan.Status.GAGAL));
        KeadaanCadangan k = l.keadaan();
        // The one of 10 March 01:30 failed: the last success is older than the schedule implies.
        assertThat(k.terakhir().berhasil()).isFalse();
        assertThat(k.berhasilTerakhir().mulai().toLocalDate()).hasToString("2026-03-09");
        assertThat(k.terlambat()).isTrue();
        assertThat(k.catatan())
                .hasSize(2)
                .first()
                .extracting(CatatanCadangan::status)
                .isEqualTo(CatatanCadangan.Status.GAGAL);

        l.catat(catatan(LocalDateTime.of(2026, 3, 10, 8, 0), CatatanCadangan.Status.BERHASIL));
        assertThat(l.keadaan().terlambat()).isFalse();
    }

    @Test
    void cadanganYangBelumJatuhTempoTidakDiperingatkan() {
        LayananCadangan l = layanan("", "");
        // Last success yesterday 01:30; today's 01:30 is due, but within the tolerance only until 03:30.
        l.catat(catatan(LocalDateTime.of(2026, 3, 10, 1, 31), CatatanCadangan.Status.BERHASIL));
        assertThat(l.keadaan().terlambat()).isFalse();
    }

    @Test
    void denganPostgresqlEksternalJadwalMatiKecualiDinyalakan() {
        KeadaanCadangan k =
                layanan("", "jdbc:postgresql://db.pemda.go.id/aparatur").keadaan();
        assertThat(k.tertanam()).isFalse();
        assertThat(k.terjadwal()).isFalse();
        assertThat(k.terlambat()).isFalse();
        assertThat(k.jadwalBerikutnya()).isNull();
        assertThat(layanan("true", "jdbc:postgresql://db.pemda.go.id/aparatur")
                        .keadaan()
                        .terjadwal())
                .isTrue();
    }

    @Test
    void cadanganLebihTuaDariMasaSimpanDihapusTetapiYangTerbaruSelaluTinggal() throws IOException {
        List<String> nama = List.of(
                "aparatur-20260301-013000-terjadwal.zip",
                "aparatur-20260220-013000-terjadwal.zip",
                "aparatur-20260219-120000-manual.zip",
                "aparatur-20260225-013000-pengaman.zip");
        for (String n : nama) {
            Files.writeString(folder.resolve(n), "x");
            Files.writeString(folder.resolve(n + ".sha256"), "x");
        }
        Files.writeString(folder.resolve("aparatur-20260310-013000-terjadwal.zip.tmp"), "sisa");
        Files.writeString(folder.resolve("catatan-lain.txt"), "bukan cadangan");
        layanan("", "").hapusKedaluwarsa();
        // 14 days before 10 March 09:00 is 24 February 09:00.
        assertThat(folder.resolve("aparatur-20260301-013000-terjadwal.zip")).exists();
        assertThat(folder.resolve("aparatur-20260225-013000-pengaman.zip")).exists();
        assertThat(folder.resolve("aparatur-20260220-013000-terjadwal.zip")).doesNotExist();
        assertThat(folder.resolve("aparatur-20260220-013000-terjadwal.zip.sha256"))
                .doesNotExist();
        assertThat(folder.resolve("aparatur-20260219-120000-manual.zip")).doesNotExist();
        assertThat(folder.resolve("aparatur-20260310-013000-terjadwal.zip.tmp")).doesNotExist();
        assertThat(folder.resolve("catatan-lain.txt")).exists();

        // Even far past the retention the newest backup stays.
        Path sendiri = Files.createDirectory(folder.resolve("lama"));
        Files.writeString(sendiri.resolve("aparatur-20250101-013000-terjadwal.zip"), "x");
        new LayananCadangan(
                        new PGSimpleDataSource(),
                        JsonMapper.builder().build(),
                        KINI,
                        new StaticListableBeanFactory().getBeanProvider(BuildProperties.class),
                        folder.toString(),
                        sendiri.toString(),
                        14,
                        "0 30 1 * * *",
                        "",
                        "")
                .hapusKedaluwarsa();
        assertThat(sendiri.resolve("aparatur-20250101-013000-terjadwal.zip")).exists();
        assertThat(layanan("", "").berkas())
                .extracting(KeadaanCadangan.Berkas::nama)
                .containsExactly("aparatur-20260301-013000-terjadwal.zip", "aparatur-20260225-013000-pengaman.zip");
        assertThat(layanan("", "").berkas().get(0).dibuat())
                .isEqualTo(OffsetDateTime.of(
                        2026, 3, 1, 1, 30, 0, 0, WIB.getRules().getOffset(KINI.instant())));
    }
}
