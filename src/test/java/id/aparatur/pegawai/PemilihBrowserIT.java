package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.e2e.Peramban;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The searchable pickers in a real Chromium (issue 15 item 12): BKD changes an employee's placement on the profile by
 * typing part of a position's name and of an atasan's name, choosing from the lists (keyboard for the position, mouse
 * for the atasan), and saving; the profile then shows the new position and atasan. The employee is one of this test's
 * own (inserted with a valid NIP), so the demo data stay as they are. Screenshots: {@code target/e2e/pemilih-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PemilihBrowserIT {

    private static Peramban peramban;
    private static WebDriver driver;
    private static WebDriverWait tunggu;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void jalankanPeramban() throws IOException {
        peramban = Peramban.mulai(1400, 1000);
        driver = peramban.driver();
        tunggu = new WebDriverWait(driver, Duration.ofSeconds(30));
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
    void bkdMengubahPenempatanDenganPemilih() throws IOException {
        try {
            skenario();
        } catch (AssertionError | RuntimeException e) {
            peramban.simpanBukti("pemilih-gagal");
            throw new AssertionError(
                    "Skenario pemilih gagal di " + driver.getCurrentUrl() + "; lihat target/e2e/pemilih-gagal.png", e);
        }
    }

    private void skenario() throws IOException {
        // An active position of Dinas Pendidikan whose name no other has, and an active atasan with a unique name.
        long disdik = jdbc.sql("SELECT id FROM organisasi.v_opd WHERE kode = 'DISDIK'")
                .query(Long.class)
                .single();
        long unit = jdbc.sql("SELECT min(id) FROM organisasi.v_unit WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        String kata = "Qz" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        var org = new id.aparatur.organisasi.OrganisasiFixture(jdbc);
        String namaJabatan = "Kepala Seksi Uji " + kata;
        Map<String, Object> tujuan = Map.of(
                "id", org.jabatanBernama(disdik, unit, namaJabatan, "PENGAWAS", null, true), "nama", namaJabatan);
        long asal = org.jabatanBernama(disdik, unit, "Pengadministrasi Uji " + kata, "PELAKSANA", null, true);
        long jabAtasan = org.jabatanBernama(disdik, unit, "Kepala Subbagian Uji " + kata, "PENGAWAS", null, true);
        var peg = new PegawaiFixture(jdbc);
        String namaAtasanUji = "Atasan" + kata + " Peramban";
        Map<String, Object> atasan = Map.of(
                "nip",
                peg.pegawaiBernama(namaAtasanUji, new PegawaiFixture.Tempat(disdik, unit, jabAtasan), null, true),
                "nama",
                namaAtasanUji);
        String nip =
                peg.pegawaiBernama("Uji Pemilih Peramban", new PegawaiFixture.Tempat(disdik, unit, asal), null, true);
        String namaTujuan = (String) tujuan.get("nama");
        String namaAtasan = (String) atasan.get("nama");

        peramban.masuk("http://localhost:" + port, "bkd", "aparatur-demo", tunggu);
        driver.get("http://localhost:" + port + "/pegawai/" + nip);
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-penempatan")));
        peramban.gambarPenuh("pemilih-1-profil-sebelum");

        // Position: "ganti", type two words of the name, arrow down to the option, Enter.
        peramban.klik(By.cssSelector("#pilih-jabatan .pemilih-ganti"), tunggu);
        WebElement cariJabatan = driver.findElement(By.id("pilih-jabatan-cari"));
        assertThat(cariJabatan.equals(driver.switchTo().activeElement()))
                .as("ganti focuses the search")
                .isTrue();
        cariJabatan.sendKeys(kataKunci(namaTujuan));
        By opsiTujuan = By.cssSelector("#pilih-jabatan-daftar [role=option][data-nilai='" + tujuan.get("id") + "']");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(opsiTujuan));
        peramban.gambar("pemilih-2-daftar-jabatan");
        int urutan = driver.findElements(By.cssSelector("#pilih-jabatan-daftar [role=option]"))
                .indexOf(driver.findElement(opsiTujuan));
        for (int i = 0; i <= urutan; i++) {
            cariJabatan.sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(cariJabatan.getAttribute("aria-activedescendant"))
                .isEqualTo(driver.findElement(opsiTujuan).getAttribute("id"));
        cariJabatan.sendKeys(Keys.ENTER);
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pilih-jabatan .pemilih-terpilih")));
        assertThat(driver.findElement(By.cssSelector("#pilih-jabatan .pemilih-terpilih"))
                        .getText())
                .contains(namaTujuan);
        assertThat(driver.findElement(By.cssSelector("#pilih-jabatan .pemilih-nilai"))
                        .getAttribute("value"))
                .isEqualTo(String.valueOf(tujuan.get("id")));
        assertThat(driver.getCurrentUrl())
                .as("Enter chose, it did not send the form")
                .endsWith("/pegawai/" + nip);

        // Atasan: empty (automatic) so far; type part of the name and click the option.
        WebElement cariAtasan = driver.findElement(By.id("pilih-atasan-cari"));
        cariAtasan.sendKeys(duaKata(namaAtasan));
        By opsiAtasan = By.cssSelector("#pilih-atasan-daftar [role=option][data-nilai='" + atasan.get("nip") + "']");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(opsiAtasan));
        peramban.gambar("pemilih-3-daftar-atasan");
        driver.findElement(opsiAtasan).click();
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pilih-atasan .pemilih-terpilih")));
        assertThat(driver.findElement(By.cssSelector("#pilih-atasan .pemilih-terpilih"))
                        .getText())
                .contains(namaAtasan);
        peramban.gambar("pemilih-4-terpilih");

        peramban.klik(By.id("simpan-penempatan"), tunggu);
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan")));
        assertThat(driver.findElement(By.id("kartu-kepegawaian")).getText()).contains(namaTujuan);
        assertThat(driver.findElement(By.cssSelector("#pilih-jabatan .pemilih-terpilih"))
                        .getText())
                .contains(namaTujuan);
        assertThat(driver.findElement(By.cssSelector("#pilih-atasan .pemilih-terpilih"))
                        .getText())
                .contains(namaAtasan);
        assertThat(jdbc.sql("SELECT jabatan_id FROM pegawai.pegawai WHERE nip = ?")
                        .param(nip)
                        .query(Long.class)
                        .single())
                .isEqualTo(((Number) tujuan.get("id")).longValue());
        peramban.gambarPenuh("pemilih-5-profil-sesudah");

        // "Daftarkan pegawai": the atasan is a picker too; a choice can be cleared again (automatic atasan).
        driver.get("http://localhost:" + port + "/pegawai/baru");
        WebElement cari = tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("pilih-atasan-cari")));
        cari.sendKeys(duaKata(namaAtasan));
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(opsiAtasan));
        peramban.gambar("pemilih-6-pegawai-baru-atasan");
        cari.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#pilih-atasan .pemilih-terpilih")));
        assertThat(driver.findElement(By.cssSelector("#pilih-atasan .pemilih-nilai"))
                        .getAttribute("value"))
                .isNotEmpty();
        peramban.klik(By.cssSelector("#pilih-atasan .pemilih-kosongkan"), tunggu);
        assertThat(driver.findElement(By.cssSelector("#pilih-atasan .pemilih-nilai"))
                        .getAttribute("value"))
                .isEmpty();
        assertThat(driver.findElement(By.id("pilih-atasan-cari")).isDisplayed()).isTrue();
    }

    /** The first two and the last word of a position's name, as a person would narrow it down. */
    private static String kataKunci(String nama) {
        String[] k = nama.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return k.length <= 3 ? nama : k[0] + " " + k[1] + " " + k[k.length - 1];
    }

    /** The first word and the start of the second of a name (enough to find it, and what a person would type). */
    private static String duaKata(String nama) {
        String[] k = nama.split("\\s+");
        return k.length == 1 ? k[0] : k[0] + " " + k[1].substring(0, Math.min(4, k[1].length()));
    }
}
