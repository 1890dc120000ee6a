package id.aparatur.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.aparatur.UjiIntegrasi;
import id.aparatur.audit.DataDiubah;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * {@link KebutuhanDitetapkan} seen from its consumer, the organisasi module (module test: publish → verify): a final
 * ABK makes the kebutuhan the jabatan's kuota (K), increments its versi (a form opened before is stale) and audits the
 * change with the ABK year; the same kuota again changes nothing.
 */
@UjiIntegrasi
@EnableScenarios
class KebutuhanDitetapkanIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void kebutuhanAbkMenjadiKuotaJabatan(Scenario scenario) {
        var org = new OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Kuota");
        long jabatan = org.pelaksanaBaru(opd, 2);
        int versi = versi(jabatan);

        scenario.publish(new KebutuhanDitetapkan(jabatan, 2027, 5, "bkd"))
                .andWaitForEventOfType(DataDiubah.class)
                .matching(e -> e.entitas().equals("JABATAN") && e.entitasId().equals(String.valueOf(jabatan)))
                .toArriveAndVerify(e -> {
                    assertThat(e.ringkasan()).contains("2 → 5", "ABK tahun 2027");
                    assertThat(e.opdId()).isEqualTo(opd.id());
                });
        Map<String, Object> j = jdbc.sql("SELECT kuota, versi FROM organisasi.jabatan WHERE id = ?")
                .param(jabatan)
                .query()
                .singleRow();
        assertThat(j).containsEntry("kuota", 5).containsEntry("versi", versi + 1);

        // The same kebutuhan again (the listener runs inside the publishing transaction): nothing changes.
        scenario.publish(new KebutuhanDitetapkan(jabatan, 2027, 5, "bkd"))
                .andWaitForStateChange(() -> versi(jabatan))
                .andVerify(v -> assertThat(v).isEqualTo(versi + 1));
    }

    @Test
    void kebutuhanNegatifTidakPernahDiterbitkan() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KebutuhanDitetapkan(1, 2027, -1, "bkd"));
    }

    private int versi(long jabatan) {
        return jdbc.sql("SELECT versi FROM organisasi.jabatan WHERE id = ?")
                .param(jabatan)
                .query(Integer.class)
                .single();
    }
}
