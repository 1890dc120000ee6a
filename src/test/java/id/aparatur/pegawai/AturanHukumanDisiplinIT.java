package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sanction rule has one home: the Java policy {@link AturanHukumanDisiplin} and its SQL twin, the published
 * function {@code pegawai.dalam_hukuman_disiplin(date)}, decide the same for every edge case (tingkat, cancelled, end
 * date before, on and after the reference date, TMT in the future, several entries of one employee).
 */
@UjiIntegrasi
class AturanHukumanDisiplinIT {

    record Entri(
            @Nullable String tingkat,
            boolean dibatalkan,
            LocalDate tmt,
            @Nullable LocalDate tmtSelesai) {}

    @Autowired
    JdbcClient jdbc;

    static final LocalDate ACUAN = LocalDate.of(2026, 6, 15);

    @Test
    void kebijakanJavaDanFungsiSqlSelaluSepakat() {
        List<List<Entri>> kasus = List.of(
                List.of(new Entri("RINGAN", false, ACUAN.minusYears(1), null)),
                List.of(new Entri("SEDANG", false, ACUAN.minusYears(1), null)),
                List.of(new Entri("BERAT", false, ACUAN.minusYears(2), ACUAN.minusDays(1))),
                List.of(new Entri("SEDANG", false, ACUAN.minusYears(1), ACUAN)),
                List.of(new Entri("BERAT", false, ACUAN.minusYears(1), ACUAN.plusDays(1))),
                List.of(new Entri("SEDANG", true, ACUAN.minusYears(1), null)),
                List.of(new Entri("BERAT", false, ACUAN.plusMonths(1), ACUAN.plusYears(1))),
                List.of(
                        new Entri("RINGAN", false, ACUAN.minusYears(1), null),
                        new Entri("SEDANG", true, ACUAN.minusYears(1), null),
                        new Entri("BERAT", false, ACUAN.minusYears(3), ACUAN.minusYears(2))),
                List.of(
                        new Entri("RINGAN", false, ACUAN.minusYears(1), null),
                        new Entri("BERAT", false, ACUAN.minusMonths(3), null)));
        List<Boolean> harapan = List.of(false, true, false, true, true, false, true, false, true);
        var opd = new id.aparatur.organisasi.OrganisasiFixture(jdbc).opdBaru("Dinas Uji Hukuman");
        long jabatan = new id.aparatur.organisasi.OrganisasiFixture(jdbc).pelaksanaBaru(opd, 20);
        PegawaiFixture pegawai = new PegawaiFixture(jdbc);
        List<String> nip = new ArrayList<>();
        for (int i = 0; i < kasus.size(); i++) {
            String n = pegawai.pegawaiBaru(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), jabatan), null);
            for (Entri e : kasus.get(i)) {
                jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, tingkat, tmt, tmt_selesai, dicatat_oleh,
                            dibatalkan_pada, dibatalkan_oleh, alasan_batal)
                        VALUES (?, 'HUKUMAN_DISIPLIN', 'Uji', ?, ?, ?, 'uji', ?, ?, ?)""")
                        .params(
                                n,
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
        Set<String> menurutSql =
                new HashSet<>(jdbc.sql("SELECT trim(nip) FROM pegawai.dalam_hukuman_disiplin(?) WHERE nip = ANY (?)")
                        .params(ACUAN, nip.toArray(String[]::new))
                        .query(String.class)
                        .list());
        for (int i = 0; i < kasus.size(); i++) {
            boolean menurutJava = kasus.get(i).stream()
                    .anyMatch(e -> AturanHukumanDisiplin.aktif(e.tingkat(), e.dibatalkan(), e.tmtSelesai(), ACUAN));
            assertThat(menurutJava).as("Java, kasus %d", i).isEqualTo(harapan.get(i));
            assertThat(menurutSql.contains(nip.get(i))).as("SQL, kasus %d", i).isEqualTo(harapan.get(i));
        }
    }
}
