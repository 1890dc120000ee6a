package id.aparatur.penempatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.pegawai.application.PegawaiQuery;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The name with titles that the scenario pages and the peta kebutuhan read in SQL ({@code pegawai.v_pegawai.nama_lengkap})
 * is the one the pegawai module shows ({@code Pegawai.namaLengkap()}), with and without titles, also for blank ones.
 */
@UjiIntegrasi
class NamaLengkapKontrakIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PegawaiQuery pegawai;

    @Test
    void namaLengkapSqlSamaDenganJava() {
        PenempatanFixture.OpdUji opd = new PenempatanFixture(jdbc, clock).opdDenganPemangku(5);
        PegawaiFixture f = new PegawaiFixture(jdbc);
        f.gelar(opd.pegawai().get(0), "dr.", "M.Kes.");
        f.gelar(opd.pegawai().get(1), "Ir.", null);
        f.gelar(opd.pegawai().get(2), null, "S.E.");
        f.gelar(opd.pegawai().get(3), " ", "  ");
        for (String nip : opd.pegawai()) {
            String sql = jdbc.sql("SELECT nama_lengkap FROM pegawai.v_pegawai WHERE nip = ?")
                    .param(nip)
                    .query(String.class)
                    .single();
            assertThat(sql).isEqualTo(pegawai.muat(nip).orElseThrow().namaLengkap());
        }
        assertThat(jdbc.sql("SELECT nama_lengkap FROM pegawai.v_pegawai WHERE nip = ?")
                        .param(opd.pegawai().get(0))
                        .query(String.class)
                        .single())
                .isEqualTo("dr. Pegawai Uji " + opd.pegawai().get(0) + ", M.Kes.");
    }
}
