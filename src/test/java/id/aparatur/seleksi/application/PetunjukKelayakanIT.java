package id.aparatur.seleksi.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.UjiIntegrasi;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.pegawai.PegawaiFixture.Profil;
import id.aparatur.pegawai.PegawaiFixture.Tempat;
import id.aparatur.seleksi.domain.SyaratJptPratama.Hasil;
import id.aparatur.seleksi.domain.SyaratJptPratama.Petunjuk;
import id.aparatur.seleksi.domain.SyaratJptPratama.Syarat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The eligibility hints read from the register: the periods at administrator level (organisasi's rule
 * {@code KesetaraanJenjang}: administrator, JPT, JF ahli madya and up) walked over the valid riwayat jabatan and the
 * current position, pendidikan, golongan, the disciplinary record (pegawai's rules), the age on the planned
 * inauguration date, the relevant experience (same rumpun) and the predikat of the two years before the reference year,
 * on fixed dates.
 */
@UjiIntegrasi
class PetunjukKelayakanIT {

    static final LocalDate ACUAN = LocalDate.of(2026, 6, 30);
    static final LocalDate PELANTIKAN = LocalDate.of(2026, 10, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PetunjukKelayakan kelayakan;

    OrganisasiFixture.OpdUji opd;
    long administrator;
    long ahliMadya;
    long ahliMuda;
    long pengawas;
    long pelaksana;
    long jpt;
    PegawaiFixture pegawai;

    @BeforeEach
    void siapkan() {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        opd = org.opdBaru("Dinas Uji Kelayakan");
        administrator = org.jabatanBaru(opd.id(), opd.unitId(), "ADMINISTRATOR", null, 12, "ADM", 1);
        ahliMadya = org.jabatanBaru(opd.id(), opd.unitId(), "FUNGSIONAL", "AHLI_MADYA", 11, "ADM", 1);
        ahliMuda = org.jabatanBaru(opd.id(), opd.unitId(), "FUNGSIONAL", "AHLI_MUDA", 9, "ADM", 1);
        pengawas = org.jabatanBaru(opd.id(), opd.unitId(), "PENGAWAS", null, 9, "ADM", 1);
        pelaksana = org.pelaksanaBaru(opd, 3);
        jpt = org.jabatanBaru(opd.id(), opd.unitId(), "JPT_PRATAMA", null, 14, "ADM", 1);
        pegawai = new PegawaiFixture(jdbc);
    }

    Tempat di(long jabatan) {
        return new Tempat(opd.id(), opd.unitId(), jabatan);
    }

    static Map<Syarat, Petunjuk> perSyarat(List<Petunjuk> p) {
        return p.stream().collect(java.util.stream.Collectors.toMap(Petunjuk::syarat, x -> x));
    }

    @Test
    void masaSetaraAdministratorDariRiwayatDanJabatanSekarang() {
        // Pelaksana (does not count), administrator for one year with an end date, ahli muda (does not count) until
        // the next entry, then ahli madya until today — also the current position (overlaps, counted once). A
        // cancelled JPT entry does not count.
        String nip = pegawai.pegawaiDengan(di(ahliMadya), new Profil("PNS", "IV/b", "S2", LocalDate.of(2025, 7, 1)));
        pegawai.riwayatJabatan(nip, pelaksana, LocalDate.of(2015, 1, 1), null);
        pegawai.riwayatJabatan(nip, jpt, LocalDate.of(2020, 1, 1), null);
        pegawai.batalkanRiwayatTerakhir(nip);
        pegawai.riwayatJabatan(nip, administrator, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        pegawai.riwayatJabatan(nip, ahliMuda, LocalDate.of(2024, 1, 1), null);
        pegawai.riwayatJabatan(nip, ahliMadya, LocalDate.of(2025, 7, 1), null);

        Map<Syarat, Petunjuk> p = perSyarat(
                kelayakan.periksa(List.of(nip), ACUAN, PELANTIKAN, jpt).get(nip));
        long hari = ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1))
                + ChronoUnit.DAYS.between(LocalDate.of(2025, 7, 1), ACUAN);
        assertThat(p.get(Syarat.MASA_JABATAN).nilai()).isEqualTo(String.valueOf(hari));
        assertThat(p.get(Syarat.MASA_JABATAN).hasil()).isEqualTo(Hasil.TIDAK_MEMENUHI);
        assertThat(p.get(Syarat.PENDIDIKAN).hasil()).isEqualTo(Hasil.MEMENUHI);
        assertThat(p.get(Syarat.PANGKAT).hasil()).isEqualTo(Hasil.MEMENUHI);
        assertThat(p.get(Syarat.HUKUMAN_DISIPLIN).hasil()).isEqualTo(Hasil.MEMENUHI);
        assertThat(p.get(Syarat.USIA).hasil()).isEqualTo(Hasil.MEMENUHI);
    }

    @Test
    void jabatanSekarangSajaDataKosongHukumanDanNipTakDikenal() {
        String administratorLama =
                pegawai.pegawaiDengan(di(administrator), new Profil("PNS", null, null, LocalDate.of(2022, 1, 1)));
        String dihukum =
                pegawai.pegawaiDengan(di(pengawas), new Profil("PNS", "III/d", "D3", LocalDate.of(2021, 1, 1)));
        pegawai.hukumanDisiplin(dihukum, "SEDANG", ACUAN.minusMonths(3), null);
        String tidakDikenal = pegawai.nipBaru();

        Map<String, List<Petunjuk>> h =
                kelayakan.periksa(List.of(administratorLama, dihukum, tidakDikenal), ACUAN, PELANTIKAN, jpt);
        Map<Syarat, Petunjuk> a = perSyarat(h.get(administratorLama));
        assertThat(a.get(Syarat.MASA_JABATAN).nilai())
                .isEqualTo(String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(2022, 1, 1), ACUAN)));
        assertThat(a.get(Syarat.MASA_JABATAN).hasil()).isEqualTo(Hasil.MEMENUHI);
        assertThat(a.get(Syarat.PENDIDIKAN).hasil()).isEqualTo(Hasil.TIDAK_DIKETAHUI);
        assertThat(a.get(Syarat.PANGKAT).hasil()).isEqualTo(Hasil.TIDAK_DIKETAHUI);

        Map<Syarat, Petunjuk> d = perSyarat(h.get(dihukum));
        assertThat(d.get(Syarat.MASA_JABATAN).nilai()).isEqualTo("0");
        assertThat(d.get(Syarat.PENDIDIKAN).hasil()).isEqualTo(Hasil.TIDAK_MEMENUHI);
        assertThat(d.get(Syarat.PANGKAT).hasil()).isEqualTo(Hasil.TIDAK_MEMENUHI);
        assertThat(d.get(Syarat.HUKUMAN_DISIPLIN).hasil()).isEqualTo(Hasil.TIDAK_MEMENUHI);

        assertThat(h.get(tidakDikenal)).isEmpty();
        assertThat(kelayakan.periksa(List.of(), ACUAN, PELANTIKAN, jpt)).isEmpty();
    }

    @Test
    void rekamJejakUsiaSaatPelantikanPengalamanDanKinerja() {
        // Ever sanctioned sedang (long ended): not clean. Under examination: not clean. 56 years 11 months on the
        // planned inauguration date: not below 56. One day short of 56: passes.
        String pernah =
                pegawai.pegawaiDengan(di(administrator), new Profil("PNS", "IV/b", "S2", LocalDate.of(2020, 1, 1)));
        pegawai.hukumanDisiplin(pernah, "SEDANG", LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31));
        String diperiksa =
                pegawai.pegawaiDengan(di(administrator), new Profil("PNS", "IV/b", "S2", LocalDate.of(2020, 1, 1)));
        pegawai.pemeriksaanDisiplin(diperiksa, ACUAN.minusMonths(2), null);
        String tua =
                pegawai.pegawaiDengan(di(administrator), new Profil("PNS", "IV/b", "S2", LocalDate.of(2020, 1, 1)));
        pegawai.lahir(tua, PELANTIKAN.minusYears(56).minusMonths(11));
        String muda =
                pegawai.pegawaiDengan(di(administrator), new Profil("PNS", "IV/b", "S2", LocalDate.of(2020, 1, 1)));
        pegawai.lahir(muda, PELANTIKAN.minusYears(56).plusDays(1));
        // Relevant experience: a pelaksana period of the same rumpun and the current administrator position.
        pegawai.riwayatJabatan(muda, pelaksana, LocalDate.of(2014, 1, 1), LocalDate.of(2015, 12, 31));
        pegawai.riwayatJabatan(muda, administrator, LocalDate.of(2020, 1, 1), null);
        id.aparatur.kinerja.KinerjaFixture.skp(jdbc, muda, 2025, "FINAL", id.aparatur.kinerja.PredikatKinerja.BAIK);
        id.aparatur.kinerja.KinerjaFixture.skp(
                jdbc, muda, 2024, "FINAL", id.aparatur.kinerja.PredikatKinerja.SANGAT_BAIK);
        id.aparatur.kinerja.KinerjaFixture.skp(jdbc, tua, 2025, "FINAL", id.aparatur.kinerja.PredikatKinerja.BAIK);

        Map<String, List<Petunjuk>> h =
                kelayakan.periksa(List.of(pernah, diperiksa, tua, muda), ACUAN, PELANTIKAN, jpt);
        assertThat(perSyarat(h.get(pernah)).get(Syarat.HUKUMAN_DISIPLIN).hasil())
                .isEqualTo(Hasil.TIDAK_MEMENUHI);
        assertThat(perSyarat(h.get(pernah)).get(Syarat.HUKUMAN_DISIPLIN).nilai())
                .isEqualTo("PERNAH_SEDANG_BERAT");
        assertThat(perSyarat(h.get(diperiksa)).get(Syarat.HUKUMAN_DISIPLIN).nilai())
                .isEqualTo("DALAM_PEMERIKSAAN");
        Map<Syarat, Petunjuk> t = perSyarat(h.get(tua));
        assertThat(t.get(Syarat.USIA).hasil()).isEqualTo(Hasil.TIDAK_MEMENUHI);
        assertThat(t.get(Syarat.USIA).nilai()).isEqualTo("56");
        assertThat(t.get(Syarat.KINERJA).hasil()).isEqualTo(Hasil.TIDAK_DIKETAHUI);
        assertThat(t.get(Syarat.KINERJA).nilai()).isEqualTo("2025: BAIK; 2024: —");
        Map<Syarat, Petunjuk> m = perSyarat(h.get(muda));
        assertThat(m.get(Syarat.USIA).hasil()).isEqualTo(Hasil.MEMENUHI);
        assertThat(m.get(Syarat.USIA).nilai()).isEqualTo("55");
        assertThat(m.get(Syarat.HUKUMAN_DISIPLIN).nilai()).isEqualTo("BERSIH");
        assertThat(m.get(Syarat.KINERJA).hasil()).isEqualTo(Hasil.MEMENUHI);
        long pengalaman = ChronoUnit.DAYS.between(LocalDate.of(2014, 1, 1), LocalDate.of(2016, 1, 1))
                + ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 1), ACUAN);
        assertThat(m.get(Syarat.PENGALAMAN).nilai()).isEqualTo(String.valueOf(pengalaman));
        assertThat(m.get(Syarat.PENGALAMAN).hasil()).isEqualTo(Hasil.MEMENUHI);
    }
}
