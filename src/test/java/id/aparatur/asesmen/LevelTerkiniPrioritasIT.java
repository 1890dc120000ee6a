package id.aparatur.asesmen;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.asesmen.application.PembaruanLevelTerkini;
import id.aparatur.organisasi.OrganisasiFixture;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current competency level by source priority: an assessment-center result is not overridden by a later
 * supervisor rating (lower rank) while it is valid; once its validity has passed, the later lower-rank result counts.
 * The read model {@code asesmen.level_terkini} and its published view {@code asesmen.v_level_terkini} follow the rule
 * — on single records, on COPY (bulk import) and when time passes ({@code PembaruanLevelTerkini}).
 */
@UjiIntegrasi
class LevelTerkiniPrioritasIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    PembaruanLevelTerkini pembaruan;

    AsesmenFixture asesmen;
    OrganisasiFixture.OpdUji opd;

    @BeforeEach
    void siapkan() {
        asesmen = new AsesmenFixture(jdbc);
        opd = new OrganisasiFixture(jdbc).opdBaru("Dinas Uji Level Terkini");
    }

    int level(String nip, String kode) {
        return jdbc.sql("SELECT level FROM asesmen.v_level_terkini WHERE nip = ? AND kompetensi_kode = ?")
                .params(nip, kode)
                .query(Integer.class)
                .single();
    }

    int masaBerlakuBulan(String sumber) {
        return jdbc.sql("SELECT masa_berlaku_bulan FROM asesmen.sumber_asesmen WHERE kode = ?")
                .param(sumber)
                .query(Integer.class)
                .single();
    }

    @Test
    void hasilAssessmentCenterTidakTergantiPenilaianAtasanYangLebihBaruSelamaMasihBerlaku() {
        LocalDate hariIni = LocalDate.now(clock);
        // AC level 4, then a year later a supervisor rating level 2: the AC result stays current while valid
        String nip = asesmen.pegawaiDenganSkj(opd.id(), opd.unitId()).nip();
        asesmen.catat(nip, hariIni.minusMonths(20), "ASSESSMENT_CENTER", "UPT Penilaian Kompetensi", Map.of("M.01", 4));
        asesmen.catat(nip, hariIni.minusMonths(8), "PENILAIAN_ATASAN", "Atasan langsung", Map.of("M.01", 2));
        assertThat(level(nip, "M.01")).isEqualTo(4);
        // a later result of the same or a higher rank does count
        asesmen.catat(nip, hariIni.minusMonths(2), "ASSESSMENT_CENTER", "UPT Penilaian Kompetensi", Map.of("M.01", 3));
        assertThat(level(nip, "M.01")).isEqualTo(3);

        // an AC result past its validity: the later lower-rank result counts
        String lama = asesmen.pegawaiDenganSkj(opd.id(), opd.unitId()).nip();
        int ac = masaBerlakuBulan("ASSESSMENT_CENTER");
        asesmen.catat(lama, hariIni.minusMonths(ac).minusDays(1), "ASSESSMENT_CENTER", "UPT", Map.of("M.02", 4));
        asesmen.catat(lama, hariIni.minusMonths(1), "PENILAIAN_ATASAN", "Atasan langsung", Map.of("M.02", 2));
        assertThat(level(lama, "M.02")).isEqualTo(2);
    }

    @Test
    void saatMasaBerlakuLewatLevelTerkiniBerpindahKeHasilBerikutnya() {
        LocalDate hariIni = LocalDate.now(clock);
        LocalDate besok = hariIni.plusDays(1);
        String nip = asesmen.pegawaiDenganSkj(opd.id(), opd.unitId()).nip();
        // valid through today, no longer tomorrow
        asesmen.catat(
                nip,
                besok.minusMonths(masaBerlakuBulan("ASSESSMENT_CENTER")),
                "ASSESSMENT_CENTER",
                "UPT",
                Map.of("M.03", 4));
        asesmen.catat(nip, hariIni.minusMonths(1), "PENILAIAN_ATASAN", "Atasan langsung", Map.of("M.03", 2));
        pembaruan.perbarui(hariIni);
        assertThat(level(nip, "M.03")).isEqualTo(4);
        pembaruan.perbarui(besok);
        assertThat(level(nip, "M.03")).isEqualTo(2);
    }

    @Test
    void copyImporMengikutiPrioritasYangSama() throws Exception {
        LocalDate hariIni = LocalDate.now(clock);
        String nip = asesmen.pegawaiDenganSkj(opd.id(), opd.unitId()).nip();
        long ac = asesmen.catat(nip, hariIni.minusMonths(10), "ASSESSMENT_CENTER", "UPT", Map.of());
        long atasan = asesmen.catat(nip, hariIni.minusMonths(3), "PENILAIAN_ATASAN", "Atasan", Map.of());
        // levels written by COPY, as the import and the demo loader do: the statement trigger applies the rule too
        try (Connection con = dataSource.getConnection()) {
            con.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY asesmen.asesmen_level (asesmen_id, kompetensi_kode, level) FROM STDIN",
                            new StringReader(atasan + "\tM.01\t2\n" + ac + "\tM.01\t4\n" + atasan + "\tM.02\t3\n"));
        }
        assertThat(level(nip, "M.01")).isEqualTo(4);
        assertThat(level(nip, "M.02")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT sumber FROM asesmen.v_level_terkini WHERE nip = ? AND kompetensi_kode = 'M.01'")
                        .param(nip)
                        .query(String.class)
                        .single())
                .isEqualTo("ASSESSMENT_CENTER");
    }
}
