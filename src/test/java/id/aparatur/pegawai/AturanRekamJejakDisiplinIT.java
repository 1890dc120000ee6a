package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.organisasi.OrganisasiFixture;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The JPT track-record rule has one home: the Java policy {@link AturanRekamJejakDisiplin} and its SQL twin
 * {@code pegawai.rekam_jejak_disiplin(date)} decide the same for every edge case (ringan, sedang/berat ended long ago,
 * cancelled, examination ongoing, ended before, on and after the reference date, cancelled examination).
 */
@UjiIntegrasi
class AturanRekamJejakDisiplinIT {

    record Entri(
            JenisRiwayat jenis,
            @Nullable String tingkat,
            boolean dibatalkan,
            LocalDate tmt,
            @Nullable LocalDate tmtSelesai) {}

    /** Whether ever sanctioned sedang/berat, and whether under examination. */
    record Hasil(boolean pernah, boolean diperiksa) {}

    @Autowired
    JdbcClient jdbc;

    static final LocalDate ACUAN = LocalDate.of(2026, 6, 15);
    static final JenisRiwayat HUKUMAN = JenisRiwayat.HUKUMAN_DISIPLIN;
    static final JenisRiwayat PERIKSA = JenisRiwayat.PEMERIKSAAN_DISIPLIN;

    @Test
    void kebijakanJavaDanFungsiSqlSelaluSepakat() {
        List<List<Entri>> kasus = List.of(
                List.of(new Entri(HUKUMAN, "RINGAN", false, ACUAN.minusYears(1), null)),
                List.of(new Entri(HUKUMAN, "SEDANG", false, ACUAN.minusYears(9), ACUAN.minusYears(8))),
                List.of(new Entri(HUKUMAN, "BERAT", true, ACUAN.minusYears(3), null)),
                List.of(new Entri(PERIKSA, null, false, ACUAN.minusMonths(1), null)),
                List.of(new Entri(PERIKSA, null, false, ACUAN.minusMonths(3), ACUAN.minusDays(1))),
                List.of(new Entri(PERIKSA, null, false, ACUAN.minusMonths(3), ACUAN)),
                List.of(new Entri(PERIKSA, null, true, ACUAN.minusMonths(3), null)),
                List.of(
                        new Entri(PERIKSA, null, false, ACUAN.minusMonths(3), null),
                        new Entri(HUKUMAN, "BERAT", false, ACUAN.minusYears(1), ACUAN.plusYears(1))),
                List.of(new Entri(JenisRiwayat.PENGHARGAAN, null, false, ACUAN.minusYears(1), null)));
        List<Hasil> harapan = List.of(
                new Hasil(false, false),
                new Hasil(true, false),
                new Hasil(false, false),
                new Hasil(false, true),
                new Hasil(false, false),
                new Hasil(false, true),
                new Hasil(false, false),
                new Hasil(true, true),
                new Hasil(false, false));
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Rekam Jejak");
        long jabatan = org.pelaksanaBaru(opd, 20);
        PegawaiFixture pegawai = new PegawaiFixture(jdbc);
        List<String> nip = new ArrayList<>();
        for (List<Entri> k : kasus) {
            String n = pegawai.pegawaiBaru(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), jabatan), null);
            for (Entri e : k) {
                jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, tingkat, tmt, tmt_selesai, dicatat_oleh,
                            dibatalkan_pada, dibatalkan_oleh, alasan_batal)
                        VALUES (?, ?, 'Uji', ?, ?, ?, 'uji', ?, ?, ?)""")
                        .params(
                                n,
                                e.jenis().name(),
                                e.tingkat(),
                                e.tmt(),
                                e.tmtSelesai(),
                                e.dibatalkan() ? OffsetDateTime.now() : null,
                                e.dibatalkan() ? "uji" : null,
                                e.dibatalkan() ? "salah input" : null)
                        .update();
            }
            nip.add(n);
        }
        Map<String, Hasil> menurutSql = new HashMap<>();
        jdbc.sql("""
                        SELECT trim(nip), pernah_sedang_berat, dalam_pemeriksaan
                        FROM pegawai.rekam_jejak_disiplin(?) WHERE nip = ANY (?)""")
                .params(ACUAN, nip.toArray(String[]::new))
                .query((rs, i) -> menurutSql.put(rs.getString(1), new Hasil(rs.getBoolean(2), rs.getBoolean(3))))
                .list();
        for (int i = 0; i < kasus.size(); i++) {
            boolean pernah = kasus.get(i).stream()
                    .anyMatch(e ->
                            AturanRekamJejakDisiplin.pernahSedangAtauBerat(e.jenis(), e.tingkat(), e.dibatalkan()));
            boolean diperiksa = kasus.get(i).stream()
                    .anyMatch(e -> AturanRekamJejakDisiplin.dalamPemeriksaan(
                            e.jenis(), e.dibatalkan(), e.tmtSelesai(), ACUAN));
            assertThat(new Hasil(pernah, diperiksa)).as("Java, kasus %d", i).isEqualTo(harapan.get(i));
            assertThat(menurutSql.getOrDefault(nip.get(i), new Hasil(false, false)))
                    .as("SQL, kasus %d", i)
                    .isEqualTo(harapan.get(i));
        }
    }
}
