package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.organisasi.OrganisasiFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The age rule has one home: {@link AturanUsia#usiaPada} and its SQL twin {@code pegawai.usia_pada(date)} give the same
 * completed years for birthdays the day before, on and after the reference date, 56 years and 11 months, and a birthday
 * on 29 February in common and leap years.
 */
@UjiIntegrasi
class AturanUsiaIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void kebijakanJavaDanFungsiSqlSelaluSepakat() {
        LocalDate acuan = LocalDate.of(2027, 3, 1);
        List<LocalDate> lahir = List.of(
                LocalDate.of(1971, 3, 1), // exactly 56: does not pass "below 56"
                LocalDate.of(1971, 3, 2), // one day short of 56
                LocalDate.of(1970, 4, 1), // 56 years 11 months
                LocalDate.of(1971, 2, 28),
                LocalDate.of(1968, 2, 29), // 29 February, reference date in a common year
                LocalDate.of(1990, 12, 31));
        List<LocalDate> tanggal = List.of(acuan, LocalDate.of(2027, 2, 28), LocalDate.of(2024, 2, 29));
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Usia");
        long jabatan = org.pelaksanaBaru(opd, 20);
        PegawaiFixture pegawai = new PegawaiFixture(jdbc);
        List<String> nip = new ArrayList<>();
        for (LocalDate l : lahir) {
            String n = pegawai.pegawaiBaru(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), jabatan), null);
            pegawai.lahir(n, l);
            nip.add(n);
        }
        for (LocalDate t : tanggal) {
            for (int i = 0; i < lahir.size(); i++) {
                int sql = jdbc.sql("SELECT usia FROM pegawai.usia_pada(?) WHERE nip = ?")
                        .params(t, nip.get(i))
                        .query(Integer.class)
                        .single();
                assertThat(sql).as("%s pada %s", lahir.get(i), t).isEqualTo(AturanUsia.usiaPada(lahir.get(i), t));
            }
        }
        assertThat(AturanUsia.usiaPada(LocalDate.of(1970, 4, 1), acuan)).isEqualTo(56);
        assertThat(AturanUsia.diBawahBatas(AturanUsia.usiaPada(LocalDate.of(1970, 4, 1), acuan), 56))
                .isFalse();
        assertThat(AturanUsia.diBawahBatas(AturanUsia.usiaPada(LocalDate.of(1971, 3, 2), acuan), 56))
                .isTrue();
        assertThat(AturanUsia.diBawahBatas(AturanUsia.usiaPada(LocalDate.of(1971, 3, 1), acuan), 56))
                .isFalse();
    }
}
