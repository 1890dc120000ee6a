package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.UjiIntegrasi;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.perencanaan.application.KaskadeSnapshot;
import id.aparatur.perencanaan.application.PembangunMasalahKaskade;
import id.aparatur.perencanaan.kaskade.CalonKaskade;
import id.aparatur.perencanaan.kaskade.PosisiKaskade;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cascade snapshot on hand-made rows (an OPD, positions and employees of its own, so the demo data stays as it is):
 * the months in the current level walked over riwayat jabatan, the active sanction rule, the position fields, and the
 * seats of an approved placement scenario.
 */
@UjiIntegrasi
class KaskadeSnapshotIT {

    @Autowired JdbcClient jdbc;
    @Autowired PembangunMasalahKaskade pembangun;
    @Autowired Clock clock;

    static final java.util.concurrent.atomic.AtomicInteger URUT =
            new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(50_000));

    LocalDate hariIni;
    long opd;
    long unit;
    long pelaksana7;
    long pelaksana6;
    long pengawas9;
    long ahliMuda;

    @BeforeEach
    void siapkan() {
        hariIni = LocalDate.now(clock);
        String s = Long.toString(System.nanoTime(), 36);
        opd = jdbc.sql("INSERT INTO organisasi.opd (kode, nama, jenis) VALUES (?, ?, 'BADAN') RETURNING id")
                .params("UJI-KSK-" + s, "Badan Uji Kaskade " + s).query(Long.class).single();
        unit = jdbc.sql("INSERT INTO organisasi.unit (opd_id, kode, nama, jenis) VALUES (?, ?, ?, 'BIDANG') RETURNING id")
                .params(opd, "UJI-KSK-U-" + s, "Bidang Uji " + s).query(Long.class).single();
        pelaksana7 = jabatan("P7-" + s, "PELAKSANA", null, 7, "D-III/S-1 Akuntansi", null, 2);
        pelaksana6 = jabatan("P6-" + s, "PELAKSANA", null, 6, null, null, 1);
        pengawas9 = jabatan("W9-" + s, "PENGAWAS", null, 9, "S-1/D-IV", "III/b", 1);
        ahliMuda = jabatan("AM-" + s, "FUNGSIONAL", "AHLI_MUDA", 10, null, null, 1);
        jdbc.sql("INSERT INTO organisasi.jabatan_kompetensi (jabatan_id, kompetensi_kode, level, bobot) VALUES "
                + "(?, 'M1', 3, 12.50), (?, 'M2', 2, 0.40)").params(pengawas9, pengawas9).update();
    }

    long jabatan(String kode, String jenis, @Nullable String jenjang, int kelas, @Nullable String pendidikan,
            @Nullable String pangkat, int kuota) {
        return jdbc.sql("""
                        INSERT INTO organisasi.jabatan (opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas,
                            rumpun_kode, kuota, syarat_pendidikan, syarat_pangkat_minimal)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'ADM', ?, ?, ?) RETURNING id""")
                .params(opd, unit, "UJI-KSK-" + kode, "Jabatan uji " + kode, jenis, jenjang, kelas, kuota, pendidikan,
                        pangkat)
                .query(Long.class).single();
    }

    String pegawai(long jabatanId, @Nullable LocalDate tmtJabatan, String status, String golongan) {
        // Month digits "9x" never occur in a real (or demo) NIP, so these cannot collide with the demo employees.
        String nip = "1990010120159" + String.format("%05d", URUT.incrementAndGet() % 100_000);
        // A protected column is written here only because a pegawai row needs one; the snapshot never reads it.
        jdbc.sql("""
                        INSERT INTO pegawai.pegawai (nip, nama, jenis_kelamin, tanggal_lahir, tmt_cpns, jabatan_id,
                            unit_id, opd_id, status_kepegawaian, golongan, tmt_jabatan, pendidikan_tingkat)
                        VALUES (?, ?, 'P', DATE '1990-01-01', DATE '2015-01-01', ?, ?, ?, ?, ?, ?, 'S1')""")
                .params(nip, "Uji " + nip.substring(13), jabatanId, unit, opd, status, golongan, tmtJabatan)
                .update();
        return nip;
    }

    void riwayatJabatan(String nip, long jabatanId, LocalDate tmt, boolean dibatalkan) {
        jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, jabatan_id, tmt, dicatat_oleh, dibatalkan_pada,
                            dibatalkan_oleh, alasan_batal)
                        VALUES (?, 'JABATAN', 'uji', ?, ?, 'uji', ?, ?, ?)""")
                .params(nip, jabatanId, tmt, dibatalkan ? OffsetDateTime.now(clock) : null, dibatalkan ? "uji" : null,
                        dibatalkan ? "salah input" : null)
                .update();
    }

    void hukuman(String nip, String tingkat, LocalDate tmt, @Nullable LocalDate selesai, boolean dibatalkan) {
        jdbc.sql("""
                        INSERT INTO pegawai.riwayat (nip, jenis, uraian, tingkat, tmt, tmt_selesai, dicatat_oleh,
                            dibatalkan_pada, dibatalkan_oleh, alasan_batal)
                        VALUES (?, 'HUKUMAN_DISIPLIN', 'uji', ?, ?, ?, 'uji', ?, ?, ?)""")
                .params(nip, tingkat, tmt, selesai, dibatalkan ? OffsetDateTime.now(clock) : null,
                        dibatalkan ? "uji" : null, dibatalkan ? "dibatalkan" : null)
                .update();
    }

    Map<String, CalonKaskade> calon(KaskadeSnapshot s) {
        return s.masalah().pegawai().stream().collect(Collectors.toMap(CalonKaskade::nip, Function.identity()));
    }

    @Test
    void bulanDiTingkatMenelusuriRiwayatJabatanSetingkatYangBeruntun() {
        // Newest first: pelaksana 7 (2024), pelaksana 6 (2020-03-15), pengawas 9 (2018: another level, stops the
        // walk), pelaksana 6 (2015). A cancelled pengawas entry in 2022 and a future pengawas entry do not count.
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

        Map<String, CalonKaskade> c = calon(pembangun.bangun(null, null, hariIni));
        assertThat(c.get(beruntun).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(LocalDate.of(2020, 3, 15), hariIni));
        assertThat(c.get(tanpaRiwayat).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(LocalDate.of(2023, 6, 10), hariIni));
        assertThat(c.get(beda).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(LocalDate.of(2021, 2, 1), hariIni));
        assertThat(c.get(takDiketahui).bulanDiTingkat()).isZero();
        assertThat(c.get(jf).bulanDiTingkat())
                .isEqualTo((int) ChronoUnit.MONTHS.between(LocalDate.of(2022, 7, 1), hariIni));
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
        String pppk = pegawai(pelaksana6, LocalDate.of(2020, 1, 1), "PPPK", "III/a");
        jdbc.sql("UPDATE pegawai.pegawai SET golongan = NULL, pendidikan_tingkat = 'D3' WHERE nip = ?").param(pppk)
                .update();
        KaskadeSnapshot s = pembangun.bangun(null, null, hariIni);
        Map<Long, PosisiKaskade> p = s.masalah().jabatan().stream()
                .collect(Collectors.toMap(PosisiKaskade::id, Function.identity()));
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
        jdbc.sql("UPDATE organisasi.jabatan SET aktif = false WHERE id = ?").param(ahliMuda).update();
        String diJabatanNonaktif = pegawai(ahliMuda, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        KaskadeSnapshot s2 = pembangun.bangun(null, null, hariIni);
        assertThat(calon(s2).get(diJabatanNonaktif).jabatanId()).isNull();
        assertThat(s2.masalah().jabatan()).noneMatch(x -> x.id() == ahliMuda);
    }

    void skp(String nip, int tahun, String status, @Nullable String predikat) {
        boolean dinilai = predikat != null;
        long id = jdbc.sql("""
                        INSERT INTO kinerja.skp (nip, tahun, status, rating_hasil_kerja, rating_perilaku, predikat,
                            dibuat_oleh, diubah_oleh)
                        VALUES (?, ?, ?, ?, ?, ?, 'uji', 'uji') RETURNING id""")
                .params(nip, tahun, dinilai ? "DINILAI" : "DRAF", dinilai ? "SESUAI" : null, dinilai ? "SESUAI" : null,
                        predikat)
                .query(Long.class).single();
        jdbc.sql("UPDATE kinerja.skp SET status = ? WHERE id = ?").params(status, id).update();
    }

    @Test
    void predikatDariSkpFinalTerakhirSampaiTahunTanggalAcuan() {
        String a = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        String b = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        String c = pegawai(pengawas9, LocalDate.of(2020, 1, 1), "PNS", "III/c");
        int tahun = hariIni.getYear();
        skp(a, tahun - 2, "FINAL", "SANGAT_BAIK");
        skp(a, tahun - 1, "FINAL", "KURANG");            // the latest final counts
        skp(a, tahun, "DINILAI", "SANGAT_BAIK");         // not final yet: ignored
        skp(b, tahun - 1, "FINAL", "BUTUH_PERBAIKAN");
        skp(b, tahun + 1, "FINAL", "SANGAT_BAIK");       // after the reference date's year: ignored
        skp(c, tahun, "DRAF", null);
        Map<String, CalonKaskade> calon = calon(pembangun.bangun(null, null, hariIni));
        assertThat(calon.get(a).predikatKinerja()).isEqualTo(id.aparatur.kinerja.PredikatKinerja.KURANG);
        assertThat(calon.get(b).predikatKinerja()).isEqualTo(id.aparatur.kinerja.PredikatKinerja.BUTUH_PERBAIKAN);
        assertThat(calon.get(c).predikatKinerja()).isNull();
    }

    long skenario(String status) {
        return jdbc.sql("""
                        INSERT INTO penempatan.skenario (nama, status, bobot_selisih_kelas, bobot_diluar_minat,
                            bobot_pindah, bobot_tidak_ditempatkan, disetujui_oleh, disetujui_pada, dibuat_oleh,
                            dibuat_pada)
                        VALUES ('Uji kaskade', ?, 2, 1, 1, 1000000, ?, ?, 'uji', ?) RETURNING id""")
                .params(status, status.equals("DISETUJUI") ? "uji" : null,
                        status.equals("DISETUJUI") ? OffsetDateTime.now(clock) : null, OffsetDateTime.now(clock))
                .query(Long.class).single();
    }

    void usulan(long skenario, String nip, String status, @Nullable Long jabatanUsulan) {
        jdbc.sql("INSERT INTO penempatan.usulan (skenario_id, nip, status, jabatan_usulan_id) VALUES (?, ?, ?, ?)")
                .params(skenario, nip, status, jabatanUsulan).update();
    }

    @Test
    void skenarioDisetujuiMenentukanKursi() {
        String pindah = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        String tidakDitempatkan = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        String dikecualikan = pegawai(pelaksana7, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        String takDisebut = pegawai(pelaksana6, LocalDate.of(2020, 1, 1), "PNS", "III/a");
        long id = skenario("DISETUJUI");
        usulan(id, pindah, "DITEMPATKAN", pelaksana6);
        usulan(id, tidakDitempatkan, "TIDAK_DITEMPATKAN", null);
        usulan(id, dikecualikan, "DIKECUALIKAN", null);

        KaskadeSnapshot s = pembangun.bangun(id, null, hariIni);
        assertThat(s.skenarioId()).isEqualTo(id);
        Map<String, CalonKaskade> c = calon(s);
        assertThat(c.get(pindah).jabatanId()).isEqualTo(pelaksana6);
        assertThat(c.get(tidakDitempatkan).jabatanId()).isNull();
        assertThat(c.get(dikecualikan).jabatanId()).isEqualTo(pelaksana7);
        assertThat(c.get(takDisebut).jabatanId()).isEqualTo(pelaksana6);
        // On the current data everyone keeps the seat held now.
        assertThat(calon(pembangun.bangun(null, null, hariIni)).get(pindah).jabatanId()).isEqualTo(pelaksana7);

        long draf = skenario("DRAF");
        assertThatThrownBy(() -> pembangun.bangun(draf, null, hariIni)).isInstanceOf(KonflikException.class);
        assertThatThrownBy(() -> pembangun.bangun(Long.MAX_VALUE, null, hariIni))
                .isInstanceOf(DataTidakDitemukanException.class);
        jdbc.sql("UPDATE penempatan.skenario SET diarsipkan = true WHERE id = ?").param(id).update();
        assertThatThrownBy(() -> pembangun.bangun(id, null, hariIni)).isInstanceOf(KonflikException.class);
    }

    @Test
    void tahunRencanaMengeluarkanPegawaiYangPensiun() {
        int tahun = hariIni.getYear() + 5;
        KaskadeSnapshot s = pembangun.bangun(null, tahun, hariIni);
        assertThat(s.pensiun()).isNotEmpty();
        assertThat(s.pensiun()).allMatch(p -> !p.tmtPensiun().isAfter(LocalDate.of(tahun, 12, 31)));
        List<String> nip = s.pensiun().stream().map(KaskadeSnapshot.Pensiun::nip).toList();
        assertThat(s.masalah().pegawai()).noneMatch(c -> nip.contains(c.nip()));
        int aktif = jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE aktif").query(Integer.class).single();
        assertThat(s.masalah().pegawai()).hasSize(aktif - nip.size());
        assertThat(pembangun.bangun(null, null, hariIni).pensiun()).isEmpty();
    }
}
