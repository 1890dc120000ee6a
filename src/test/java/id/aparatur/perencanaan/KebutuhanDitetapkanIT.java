package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.organisasi.KebutuhanDitetapkan;
import id.aparatur.perencanaan.application.PengelolaanAbk;
import id.aparatur.perencanaan.domain.AturanAbk;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The event {@link KebutuhanDitetapkan} between the modules (a Modulith {@link Scenario}): perencanaan publishes it when
 * BKD finalises an ABK, organisasi consumes it and sets the jabatan's kuota in the same transaction, and an earlier
 * year finalised later does not publish it (the latest final year keeps deciding K).
 */
@UjiIntegrasi
@EnableScenarios
class KebutuhanDitetapkanIT {

    static final int TAHUN = 2090;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PengelolaanAbk pengelolaan;

    long jabatan;

    @BeforeEach
    void siapkan() {
        PerencanaanFixture fixture = new PerencanaanFixture(jdbc);
        jabatan = fixture.jabatanBaru(fixture.opdDemo("Dinas Pendidikan"), 1, 1).get(0);
    }

    @AfterEach
    void bersihkan() {
        SecurityContextHolder.clearContext();
        jdbc.sql(
                        "DELETE FROM perencanaan.tugas_abk WHERE abk_id IN (SELECT id FROM perencanaan.abk WHERE jabatan_id = ?)")
                .param(jabatan)
                .update();
        jdbc.sql("DELETE FROM perencanaan.abk WHERE jabatan_id = ?")
                .param(jabatan)
                .update();
    }

    static void sebagai(String pengguna, String peran) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        pengguna, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + peran)));
    }

    int kuota() {
        return jdbc.sql("SELECT kuota FROM organisasi.v_jabatan WHERE id = ?")
                .param(jabatan)
                .query(Integer.class)
                .single();
    }

    /** An ABK of the position for {@code tahun} needing {@code kebutuhan} employees, submitted by the OPD head. */
    long abkDiajukan(int tahun, int kebutuhan) {
        sebagai("kadis.pendidikan", "PIMPINAN_OPD");
        long id = pengelolaan.buat(jabatan, tahun).id();
        pengelolaan.simpanTugas(
                id,
                List.of(new AturanAbk.Isian(
                        "Melayani", "Layanan", "dokumen", BigDecimal.valueOf(kebutuhan), BigDecimal.valueOf(75_000))),
                0);
        pengelolaan.ajukan(id);
        sebagai("bkd", "ADMIN_BKD");
        return id;
    }

    @Test
    void abkFinalMenerbitkanKebutuhanYangMenjadiKuota(Scenario scenario) {
        long id = abkDiajukan(TAHUN + 1, 3);
        scenario.stimulate(() -> pengelolaan.finalkan(id))
                .andWaitForEventOfType(KebutuhanDitetapkan.class)
                .matching(e -> e.jabatanId() == jabatan)
                .toArriveAndVerify(e -> {
                    assertThat(e.tahun()).isEqualTo(TAHUN + 1);
                    assertThat(e.kebutuhan()).isEqualTo(3);
                    assertThat(e.oleh()).isEqualTo("bkd");
                    assertThat(kuota())
                            .as("kuota ditetapkan dalam transaksi yang sama")
                            .isEqualTo(3);
                });
    }

    @Test
    void tahunLebihAwalYangDifinalkanKemudianTidakMenerbitkannya(Scenario scenario) {
        long akhir = abkDiajukan(TAHUN + 2, 2);
        pengelolaan.finalkan(akhir);
        long awal = abkDiajukan(TAHUN + 1, 5);
        scenario.stimulate(() -> pengelolaan.finalkan(awal))
                .andWaitForStateChange(
                        () -> jdbc.sql("SELECT status FROM perencanaan.abk WHERE id = ?")
                                .param(awal)
                                .query(String.class)
                                .single(),
                        "FINAL"::equals)
                .andVerify(s -> assertThat(kuota())
                        .as("tahun terakhir yang final tetap menentukan K")
                        .isEqualTo(2));
    }

    @Test
    void organisasiMenjadikanKebutuhanKuotaDanMengauditnya(Scenario scenario) {
        scenario.publish(new KebutuhanDitetapkan(jabatan, TAHUN + 3, 4, "bkd"))
                .andWaitForStateChange(this::kuota, k -> k == 4)
                .andVerify(k -> assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'JABATAN' AND entitas_id = ?
                          AND ringkasan LIKE ?""")
                                .params(String.valueOf(jabatan), "%ABK tahun " + (TAHUN + 3) + "%")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
    }
}
