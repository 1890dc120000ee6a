package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.UjiIntegrasi;
import id.aparatur.kinerja.KinerjaFixture;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.pegawai.PegawaiFixture.Profil;
import id.aparatur.pegawai.PegawaiFixture.Tempat;
import id.aparatur.penempatan.PenempatanFixture;
import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.perencanaan.application.KaskadeSnapshot;
import id.aparatur.perencanaan.application.PembangunMasalahKaskade;
import id.aparatur.perencanaan.kaskade.CalonKaskade;
import id.aparatur.perencanaan.kaskade.PosisiKaskade;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cascade snapshot on rows of its own, made with the Object Mothers of the owning modules (an OPD, positions,
 * employees, SKP and placement scenarios; the demo data stays as it is):
 * the months in the current level walked over riwayat jabatan, the active sanction rule, the position fields, and the
 * seats of an approved placement scenario.
 */
@UjiIntegrasi
class KaskadeSnapshotIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PembangunMasalahKaskade pembangun;

    @Autowired
    Clock clock;

    LocalDate hariIni;
    OrganisasiFixture organisasi;
    PegawaiFixture pegawai;
    long opd;
    long unit;
    long pelaksana7;
    long pelaksana6;
    long pengawas9;
    long ahliMuda;

    @BeforeEach
    void siapkan() {
        hariIni = LocalDate.now(clock);
        organisasi = new OrganisasiFixture(jdbc);
        pegawai = new PegawaiFixture(jdbc);
        OrganisasiFixture.OpdUji o = organisasi.opdBaru("Badan Uji Kaskade");
        opd = o.id();
        unit = o.unitId();
        pelaksana7 = jabatan("PELAKSANA", null, 7, "D-III/S-1 Akuntansi", null, 2);
        pelaksana6 = jabatan("PELAKSANA", null, 6, null, null, 1);
        pengawas9 = jabatan("PENGAWAS", null, 9, "S-1/D-IV", "III/b", 1);
        ahliMuda = jabatan("FUNGSIONAL", "AHLI_MUDA", 10, null, null, 1);
        organisasi.standarKompetensi(pengawas9, "M1", 3, new BigDecimal("12.50"));
        organisasi.standarKompetensi(pengawas9, "M2", 2, new BigDecimal("0.40"));
    }

    long jabatan(
            String jenis,
            @Nullable String jenjang,
            int kelas,
            @Nullable String pendidikan,
            @Nullable String pangkat,
            int kuota) {
        return organisasi.jabatanBaru(opd, unit, jenis, jenjang, kelas, "ADM", kuota, pendidikan, pangkat);
    }

    String pegawai(long jabatanId, @Nullable LocalDate tmtJabatan, String status, String golongan) {
        return pegawai.pegawaiDengan(new Tempat(opd, unit, jabatanId), new Profil(status, golongan, "S1", tmtJabatan));
    }

    void riwayatJabatan(String nip, long jabatanId, LocalDate tmt, boolean dibatalkan) {
        pegawai.riwayatJabatan(nip, jabatanId, tmt, null);
        if (dibatalkan) {
            pegawai.batalkanRiwayatTerakhir(nip);
        }
    }

    void hukuman(String nip, String tingkat, LocalDate tmt, @Nullable LocalDate selesai, boolean dibatalkan) {
        pegawai.hukumanDisiplin(nip, tingkat, tmt, selesai);
        if (dibatalkan) {
            pegawai.batalkanRiwayatTerakhir(nip);
        }
    }

    Map<String, CalonKaskade> calon(KaskadeSnapshot s) {
        return s.masalah().pegawai().stream().collect(Collectors.toMap(CalonKaskade::nip, Function.identity()));
    }

    @Test
    void bulanDiTingkatKumulatifAtasSemuaMasaDiTingkatDanJfSetara() {
        // In TMT order: pelaksana 6 (2015), pengawas 9 (2018: another level, not counted), pelaksana 6 (2020-03-15),
        // pelaksana 7 (2024). Both pelaksana periods count (PermenPANRB 17/2021: cumulative, not only the current
        // run). A cancelled pengawas entry in 2022 and a future pengawas entry do not count.
        String beruntun = pegawai(pelaksana7, LocalDate.of(2024, 1, 1), "PNS", "III/a");
        riwayatJabatan(beruntun, pelaksana7, LocalDate.of(2024, 1, 1), false);
        riwayatJabatan(beruntun, pengawas9, LocalDate.of(2022, 1, 1), true);
        riwayatJabatan(beruntun, pelaksana6, LocalDate.of(2020, 3, 15), false);
        riwayatJabatan(beruntun, pengawas9, LocalDate.of(2018, 1, 1), false);
        riwayatJabatan(beruntun, pelaksana6, LocalDate.of(2015, 1, 1), false);
        riwayatJabatan(beruntun, pengawas9, hariIni.plusDays(30), false);
        // No riwayat: tmt_jabatan.
        String tanpaRiwayat = pegawai(pelaksana7, LocalDate.of(2023, 6, 10), "PNS", "II/c");
        // The newest riwayat is of another level (data not yet consistent): tmt_jabatan.
        String beda = pegawai(pelaksana7, LocalDate.of(2021, 2, 1), "PNS", "II/c");
        riwayatJabatan(beda, pengawas9, LocalDate.of(2019, 5, 1), false);
        // Neither riwayat nor tmt_jabatan: 0 months.
        String takDiketahui = pegawai(pelaksana7, null, "PNS", "II/c");
        // A JF: the level key includes the jenjang.
        String jf = pegawai(ahliMuda, LocalDate.of(2022, 7, 1), "PNS", "III/c");
        riwayatJabatan(jf, ahliMuda, LocalDate.of(2022, 7, 1), false);
        // JF ahli muda is equivalent to pengawas: a pengawas period before it counts for the ahli muda; an ended
        // period counts until its TMT selesai (inclusive), not until the next entry.
        String setara = pegawai(ahliMuda, LocalDate.of(2023, 1, 1), "PNS", "III/c");
        pegawai.riwayatJabatan(setara, pengawas9, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));
        riwayatJabatan(setara, pelaksana6, LocalDate.of(2021, 1, 1), false);
        riwayatJabatan(setara, ahliMuda, LocalDate.of(2023, 1, 1), false);

        Map<String, CalonKaskade> c = calon(pembangun.bangun(null, null, hariIni));
        long hari = ChronoUnit.DAYS.between(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 1, 1))
                + ChronoUnit.DAYS.between(LocalDate.of(2020, 3, 15), hariIni);
        assertThat(c.get(beruntun).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(hariIni.minusDays(hari), hariIni))
                .isGreaterThan((int) ChronoUnit.MONTHS.between(LocalDate.of(2020, 3, 15), hariIni));
        assertThat(c.get(tanpaRiwayat).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(LocalDate.of(2023, 6, 10), hariIni));
        assertThat(c.get(beda).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(LocalDate.of(2021, 2, 1), hariIni));
        assertThat(c.get(takDiketahui).bulanDiTingkat()).isZero();
        assertThat(c.get(jf).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(LocalDate.of(2022, 7, 1), hariIni));
        long hariSetara = ChronoUnit.DAYS.between(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1))
                + ChronoUnit.DAYS.between(LocalDate.of(2023, 1, 1), hariIni);
        assertThat(c.get(setara).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(hariIni.minusDays(hariSetara), hariIni));
        assertThat(c.get(beruntun).jabatanId()).isEqualTo(pelaksana7);
    }

    @Test
    void hukumanAktifSedangAtauBeratBelumBerakhirDanTidakDibatalkan() {
        String bersih = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        String ringanDanSelesai = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        hukuman(ringanDanSelesai, "RINGAN", hariIni.minusMonths(2), null, false);
        hukuman(ringanDanSelesai, "SEDANG", hariIni.minusYears(1), hariIni.minusDays(1), false);
        String berat = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        hukuman(berat, "BERAT", hariIni.minusYears(1), null, false);
        String dibatalkan = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        hukuman(dibatalkan, "SEDANG", hariIni.minusMonths(1), null, true);
        String berakhirHariIni = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        hukuman(berakhirHariIni, "SEDANG", hariIni.minusYears(1), hariIni, false);
        // As in the placement scenarios: a decided sanction whose TMT is still ahead already counts.
        String akanDatang = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        hukuman(akanDatang, "SEDANG", hariIni.plusDays(10), hariIni.plusYears(1), false);

        Map<String, CalonKaskade> c = calon(pembangun.bangun(null, null, hariIni));
        assertThat(c.get(bersih).hukumanAktif()).isFalse();
        assertThat(c.get(ringanDanSelesai).hukumanAktif()).isFalse();
        assertThat(c.get(berat).hukumanAktif()).isTrue();
        assertThat(c.get(dibatalkan).hukumanAktif()).isFalse();
        assertThat(c.get(berakhirHariIni).hukumanAktif()).isTrue();
        assertThat(c.get(akanDatang).hukumanAktif()).isTrue();
    }

    @Test
    void posisiDanPegawaiDibacaSesuaiKontrak() {
        String pns = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        String pppk = pegawai.pegawaiDengan(
                new Tempat(opd, unit, pelaksana6), new Profil("PPPK", null, "D3", LocalDate.of(2020, 1, 1)));
        KaskadeSnapshot s = pembangun.bangun(null, null, hariIni);
        Map<Long, PosisiKaskade> p =
                s.masalah().jabatan().stream().collect(Collectors.toMap(PosisiKaskade::id, Function.identity()));
        PosisiKaskade w = p.get(pengawas9);
        assertThat(w.tingkat()).isEqualTo("PENGAWAS");
        assertThat(w.kelas()).isEqualTo(9);
        assertThat(w.rumpun()).isEqualTo("ADM");
        assertThat(w.opdId()).isEqualTo(opd);
        assertThat(w.unitId()).isEqualTo(unit);
        assertThat(w.kebutuhan()).isEqualTo(1);
        assertThat(w.pendidikanMinimal()).isEqualTo("S1");
        assertThat(w.pangkatMinimal()).isEqualTo("III/b");
        // Bobot in whole percent points, at least 1.
        assertThat(w.standarKompetensi()).containsExactly(new Syarat("M1", 3, 13), new Syarat("M2", 2, 1));
        assertThat(p.get(pelaksana7).pendidikanMinimal()).isEqualTo("D3");
        assertThat(p.get(pelaksana6).pendidikanMinimal()).isNull();
        assertThat(p.get(ahliMuda).tingkat()).isEqualTo("FUNGSIONAL/AHLI_MUDA");
        assertThat(s.jabatan().get(pelaksana7).opdNama()).startsWith("Badan Uji Kaskade");

        Map<String, CalonKaskade> c = calon(s);
        assertThat(c.get(pns).pns()).isTrue();
        assertThat(c.get(pns).golongan()).isEqualTo("III/c");
        assertThat(c.get(pns).pendidikan()).isEqualTo("S1");
        assertThat(c.get(pns).predikatKinerja()).isNull();
        assertThat(c.get(pppk).pns()).isFalse();
        assertThat(c.get(pppk).golongan()).isNull();
        assertThat(c.get(pppk).pendidikan()).isEqualTo("D3");

        // A seat in a position that is no longer active counts as none.
        organisasi.nonaktifkanJabatan(ahliMuda);
        String diJabatanNonaktif = pegawai(ahliMuda, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        KaskadeSnapshot s2 = pembangun.bangun(null, null, hariIni);
        assertThat(calon(s2).get(diJabatanNonaktif).jabatanId()).isNull();
        assertThat(s2.masalah().jabatan()).noneMatch(x -> x.id() == ahliMuda);
    }

    void skp(String nip, int tahun, String status, @Nullable PredikatKinerja predikat) {
        KinerjaFixture.skp(jdbc, nip, tahun, status, predikat);
    }

    @Test
    void predikatDariSkpFinalTerakhirSampaiTahunTanggalAcuan() {
        String a = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        String b = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        String c = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        int tahun = hariIni.getYear();
        skp(a, tahun - 2, "FINAL", PredikatKinerja.SANGAT_BAIK);
        skp(a, tahun - 1, "FINAL", PredikatKinerja.KURANG); // the latest final counts
        skp(a, tahun, "DINILAI", PredikatKinerja.SANGAT_BAIK); // not final yet: ignored
        skp(b, tahun - 1, "FINAL", PredikatKinerja.BUTUH_PERBAIKAN);
        skp(b, tahun + 1, "FINAL", PredikatKinerja.SANGAT_BAIK); // after the reference date's year: ignored
        skp(c, tahun, "DRAF", null);
        Map<String, CalonKaskade> calon = calon(pembangun.bangun(null, null, hariIni));
        assertThat(calon.get(a).predikatKinerja()).isEqualTo(PredikatKinerja.KURANG);
        assertThat(calon.get(b).predikatKinerja()).isEqualTo(PredikatKinerja.BUTUH_PERBAIKAN);
        assertThat(calon.get(c).predikatKinerja()).isNull();
        // The two years before the reference year, newest first; a year without a final SKP is null.
        assertThat(calon.get(a).predikatTahunan()).containsExactly(PredikatKinerja.KURANG, PredikatKinerja.SANGAT_BAIK);
        assertThat(calon.get(b).predikatTahunan()).containsExactly(PredikatKinerja.BUTUH_PERBAIKAN, null);
        assertThat(calon.get(c).predikatTahunan()).isEmpty();
    }

    @Test
    void rekamJejakDisiplinDanUsiaPadaRencanaPelantikanJpt() {
        String bersih = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        String pernah = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        hukuman(pernah, "SEDANG", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), false);
        String diperiksa = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        pegawai.pemeriksaanDisiplin(diperiksa, hariIni.minusMonths(1), null);
        KaskadeSnapshot s = pembangun.bangun(null, null, hariIni);
        LocalDate pelantikan = hariIni.plusMonths(3);
        assertThat(s.tanggalPelantikanJpt()).isEqualTo(pelantikan);
        pegawai.lahir(bersih, pelantikan.minusYears(56).minusMonths(11));
        pegawai.lahir(pernah, pelantikan.minusYears(56).plusDays(1));
        Map<String, CalonKaskade> c = calon(pembangun.bangun(null, null, hariIni));
        assertThat(c.get(bersih).pernahHukumanSedangBerat()).isFalse();
        assertThat(c.get(bersih).dalamPemeriksaan()).isFalse();
        assertThat(c.get(bersih).usia()).isEqualTo(56);
        assertThat(c.get(pernah).pernahHukumanSedangBerat()).isTrue();
        assertThat(c.get(pernah).hukumanAktif()).isFalse();
        assertThat(c.get(pernah).usia()).isEqualTo(55);
        assertThat(c.get(diperiksa).dalamPemeriksaan()).isTrue();
        // With a planning year the inauguration is planned from 1 January of that year.
        int tahun = hariIni.getYear() + 2;
        assertThat(pembangun.bangun(null, tahun, hariIni).tanggalPelantikanJpt())
                .isEqualTo(LocalDate.of(tahun, 4, 1));
    }

    long skenario(StatusSkenario status, PenempatanFixture.Usulan... usulan) {
        return new PenempatanFixture(jdbc, clock).skenario(status, "Uji kaskade", Set.of(), List.of(usulan));
    }

    @Test
    void skenarioDisetujuiMenentukanKursi() {
        String pindah = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        String tidakDitempatkan = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        String dikecualikan = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        String takDisebut = pegawai(pelaksana6, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        long id = skenario(
                StatusSkenario.DISETUJUI,
                PenempatanFixture.Usulan.ditempatkan(pindah, pelaksana6),
                PenempatanFixture.Usulan.tidakDitempatkan(tidakDitempatkan),
                PenempatanFixture.Usulan.dikecualikan(dikecualikan));

        KaskadeSnapshot s = pembangun.bangun(id, null, hariIni);
        assertThat(s.skenarioId()).isEqualTo(id);
        Map<String, CalonKaskade> c = calon(s);
        assertThat(c.get(pindah).jabatanId()).isEqualTo(pelaksana6);
        assertThat(c.get(tidakDitempatkan).jabatanId()).isNull();
        assertThat(c.get(dikecualikan).jabatanId()).isEqualTo(pelaksana7);
        assertThat(c.get(takDisebut).jabatanId()).isEqualTo(pelaksana6);
        // On the current data everyone keeps the seat held now.
        assertThat(calon(pembangun.bangun(null, null, hariIni)).get(pindah).jabatanId())
                .isEqualTo(pelaksana7);

        long draf = skenario(StatusSkenario.DRAF);
        assertThatThrownBy(() -> pembangun.bangun(draf, null, hariIni)).isInstanceOf(KonflikException.class);
        assertThatThrownBy(() -> pembangun.bangun(Long.MAX_VALUE, null, hariIni))
                .isInstanceOf(DataTidakDitemukanException.class);
        new PenempatanFixture(jdbc, clock).arsipkan(id);
        assertThatThrownBy(() -> pembangun.bangun(id, null, hariIni)).isInstanceOf(KonflikException.class);
    }

    @Test
    void tahunRencanaMengeluarkanPegawaiYangPensiun() {
        int tahun = hariIni.getYear() + 5;
        KaskadeSnapshot s = pembangun.bangun(null, tahun, hariIni);
        assertThat(s.pensiun()).isNotEmpty();
        assertThat(s.pensiun()).allMatch(p -> !p.tmtPensiun().isAfter(LocalDate.of(tahun, 12, 31)));
        List<String> nip =
                s.pensiun().stream().map(KaskadeSnapshot.Pensiun::nip).toList();
        assertThat(s.masalah().pegawai()).noneMatch(c -> nip.contains(c.nip()));
        int aktif = jdbc.sql("SELECT count(*) FROM pegawai.v_pegawai_aktif")
                .query(Integer.class)
                .single();
        assertThat(s.masalah().pegawai()).hasSize(aktif - nip.size());
        assertThat(pembangun.bangun(null, null, hariIni).pensiun()).isEmpty();
    }
}
