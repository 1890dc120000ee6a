package id.aparatur.penempatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.audit.DataDiubah;
import id.aparatur.pegawai.MutasiBerlaku;
import id.aparatur.pegawai.MutasiDitetapkan;
import id.aparatur.penempatan.PenempatanFixture.Usulan;
import id.aparatur.penempatan.application.PengelolaanSkenario;
import id.aparatur.penempatan.domain.KeputusanMutasi;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The events module penempatan publishes, stimulated through its use cases and verified as they arrive: the SK of an
 * approved scenario publishes {@link MutasiDitetapkan} with exactly the moves of the result (and {@link MutasiBerlaku}
 * at once when the TMT is today), which the pegawai module applies; a future TMT publishes {@link MutasiBerlaku} only
 * when the daily job finds it due, once; every step is a {@link DataDiubah} of entity {@code SKENARIO_PENEMPATAN}.
 */
@UjiIntegrasi
@EnableScenarios
class PenempatanPeristiwaIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PengelolaanSkenario pengelolaan;

    PenempatanFixture fixture;
    PenempatanFixture.OpdUji opd;
    LocalDate hariIni;

    @BeforeEach
    void siapkan() {
        hariIni = LocalDate.now(clock);
        fixture = new PenempatanFixture(jdbc, clock);
        opd = fixture.opdDenganPemangku(3);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "bkd", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN_BKD"))));
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    /** Approved: the first holder moves from A to B, the second stays, the third is left without a position. */
    long disetujui() {
        return fixture.skenario(
                StatusSkenario.DISETUJUI,
                "Uji peristiwa",
                Set.of(opd.id()),
                List.of(
                        Usulan.ditempatkan(opd.pegawai().get(0), opd.jabatanB()),
                        Usulan.ditempatkan(opd.pegawai().get(1), opd.jabatanA()),
                        Usulan.tidakDitempatkan(opd.pegawai().get(2))));
    }

    long jabatan(String nip) {
        return jdbc.sql("SELECT jabatan_id FROM pegawai.v_pegawai WHERE nip = ?")
                .param(nip)
                .query(Long.class)
                .single();
    }

    @Test
    void skHariIniMenerbitkanMutasiDitetapkanDanBerlaku(Scenario scenario) {
        long id = disetujui();
        String nomor = "821.2/PERISTIWA/" + id;
        MutasiDitetapkan.Mutasi pindah =
                new MutasiDitetapkan.Mutasi(opd.pegawai().get(0), opd.jabatanA(), opd.jabatanB());
        scenario.stimulate(() -> pengelolaan.tetapkan(id, new KeputusanMutasi(nomor, hariIni, hariIni)))
                .andWaitForEventOfType(MutasiDitetapkan.class)
                .matching(e -> e.nomorSk().equals(nomor))
                .toArriveAndVerify(e -> {
                    assertThat(e.daftar()).containsExactly(pindah);
                    assertThat(e.tanggalSk()).isEqualTo(hariIni);
                    assertThat(e.tmt()).isEqualTo(hariIni);
                    assertThat(e.ditetapkanOleh()).isEqualTo("bkd");
                    assertThat(e.sumber()).startsWith("Skenario penempatan " + id);
                });
        // The pegawai module applied both in the same transaction: the riwayat entry, and the current jabatan (TMT
        // today).
        assertThat(jdbc.sql("SELECT count(*) FROM pegawai.v_riwayat WHERE nomor_sk = ?")
                        .param(nomor)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jabatan(opd.pegawai().get(0))).isEqualTo(opd.jabatanB());
        assertThat(jabatan(opd.pegawai().get(1))).isEqualTo(opd.jabatanA());
    }

    @Test
    void tmtDepanBerlakuSekaliSaatJatuhTempo(Scenario scenario) {
        long id = disetujui();
        String nomor = "821.2/TMT-DEPAN/" + id;
        LocalDate tmt = hariIni.plusDays(7);
        scenario.stimulate(() -> pengelolaan.tetapkan(id, new KeputusanMutasi(nomor, hariIni, tmt)))
                .andWaitForEventOfType(MutasiDitetapkan.class)
                .matching(e -> e.nomorSk().equals(nomor))
                .toArriveAndVerify(e -> assertThat(e.tmt()).isEqualTo(tmt));
        assertThat(jabatan(opd.pegawai().get(0))).as("belum berlaku").isEqualTo(opd.jabatanA());

        scenario.stimulate(() -> pengelolaan.terapkanJatuhTempo(tmt))
                .andWaitForEventOfType(MutasiBerlaku.class)
                .matching(e -> e.nomorSk().equals(nomor))
                .toArriveAndVerify((e, n) -> {
                    assertThat(n).isEqualTo(1);
                    assertThat(e.tmt()).isEqualTo(tmt);
                    assertThat(e.daftar())
                            .extracting(MutasiDitetapkan.Mutasi::nip)
                            .containsExactly(opd.pegawai().get(0));
                    assertThat(jabatan(opd.pegawai().get(0))).isEqualTo(opd.jabatanB());
                });
        assertThat(pengelolaan.terapkanJatuhTempo(tmt)).as("sekali saja").isZero();
    }

    @Test
    void setiapLangkahTeraudit(Scenario scenario) {
        scenario.stimulate(() -> pengelolaan.buat(PengaturanSkenario.baku("Uji audit")))
                .andWaitForEventOfType(DataDiubah.class)
                .matching(e ->
                        e.entitas().equals("SKENARIO_PENEMPATAN") && e.aksi().equals("BUAT"))
                .toArriveAndVerify((e, id) -> {
                    assertThat(e.entitasId()).isEqualTo(String.valueOf(id));
                    assertThat(e.ringkasan()).contains("Uji audit");
                });
        long draf = fixture.draf("Uji arsip", Set.of(opd.id()));
        scenario.stimulate(() -> pengelolaan.arsipkan(draf, true))
                .andWaitForEventOfType(DataDiubah.class)
                .matching(e -> e.entitasId().equals(String.valueOf(draf)))
                .toArriveAndVerify(e -> assertThat(e.aksi()).isEqualTo("ARSIPKAN"));
    }
}
