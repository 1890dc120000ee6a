package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.audit.DataDiubahMassal;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.MutasiDitetapkan.Mutasi;
import id.aparatur.pegawai.PegawaiFixture.Tempat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The mutation events seen from their consumer, the pegawai module (module test: publish → verify). A decision
 * ({@link MutasiDitetapkan}) writes one riwayat JABATAN per move with the SK and audits it, and leaves the current
 * jabatan alone; its TMT ({@link MutasiBerlaku}) moves jabatan, unit, OPD and TMT jabatan, takes the atasan langsung
 * of the moved employee and of their subordinates from the structure again, increments the versi and audits every
 * changed employee.
 */
@UjiIntegrasi
@EnableScenarios
class MutasiIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void keputusanMutasiMencatatRiwayatTanpaMemindahkan(Scenario scenario) {
        var org = new OrganisasiFixture(jdbc);
        var peg = new PegawaiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Mutasi");
        long lama = org.pelaksanaBaru(opd, 5);
        long unitBaru = org.unitBaru(opd.id(), opd.unitId(), "Seksi Tujuan");
        long baru = org.jabatanBaru(opd.id(), unitBaru, "PELAKSANA", null, 7, "ADM", 5);
        String nip = peg.pegawaiBaru(new Tempat(opd.id(), opd.unitId(), lama), null);
        String nomorSk = "800/UJI-" + nip.substring(10) + "/2026";

        scenario.publish(new MutasiDitetapkan(
                        "Skenario uji",
                        nomorSk,
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2027, 1, 1),
                        "bkd",
                        List.of(new Mutasi(nip, lama, baru))))
                .andWaitForEventOfType(DataDiubahMassal.class)
                .matching(e ->
                        e.entitas().equals("RIWAYAT_PEGAWAI") && e.ringkasan().contains(nomorSk))
                .toArriveAndVerify(e -> assertThat(e.entri())
                        .singleElement()
                        .satisfies(x -> assertThat(x.entitasId()).startsWith(nip + "/")));

        Map<String, Object> r = jdbc.sql("SELECT jabatan_id, nomor_sk, tmt, tanggal_sk FROM pegawai.v_riwayat "
                        + "WHERE nip = ? AND jenis = 'JABATAN' AND nomor_sk = ?")
                .params(nip, nomorSk)
                .query()
                .singleRow();
        assertThat(r).containsEntry("jabatan_id", baru).containsEntry("tmt", java.sql.Date.valueOf("2027-01-01"));
        assertThat(jabatanSaatIni(nip)).as("jabatan berubah baru pada TMT").isEqualTo(lama);
    }

    @Test
    void tmtMutasiMemindahkanPegawaiDanMengambilUlangAtasanDariStruktur(Scenario scenario) {
        var org = new OrganisasiFixture(jdbc);
        var peg = new PegawaiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji TMT");
        long seksiA = org.unitBaru(opd.id(), opd.unitId(), "Seksi A");
        long seksiB = org.unitBaru(opd.id(), opd.unitId(), "Seksi B");
        long kasiA = org.jabatanBaru(opd.id(), seksiA, "PENGAWAS", null, 9, "ADM", 1);
        long kasiB = org.jabatanBaru(opd.id(), seksiB, "PENGAWAS", null, 9, "ADM", 1);
        long staf = org.jabatanBaru(opd.id(), seksiA, "PELAKSANA", null, 7, "ADM", 9);
        long stafB = org.jabatanBaru(opd.id(), seksiB, "PELAKSANA", null, 7, "ADM", 9);
        long jKadis = org.jabatanBaru(opd.id(), opd.unitId(), "ADMINISTRATOR", null, 12, "ADM", 1);
        org.kepalaUnit(seksiA, kasiA);
        org.kepalaUnit(seksiB, kasiB);
        org.kepalaUnit(opd.unitId(), jKadis);
        String kadis = peg.pegawaiBaru(new Tempat(opd.id(), opd.unitId(), jKadis), null);
        String kepalaB = peg.pegawaiBaru(new Tempat(opd.id(), seksiB, kasiB), kadis);
        // The head of seksi A moves to seksi B as staff: they and their subordinate get their atasan again.
        String pindah = peg.pegawaiBaru(new Tempat(opd.id(), seksiA, kasiA), kadis);
        String bawahan = peg.pegawaiBaru(new Tempat(opd.id(), seksiA, staf), pindah);
        int versiLama = versi(pindah);
        LocalDate tmt = LocalDate.of(2026, 12, 1);

        scenario.publish(new MutasiBerlaku(
                        "Skenario uji",
                        "800/UJI-TMT/" + pindah.substring(12),
                        tmt,
                        List.of(new Mutasi(pindah, kasiA, stafB))))
                .andWaitForEventOfType(DataDiubahMassal.class)
                .matching(e -> e.entitas().equals("PEGAWAI") && e.ringkasan().contains(pindah.substring(12)))
                .toArriveAndVerify(e -> assertThat(e.entri())
                        .extracting(DataDiubahMassal.Entri::entitasId)
                        .containsExactlyInAnyOrder(pindah, bawahan));

        Map<String, Object> p = jdbc.sql("SELECT jabatan_id, unit_id, opd_id, tmt_jabatan, trim(atasan_nip) AS atasan, "
                        + "versi FROM pegawai.pegawai WHERE nip = ?")
                .param(pindah)
                .query()
                .singleRow();
        assertThat(p)
                .containsEntry("jabatan_id", stafB)
                .containsEntry("unit_id", seksiB)
                .containsEntry("opd_id", opd.id())
                .containsEntry("tmt_jabatan", java.sql.Date.valueOf(tmt))
                .containsEntry("versi", versiLama + 1)
                .containsEntry("atasan", kepalaB);
        // Seksi A has lost its head: the subordinate reports to the head of the parent unit.
        assertThat(jdbc.sql("SELECT trim(atasan_nip) FROM pegawai.pegawai WHERE nip = ?")
                        .param(bawahan)
                        .query(String.class)
                        .single())
                .isEqualTo(kadis);
    }

    private long jabatanSaatIni(String nip) {
        return jdbc.sql("SELECT jabatan_id FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query(Long.class)
                .single();
    }

    private int versi(String nip) {
        return jdbc.sql("SELECT versi FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query(Integer.class)
                .single();
    }
}
