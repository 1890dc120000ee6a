package id.aparatur.perencanaan;

import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object Mother for the perencanaan tests: positions of their own for ABK and the cascade, made with the fixtures of
 * the owning modules ({@link OrganisasiFixture}, {@link PegawaiFixture}), inside the demo OPD whose head and staff the
 * tests sign in as (their scope is bound to it), or in a new OPD. No test takes "the first position" of the demo data.
 */
public final class PerencanaanFixture {

    private final JdbcClient jdbc;
    private final OrganisasiFixture organisasi;
    private final PegawaiFixture pegawai;

    public PerencanaanFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.organisasi = new OrganisasiFixture(jdbc);
        this.pegawai = new PegawaiFixture(jdbc);
    }

    /** The id of a demo OPD by its name (the demo users' scope is bound to it), read through organisasi's contract. */
    public long opdDemo(String nama) {
        return jdbc.sql("SELECT id FROM organisasi.v_opd WHERE nama = ?")
                .param(nama)
                .query(Long.class)
                .single();
    }

    /** {@code jumlah} new active pelaksana positions with kuota {@code kuota} in a new unit of OPD {@code opd}. */
    public List<Long> jabatanBaru(long opd, int jumlah, int kuota) {
        long unit = organisasi.unitBaru(opd, null, "Bidang Uji Perencanaan");
        List<Long> hasil = new ArrayList<>();
        for (int i = 0; i < jumlah; i++) {
            hasil.add(organisasi.jabatanBaru(opd, unit, "PELAKSANA", null, 7, "ADM", kuota));
        }
        return List.copyOf(hasil);
    }

    /** A new pelaksana position of OPD {@code opd} held by {@code pemangku} new employees, its kuota exactly that. */
    public long jabatanTerisi(long opd, int pemangku) {
        long unit = organisasi.unitBaru(opd, null, "Bidang Uji Perencanaan");
        long jabatan = organisasi.jabatanBaru(opd, unit, "PELAKSANA", null, 7, "ADM", pemangku);
        for (int i = 0; i < pemangku; i++) {
            pegawai.pegawaiBaru(new PegawaiFixture.Tempat(opd, unit, jabatan), null);
        }
        return jabatan;
    }

    /** A new OPD with one active pelaksana position; returns the OPD's and the position's ids. */
    public long[] opdLainDenganJabatan() {
        OrganisasiFixture.OpdUji o = organisasi.opdBaru("Dinas Uji Perencanaan");
        return new long[] {o.id(), organisasi.pelaksanaBaru(o, 1)};
    }
}
