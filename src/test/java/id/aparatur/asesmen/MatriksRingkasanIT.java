package id.aparatur.asesmen;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.Cakupan;
import id.aparatur.akses.Peran;
import id.aparatur.asesmen.application.MatriksQuery;
import id.aparatur.asesmen.application.PencatatanAsesmen;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.shared.Permintaan;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;

/**
 * The skill-matrix summary kept in memory (on here, off in the other tests) is dropped when an assessment is recorded,
 * so the matrix never shows a stale summary after a change made through Aparatur.
 */
@UjiIntegrasi
@TestPropertySource(properties = "aparatur.matriks.ringkasan-detik=600")
class MatriksRingkasanIT {

    @Autowired
    MatriksQuery matriks;

    @Autowired
    PencatatanAsesmen pencatatan;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("bkd")
    void ringkasanDiperbaruiSetelahAsesmenDicatat() {
        Cakupan bkd = new Cakupan("bkd", Set.of(Peran.ADMIN_BKD), null, null);
        var opd = new OrganisasiFixture(jdbc).opdBaru("Dinas Uji Ringkasan");
        var peg = new AsesmenFixture(jdbc).pegawaiDenganSkj(opd.id(), opd.unitId());
        String kodeUji = AsesmenFixture.KODE_SKJ.get(0);
        var p = new Object[] {peg.nip(), peg.jabatanId(), kodeUji, peg.standar().get(kodeUji)};
        var filter = new MatriksQuery.Filter(null, null, (Long) p[1]);
        String kode = (String) p[2];
        var awal = matriks.matriks(bkd, filter, new Permintaan(0, 50));
        long memenuhiAwal = awal.kolom().stream()
                .filter(k -> k.kode().equals(kode))
                .findFirst()
                .orElseThrow()
                .memenuhi();
        // Twice the same answer while nothing changes.
        assertThat(matriks.matriks(bkd, filter, new Permintaan(0, 50)).kolom()).isEqualTo(awal.kolom());
        int levelTurun = Math.max(1, (Integer) p[3] - 1);
        int levelNaik = 5;
        boolean memenuhiSebelum = jdbc.sql("SELECT coalesce((SELECT level FROM asesmen.level_terkini WHERE nip = ? "
                        + "AND kompetensi_kode = ?), 0) >= ?")
                .params(p[0], kode, p[3])
                .query(Boolean.class)
                .single();
        int level = memenuhiSebelum ? levelTurun : levelNaik;
        if (memenuhiSebelum && levelTurun >= (Integer) p[3]) {
            return; // required level 1 cannot be missed; nothing to show
        }
        pencatatan.catat(
                (String) p[0],
                new PencatatanAsesmen.AsesmenBaru(
                        LocalDate.now(),
                        SumberAsesmen.UJI_KOMPETENSI,
                        "Tim Uji Ringkasan",
                        null,
                        null,
                        Map.of(kode, level)));
        long memenuhiBaru = matriks.matriks(bkd, filter, new Permintaan(0, 50)).kolom().stream()
                .filter(k -> k.kode().equals(kode))
                .findFirst()
                .orElseThrow()
                .memenuhi();
        assertThat(memenuhiBaru).isEqualTo(memenuhiSebelum ? memenuhiAwal - 1 : memenuhiAwal + 1);
    }
}
