package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.Cakupan;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.application.EksporPegawai;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.Filter;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The employee list and its export (in the import format) select the same rows: one filter serves both. For every
 * filter that matters (name, NIP prefix, OPD, unit, jabatan, atasan, status, and their combinations) and for the
 * roles that see different scopes (BKD, the head of an OPD, an atasan), the NIPs of every page of the list equal the
 * NIPs of the export.
 */
@UjiIntegrasi
class DaftarDanEksporPegawaiIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PegawaiQuery query;

    @Autowired
    EksporPegawai ekspor;

    @Test
    void eksporMemuatBarisYangSamaDenganDaftarUntukSetiapFilter() {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        PegawaiFixture peg = new PegawaiFixture(jdbc);
        var opd = org.opdBaru("Dinas Uji Ekspor");
        long unit2 = org.unitBaru(opd.id(), opd.unitId(), "Seksi Uji Ekspor");
        long jab1 = org.pelaksanaBaru(opd, 20);
        long jab2 = org.jabatanBaru(opd.id(), unit2, "PELAKSANA", null, 6, "ADM", 20);
        var tempat1 = new PegawaiFixture.Tempat(opd.id(), opd.unitId(), jab1);
        var tempat2 = new PegawaiFixture.Tempat(opd.id(), unit2, jab2);
        List<String> timA = peg.atasanDengan(3, tempat1, tempat2);
        List<String> timB = peg.atasanDengan(2, tempat1, tempat1);
        String atasanA = timA.get(0);
        String cucuA = peg.pegawaiBaru(tempat2, timA.get(1));
        peg.nonaktifkan(timB.get(2), "Pensiun");

        Map<String, Filter> filter = new LinkedHashMap<>();
        filter.put("semua", new Filter(null, null, null, null, null, null));
        filter.put("opd", new Filter(null, opd.id(), null, null, null, null));
        filter.put("unit", new Filter(null, null, unit2, null, null, null));
        filter.put("jabatan", new Filter(null, null, null, jab1, null, null));
        filter.put("atasan", new Filter(null, null, null, null, atasanA, null));
        filter.put("opd+atasan", new Filter(null, opd.id(), null, null, atasanA, null));
        filter.put("atasan+aktif", new Filter(null, null, null, null, timB.get(0), true));
        filter.put("opd+nonaktif", new Filter(null, opd.id(), null, null, null, false));
        filter.put("nama", new Filter("Pegawai Uji", opd.id(), null, null, null, null));
        filter.put("nama pendek", new Filter("Uji", null, unit2, null, null, null));
        filter.put("nip", new Filter(cucuA.substring(0, 8), null, null, null, null, null));
        filter.put("nip+atasan", new Filter(timA.get(2).substring(0, 6), null, null, null, atasanA, null));

        List<Cakupan> peran = List.of(
                new Cakupan("bkd-uji", Set.of(Peran.ADMIN_BKD), null, null),
                new Cakupan("pimpinan-uji", Set.of(Peran.PIMPINAN_OPD), opd.id(), null),
                new Cakupan("atasan-uji", Set.of(Peran.ATASAN, Peran.PEGAWAI), opd.id(), atasanA));
        int diperiksa = 0;
        for (Cakupan c : peran) {
            for (var e : filter.entrySet()) {
                Set<String> daftar = daftar(c, e.getValue());
                Set<String> berkas = new TreeSet<>();
                ekspor.baris(
                        c,
                        e.getValue(),
                        b -> berkas.add(String.valueOf(b.get(0)).strip()));
                assertThat(berkas).as("%s, filter %s", c.username(), e.getKey()).isEqualTo(daftar);
                diperiksa += daftar.isEmpty() ? 0 : 1;
            }
        }
        assertThat(diperiksa).as("kombinasi yang berisi baris").isGreaterThan(20);
        assertThat(daftar(peran.get(0), filter.get("atasan")))
                .containsExactlyInAnyOrder(timA.get(1), timA.get(2), timA.get(3));
    }

    private Set<String> daftar(Cakupan c, Filter f) {
        Set<String> nip = new TreeSet<>();
        int nomor = 0;
        Halaman<PegawaiQuery.PegawaiBaris> h;
        do {
            h = query.daftar(c, f, new Permintaan(nomor++, Permintaan.UKURAN_MAKS));
            h.content().forEach(p -> nip.add(p.nip().strip()));
        } while (h.adaBerikutnya() && nomor < 1000);
        return nip;
    }
}
