package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture.Tempat;
import id.aparatur.pegawai.domain.AturanAtasanLangsung;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "The atasan langsung is the holder of the nearest unit head" has one home: the Java policy
 * {@link AturanAtasanLangsung#menurutStruktur} and its SQL twin {@code pegawai.atasan_langsung(nip, unit, jabatan)},
 * which the employee form, the import and the mutation use, decide the same on an organisation of this test's own:
 * a vacant head position, two holders of one head position, a head whose own unit is headed by their jabatan, an
 * inactive holder, the top of the OPD, and a head holder placed on another jabatan.
 */
@UjiIntegrasi
class AturanAtasanLangsungIT {

    @Autowired
    JdbcClient jdbc;

    record Kasus(
            String nama,
            String nip,
            long unit,
            long jabatan,
            @Nullable String harapan) {}

    @Test
    void kebijakanJavaDanFungsiSqlSelaluSepakat() {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        PegawaiFixture peg = new PegawaiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Atasan");
        long akar = opd.unitId();
        long bidang = org.unitBaru(opd.id(), akar, "Bidang Uji Atasan");
        long seksi = org.unitBaru(opd.id(), bidang, "Seksi Kosong");
        long seksi2 = org.unitBaru(opd.id(), bidang, "Seksi Terisi");
        long subbag = org.unitBaru(opd.id(), akar, "Subbagian Uji");
        long jKadis = org.jabatanBaru(opd.id(), akar, "JPT_PRATAMA", null, 14, "ADM", 1);
        long jKabid = org.jabatanBaru(opd.id(), bidang, "ADMINISTRATOR", null, 11, "ADM", 2);
        long jKasi = org.jabatanBaru(opd.id(), seksi, "PENGAWAS", null, 9, "ADM", 1);
        long jKasi2 = org.jabatanBaru(opd.id(), seksi2, "PENGAWAS", null, 9, "ADM", 1);
        long jKasubbag = org.jabatanBaru(opd.id(), subbag, "PENGAWAS", null, 9, "ADM", 1);
        long jStaf = org.jabatanBaru(opd.id(), seksi, "PELAKSANA", null, 6, "ADM", 10);
        org.kepalaUnit(akar, jKadis);
        org.kepalaUnit(bidang, jKabid);
        org.kepalaUnit(seksi, jKasi);
        org.kepalaUnit(seksi2, jKasi2);
        org.kepalaUnit(subbag, jKasubbag);
        String kadis = peg.pegawaiBaru(new Tempat(opd.id(), akar, jKadis), null);
        String kabid1 = peg.pegawaiBaru(new Tempat(opd.id(), bidang, jKabid), kadis);
        String kabid2 = peg.pegawaiBaru(new Tempat(opd.id(), bidang, jKabid), kadis);
        String kasi2 = peg.pegawaiBaru(new Tempat(opd.id(), seksi2, jKasi2), kabid1);
        String kasubbag = peg.pegawaiBaru(new Tempat(opd.id(), subbag, jKasubbag), kadis);
        peg.nonaktifkan(kasubbag, "Pensiun");
        String staf = peg.pegawaiBaru(new Tempat(opd.id(), seksi, jStaf), null);
        String staf2 = peg.pegawaiBaru(new Tempat(opd.id(), seksi2, jStaf), null);
        String stafSubbag = peg.pegawaiBaru(new Tempat(opd.id(), subbag, jStaf), null);
        String kabidTerendah = kabid1.compareTo(kabid2) < 0 ? kabid1 : kabid2;

        List<Kasus> kasus = List.of(
                new Kasus("kepala seksi kosong: naik ke bidang, NIP terendah", staf, seksi, jStaf, kabidTerendah),
                new Kasus("kepala seksi terisi", staf2, seksi2, jStaf, kasi2),
                new Kasus("kepala seksi melapor ke kepala bidang", kasi2, seksi2, jKasi2, kabidTerendah),
                new Kasus("kepala bidang melapor ke kepala dinas", kabid2, bidang, jKabid, kadis),
                new Kasus("pemegang nonaktif dilewati", stafSubbag, subbag, jStaf, kadis),
                new Kasus("puncak OPD tanpa atasan", kadis, akar, jKadis, null),
                new Kasus("pemegang kepala yang dipindah ke jabatan lain", kadis, akar, jStaf, null));
        for (Kasus k : kasus) {
            String sql = jdbc.sql("SELECT trim(a.nip) FROM pegawai.atasan_langsung(?, ?, ?) a")
                    .params(k.nip(), k.unit(), k.jabatan())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            Optional<String> java = AturanAtasanLangsung.menurutStruktur(
                    k.nip(),
                    k.jabatan(),
                    kepalaNaik(k.unit()),
                    j -> jdbc.sql("SELECT trim(nip) FROM pegawai.pegawai WHERE aktif AND jabatan_id = ?")
                            .param(j)
                            .query(String.class)
                            .list());
            assertThat(java.orElse(null)).as("Java: %s", k.nama()).isEqualTo(k.harapan());
            assertThat(sql).as("SQL: %s", k.nama()).isEqualTo(k.harapan());
        }
    }

    /** The head positions from {@code unit} up to the top of its OPD. */
    private List<@Nullable Long> kepalaNaik(long unit) {
        List<@Nullable Long> hasil = new ArrayList<>();
        Long u = unit;
        while (u != null) {
            var baris = jdbc.sql("SELECT induk_id, jabatan_kepala_id FROM organisasi.v_unit WHERE id = ?")
                    .param(u)
                    .query((rs, i) -> new Long[] {rs.getObject(1, Long.class), rs.getObject(2, Long.class)})
                    .single();
            hasil.add(baris[1]);
            u = baris[0];
        }
        return hasil;
    }
}
