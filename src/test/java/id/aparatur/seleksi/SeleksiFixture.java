package id.aparatur.seleksi;

import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.pegawai.PegawaiFixture.Profil;
import id.aparatur.pegawai.PegawaiFixture.Tempat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object Mother for the seleksi terbuka tests: an OPD of its own with vacant JPT pratama positions (no selection runs
 * for them) and internal applicants — administrators with pangkat IV/b and S-2 since 2020 —, made with the fixtures of
 * the owning modules ({@link OrganisasiFixture}, {@link PegawaiFixture}) instead of mining the demo data.
 */
public final class SeleksiFixture {

    private final OrganisasiFixture organisasi;
    private final PegawaiFixture pegawai;
    private final OrganisasiFixture.OpdUji opd;
    private final long administrator;

    public SeleksiFixture(JdbcClient jdbc) {
        this.organisasi = new OrganisasiFixture(jdbc);
        this.pegawai = new PegawaiFixture(jdbc);
        this.opd = organisasi.opdBaru("Dinas Uji Seleksi");
        this.administrator = organisasi.jabatanBaru(opd.id(), opd.unitId(), "ADMINISTRATOR", null, 12, "ADM", 20);
    }

    /** A new, vacant (K = 1, B = 0) active JPT pratama position. */
    public long jptLowong() {
        return organisasi.jabatanBaru(opd.id(), opd.unitId(), "JPT_PRATAMA", null, 14, "ADM", 1);
    }

    /** A new active pelaksana position (no selection can be opened for it). */
    public long pelaksana() {
        return organisasi.pelaksanaBaru(opd, 1);
    }

    /** {@code jumlah} new active administrators of the OPD (PNS, IV/b, S-2, in the position since 2020). */
    public List<String> pelamarInternal(int jumlah) {
        List<String> nip = new ArrayList<>();
        for (int i = 0; i < jumlah; i++) {
            nip.add(pegawai.pegawaiDengan(
                    new Tempat(opd.id(), opd.unitId(), administrator),
                    new Profil("PNS", "IV/b", "S2", LocalDate.of(2020, 1, 1))));
        }
        return List.copyOf(nip);
    }
}
