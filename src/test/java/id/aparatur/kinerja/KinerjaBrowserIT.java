package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.e2e.Peramban;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The SKP cycle in a real browser (Debian's Chromium, headless) on an OPD of its own: the employee drafts the 2047
 * SKP with an RHK cascaded from the atasan's RHK and logs a day of work, the atasan agrees and rates (hasil kerja,
 * perilaku kerja, the seven BerAKHLAK values), the predikat appears; an employee of another OPD neither lists nor
 * opens it. Screenshots go to {@code target/e2e/kinerja-1..4-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class KinerjaBrowserIT {

    private static final Duration TUNGGU = Duration.ofSeconds(30);
    private static final String SANDI = "sandi-uji-yang-panjang";
    private static final int TAHUN = 2047;
    private static final String[] BERAKHLAK = {
        "BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF"
    };

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PengelolaanPengguna pengguna;

    @BeforeAll
    static void jalankanPeramban() throws IOException {
        peramban = Peramban.mulai();
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, TUNGGU);
        // A form submit or an htmx swap can replace the element between finding it and reading it: poll again.
        tunggu.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void tutupPeramban() {
        if (peramban != null) {
            peramban.close();
            peramban = null;
            driver = null;
        }
    }

    @Test
    void pegawaiMenyusunSkpAtasanMenilaiPredikatTampilDanOrangLuarTidakMelihat() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("kinerja-gagal");
            throw new AssertionError(
                    "Skenario gagal di " + driver.getCurrentUrl() + "; lihat target/e2e/kinerja-gagal.png", e);
        }
    }

    private void skenario() throws IOException {
        String s = Long.toString(System.nanoTime(), 36);
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var o = org.opdBaru("Badan Uji Peramban Kinerja");
        long opd = o.id();
        long jabatan = org.jabatanBaru(opd, o.unitId(), "PELAKSANA", null, 7, "ADM", 3);
        org.uraianTugas(jabatan, "Menyusun laporan");
        PegawaiFixture pf = new PegawaiFixture(jdbc);
        PegawaiFixture.Tempat tempat = new PegawaiFixture.Tempat(opd, o.unitId(), jabatan);
        String nipAtasan = pf.pegawaiBaru(tempat, null, "Atasan Peramban " + s);
        String nipPegawai = pf.pegawaiBaru(tempat, nipAtasan, "Pegawai Peramban " + s);
        String akunAtasan = "uji.kbr.atasan." + s;
        String akunPegawai = "uji.kbr.pegawai." + s;
        pengguna.daftarkan(akunAtasan, SANDI, "Atasan Peramban", Set.of(Peran.ATASAN, Peran.PEGAWAI), opd, nipAtasan);
        pengguna.daftarkan(akunPegawai, SANDI, "Pegawai Peramban", Set.of(Peran.PEGAWAI), opd, nipPegawai);
        // The atasan's own SKP with one RHK, for the employee to cascade from.
        long skpAtasan =
                jdbc.sql("""
                INSERT INTO kinerja.skp (nip, tahun, dibuat_oleh, diubah_oleh) VALUES (?, ?, 'uji', 'uji')
                RETURNING id""").params(nipAtasan, TAHUN).query(Long.class).single();
        long rhkAtasan = jdbc.sql("""
                INSERT INTO kinerja.rhk (skp_id, urutan, uraian, jenis) VALUES (?, 1, 'Layanan bidang meningkat',
                'UTAMA') RETURNING id""").param(skpAtasan).query(Long.class).single();

        // 1. The employee drafts the SKP with one RHK cascaded from the atasan's RHK.
        masuk(akunPegawai, SANDI);
        buka("/kinerja/skp");
        WebElement tahun = tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("tahun-baru")));
        tahun.clear();
        tahun.sendKeys(String.valueOf(TAHUN));
        peramban.klik(By.id("buat-skp"), tunggu);
        tunggu.until(ExpectedConditions.urlMatches("/kinerja/skp/\\d+$"));
        String url = driver.getCurrentUrl();
        long skp = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("rhk-baru-uraian")))
                .sendKeys("Laporan layanan bulanan tersusun");
        new Select(driver.findElement(By.id("rhk-baru-atasan"))).selectByValue(String.valueOf(rhkAtasan));
        driver.findElement(By.id("rhk-baru-ind-0-uraian")).sendKeys("Jumlah laporan");
        driver.findElement(By.id("rhk-baru-ind-0-target")).sendKeys("12 laporan");
        peramban.klik(By.id("simpan-rhk-baru"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("daftar-rhk")));
        assertThat(driver.findElement(By.id("daftar-rhk")).getText())
                .contains("Laporan layanan bulanan tersusun", "Layanan bidang meningkat", "12 laporan");
        assertThat(driver.findElements(By.id("setujui-skp")))
                .as("the owner cannot agree")
                .isEmpty();
        peramban.gambar("kinerja-1-skp-draf");

        // 2. ... and logs a day of work.
        LocalDate kemarin = LocalDate.now().minusDays(1);
        buka("/kinerja/aktivitas?tanggal=" + kemarin);
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-aktivitas")));
        isiLangsung("mulai", "08:00");
        isiLangsung("selesai", "10:30");
        driver.findElement(By.id("uraian")).sendKeys("Menyusun laporan layanan bulan lalu");
        peramban.klik(By.id("simpan-aktivitas"), tunggu);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("daftar-aktivitas")));
        assertThat(driver.findElement(By.id("daftar-aktivitas")).getText())
                .contains("Menyusun laporan layanan bulan lalu");
        peramban.gambar("kinerja-2-aktivitas");
        keluar();

        // 3. The atasan opens it from the list, agrees and rates; the predikat appears.
        masuk(akunAtasan, SANDI);
        buka("/kinerja/skp");
        peramban.klik(By.cssSelector("#skp-" + skp + " a"), tunggu);
        peramban.klik(By.id("setujui-skp"), tunggu);
        tunggu.until(ExpectedConditions.attributeToBe(By.id("status-skp"), "data-status", "DISETUJUI"));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.id("form-nilai")));
        peramban.klik(By.id("hasilKerja-DI_ATAS"), tunggu);
        peramban.klik(By.id("perilakuKerja-SESUAI"), tunggu);
        for (String n : BERAKHLAK) {
            peramban.klik(By.id("ekspektasi-" + n + "-SESUAI"), tunggu);
            driver.findElement(By.id("catatan-" + n)).sendKeys("Umpan balik " + n.toLowerCase());
        }
        peramban.klik(By.id("simpan-nilai"), tunggu);
        WebElement predikat = tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("predikat")));
        assertThat(predikat.getAttribute("data-predikat")).isEqualTo("BAIK");
        assertThat(predikat.getText()).isNotBlank();
        assertThat(jdbc.sql("SELECT predikat FROM kinerja.skp WHERE id = ?")
                        .param(skp)
                        .query(String.class)
                        .single())
                .isEqualTo("BAIK");
        peramban.gambar("kinerja-3-predikat");
        keluar();

        // 4. An employee of another OPD neither lists nor opens it.
        masuk("pegawai.pendidikan", "aparatur-demo");
        buka("/kinerja/skp");
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElements(By.id("skp-" + skp))).isEmpty();
        buka("/kinerja/skp/" + skp);
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(driver.getPageSource()).contains("404").doesNotContain("Laporan layanan bulanan tersusun");
        assertThat(driver.findElements(By.id("predikat"))).isEmpty();
        peramban.gambar("kinerja-4-di-luar-cakupan");
    }

    private void masuk(String akun, String sandi) {
        peramban.masuk("http://localhost:" + port, akun, sandi, tunggu);
    }

    private void keluar() {
        peramban.keluar();
    }

    /** Date and time inputs take their value the way a picker sets it (typing depends on the browser's locale). */
    private void isiLangsung(String id, String nilai) {
        WebElement e = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                        e,
                        nilai);
    }

    private void buka(String path) {
        driver.get("http://localhost:" + port + path);
    }
}
