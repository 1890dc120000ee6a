package id.aparatur.seleksi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.seleksi.domain.AturanBobot;
import id.aparatur.seleksi.domain.AturanPilihanPpk;
import id.aparatur.seleksi.domain.BobotPenilaian;
import id.aparatur.seleksi.domain.KomponenNilai;
import id.aparatur.seleksi.domain.NilaiPeserta;
import id.aparatur.seleksi.domain.PenilaianSeleksi;
import id.aparatur.seleksi.domain.Peringkat;
import id.aparatur.seleksi.domain.RentangBobot;
import id.aparatur.seleksi.domain.StatusSeleksi;
import id.aparatur.seleksi.domain.SyaratJptPratama;
import id.aparatur.seleksi.domain.SyaratJptPratama.DataPelamar;
import id.aparatur.seleksi.domain.SyaratJptPratama.Hasil;
import id.aparatur.seleksi.domain.SyaratJptPratama.Masa;
import id.aparatur.seleksi.domain.SyaratJptPratama.Petunjuk;
import id.aparatur.seleksi.domain.SyaratJptPratama.Syarat;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring rules of the seleksi terbuka JPT: weights, the weighted final score, ranking, three names, the PPK's choice. */
class PenilaianSeleksiTests {

    static final AturanBobot ATURAN = AturanBobot.BAKU;

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static BobotPenilaian bobot(String m, String k, String w, String r) {
        return new BobotPenilaian(d(m), d(k), d(w), d(r));
    }

    static List<Galat> periksa(String m, String k, String w, String r) {
        return ATURAN.periksa(bobot(m, k, w, r));
    }

    static Map<KomponenNilai, BigDecimal> nilai(
            String kompetensi, String makalah, String wawancara, String rekamJejak) {
        Map<KomponenNilai, BigDecimal> n = new EnumMap<>(KomponenNilai.class);
        n.put(KomponenNilai.KOMPETENSI, d(kompetensi));
        n.put(KomponenNilai.MAKALAH, d(makalah));
        n.put(KomponenNilai.WAWANCARA, d(wawancara));
        n.put(KomponenNilai.REKAM_JEJAK, d(rekamJejak));
        return n;
    }

    @Test
    void bobotBakuDalamRentangDanBerjumlahSeratus() {
        BobotPenilaian b = ATURAN.baku();
        assertThat(b).isEqualTo(bobot("20", "25", "35", "20"));
        assertThat(b.jumlah()).isEqualByComparingTo("100");
        assertThat(ATURAN.periksa(b)).isEmpty();
    }

    @Test
    void setiapBobotDalamRentangnyaSahTanpaHarusBerjumlahSeratus() {
        assertThat(periksa("20", "25", "35", "20")).isEmpty();
        assertThat(periksa("20.00", "25.0", "35", "20")).isEmpty();
        assertThat(periksa("19.99", "25", "35", "20.01"))
                .extracting(Galat::field)
                .containsExactly("bobot.rekamJejak");
        assertThat(periksa("15", "25", "35", "25")).extracting(Galat::field).containsExactly("bobot.rekamJejak");
        assertThat(periksa("20", "20", "40", "20")).extracting(Galat::field).containsExactly("bobot.wawancara");
        assertThat(periksa("25", "25", "30", "20")).extracting(Galat::field).containsExactly("bobot.makalah");
        assertThat(periksa("20", "30", "30", "20")).extracting(Galat::field).containsExactly("bobot.kompetensi");
        // In range with any sum (the nilai akhir divides by it): 95, all lower edges (80), 99.99.
        assertThat(periksa("15", "25", "35", "20")).isEmpty();
        assertThat(periksa("15", "20", "30", "15")).isEmpty();
        assertThat(periksa("19.99", "25", "35", "20")).isEmpty();
        assertThat(periksa("14.99", "20", "30", "15")).extracting(Galat::field).containsExactly("bobot.makalah");
    }

    @Test
    void rentangBobotInklusifDiKeduaTepi() {
        RentangBobot r = ATURAN.makalah();
        assertThat(r.memuat(d("15"))).isTrue();
        assertThat(r.memuat(d("20"))).isTrue();
        assertThat(r.memuat(d("14.99"))).isFalse();
        assertThat(r.memuat(d("20.01"))).isFalse();
        // A weight set with each weight at a different edge and sum 100: 15 + 20 + 35 + ... needs 30 → out of range;
        // with wider configured ranges the same edges pass.
        AturanBobot lebar = new AturanBobot(
                RentangBobot.dari(15, 20, 20),
                RentangBobot.dari(20, 25, 25),
                RentangBobot.dari(30, 45, 35),
                RentangBobot.dari(15, 20, 20));
        assertThat(lebar.periksa(bobot("15", "20", "45", "20"))).isEmpty();
        assertThat(lebar.periksa(bobot("14.99", "20.01", "45", "20")))
                .extracting(Galat::field)
                .containsExactly("bobot.makalah");
        assertThat(lebar.periksa(bobot("20", "20", "45", "15"))).isEmpty();
        assertThat(lebar.periksa(bobot("20", "20", "45.01", "14.99")))
                .extracting(Galat::field)
                .containsExactly("bobot.wawancara", "bobot.rekamJejak");
    }

    @Test
    void bobotKosongAtauTigaDesimalDitolak() {
        assertThat(ATURAN.periksa(null, d("25"), d("35"), d("20")))
                .extracting(Galat::field, Galat::kodePesan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bobot.makalah", "seleksi.bobot.wajib"));
        assertThat(periksa("19.995", "25", "35", "20.005"))
                .extracting(Galat::kodePesan)
                .containsExactly("seleksi.bobot.dua-desimal", "seleksi.bobot.dua-desimal");
        assertThat(periksa("-20", "25", "35", "20")).extracting(Galat::field).containsExactly("bobot.makalah");
    }

    @Test
    void konfigurasiBakuYangBerjumlahNolAtauDiLuarRentangDitolak() {
        assertThatThrownBy(() -> new AturanBobot(
                        RentangBobot.dari(0, 20, 0),
                        RentangBobot.dari(0, 25, 0),
                        RentangBobot.dari(0, 35, 0),
                        RentangBobot.dari(0, 20, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AturanBobot(
                                RentangBobot.dari(15, 20, 15),
                                RentangBobot.dari(20, 25, 25),
                                RentangBobot.dari(30, 35, 35),
                                RentangBobot.dari(15, 20, 20))
                        .baku()
                        .jumlah())
                .isEqualByComparingTo("95");
        assertThatThrownBy(() -> RentangBobot.dari(15, 20, 21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nilaiAkhirAdalahJumlahTertimbangDuaDesimalSetengahKeAtas() {
        // 25 % × 80 + 20 % × 70 + 35 % × 90 + 20 % × 60 = 20 + 14 + 31.5 + 12 = 77.5
        assertThat(PenilaianSeleksi.nilaiAkhir(ATURAN.baku(), nilai("80", "70", "90", "60")))
                .isEqualTo(d("77.50"));
        // Rounded once, half-up (not half-even): 25 % × 0.02 = 0.005 → 0.01; 25 % × 0.03 = 0.0075 → 0.01.
        assertThat(PenilaianSeleksi.nilaiAkhir(ATURAN.baku(), nilai("0.02", "0", "0", "0")))
                .isEqualTo(d("0.01"));
        assertThat(PenilaianSeleksi.nilaiAkhir(ATURAN.baku(), nilai("0.03", "0", "0", "0")))
                .isEqualTo(d("0.01"));
        // 25 % × 81.33 + 20 % × 77.77 + 35 % × 88.89 + 20 % × 70.03 = 20.3325 + 15.554 + 31.1115 + 14.006 = 81.004
        assertThat(PenilaianSeleksi.nilaiAkhir(ATURAN.baku(), nilai("81.33", "77.77", "88.89", "70.03")))
                .isEqualTo(d("81.00"));
        // … + 20 % × 70.04 = 81.006 → 81.01 (the sum is rounded, not each term)
        assertThat(PenilaianSeleksi.nilaiAkhir(ATURAN.baku(), nilai("81.33", "77.77", "88.89", "70.04")))
                .isEqualTo(d("81.01"));
        // Half-up at the third decimal: 17.5 % × 0.1 = 0.0175 → 0.02
        BobotPenilaian b = bobot("17.5", "22.5", "35", "25");
        assertThat(PenilaianSeleksi.nilaiAkhir(b, nilai("0", "0.1", "0", "0"))).isEqualTo(d("0.02"));
        // 22.5 % × 0.01 = 0.00225 → 0.00 (half-up only from 5)
        assertThat(PenilaianSeleksi.nilaiAkhir(b, nilai("0.01", "0", "0", "0"))).isEqualTo(d("0.00"));
        assertThat(PenilaianSeleksi.nilaiAkhir(ATURAN.baku(), nilai("100", "100", "100", "100")))
                .isEqualTo(d("100.00"));
        // Weights summing to 80 are relative: equal scores give that score, and the scale stays 0–100.
        assertThat(PenilaianSeleksi.nilaiAkhir(bobot("15", "20", "30", "15"), nilai("80", "80", "80", "80")))
                .isEqualTo(d("80.00"));
        // kompetensi 90, makalah 70, wawancara 60, rekam jejak 100 with makalah 15, kompetensi 20, wawancara 30,
        // rekam jejak 15: (15×70 + 20×90 + 30×60 + 15×100) ÷ 80 = 6150 ÷ 80 = 76.875 → 76.88
        assertThat(PenilaianSeleksi.nilaiAkhir(bobot("15", "20", "30", "15"), nilai("90", "70", "60", "100")))
                .isEqualTo(d("76.88"));
        assertThat(PenilaianSeleksi.nilaiAkhir(ATURAN.baku(), nilai("0", "0", "0", "0")))
                .isEqualTo(d("0.00"));
        Map<KomponenNilai, BigDecimal> kurang = nilai("1", "1", "1", "1");
        kurang.remove(KomponenNilai.MAKALAH);
        assertThatThrownBy(() -> PenilaianSeleksi.nilaiAkhir(ATURAN.baku(), kurang))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nilaiDiLuar0Sampai100AtauTigaDesimalDitolak() {
        PenilaianSeleksi.periksaNilai("n", d("0"));
        PenilaianSeleksi.periksaNilai("n", d("100"));
        PenilaianSeleksi.periksaNilai("n", d("99.99"));
        assertThatThrownBy(() -> PenilaianSeleksi.periksaNilai("n", d("100.01")))
                .isInstanceOf(ValidasiException.class);
        assertThatThrownBy(() -> PenilaianSeleksi.periksaNilai("n", d("-0.01"))).isInstanceOf(ValidasiException.class);
        assertThatThrownBy(() -> PenilaianSeleksi.periksaNilai("n", d("50.125")))
                .isInstanceOf(ValidasiException.class);
    }

    @Test
    void peringkatMenurutNilaiAkhirLaluWawancaraLaluAssessmentLaluNama() {
        BobotPenilaian b = ATURAN.baku();
        // A and B: same final score 77.50; B has the higher wawancara → B first.
        NilaiPeserta a = new NilaiPeserta(1, "Ani", nilai("80", "70", "90", "60"));
        NilaiPeserta bb = new NilaiPeserta(2, "Budi", nilai("66", "70", "100", "60")); // 16.5+14+35+12 = 77.5
        // C and D: same final score and wawancara, C has the higher assessment → C first.
        NilaiPeserta c = new NilaiPeserta(3, "Citra", nilai("84", "60", "80", "70")); // 21+12+28+14 = 75
        NilaiPeserta dd = new NilaiPeserta(4, "Dedi", nilai("80", "65", "80", "70")); // 20+13+28+14 = 75
        // E and F: identical scores → by name (case-insensitive): "eka" before "Fajar".
        NilaiPeserta f = new NilaiPeserta(6, "Fajar", nilai("60", "60", "60", "60"));
        NilaiPeserta e = new NilaiPeserta(5, "eka", nilai("60", "60", "60", "60"));
        // G: incomplete — not ranked.
        Map<KomponenNilai, BigDecimal> sebagian = nilai("99", "99", "99", "99");
        sebagian.remove(KomponenNilai.REKAM_JEJAK);
        NilaiPeserta g = new NilaiPeserta(7, "Gita", sebagian);
        assertThat(PenilaianSeleksi.nilaiAkhir(b, bb.nilai())).isEqualTo(d("77.50"));
        assertThat(PenilaianSeleksi.nilaiAkhir(b, c.nilai())).isEqualTo(PenilaianSeleksi.nilaiAkhir(b, dd.nilai()));

        List<Peringkat> p = PenilaianSeleksi.peringkat(b, List.of(f, g, dd, a, e, c, bb));
        assertThat(p).extracting(Peringkat::nama).containsExactly("Budi", "Ani", "Citra", "Dedi", "eka", "Fajar");
        assertThat(p).extracting(Peringkat::urutan).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(p.get(0).nilaiAkhir()).isEqualTo(d("77.50"));
        // The order does not depend on the input order.
        assertThat(PenilaianSeleksi.peringkat(b, List.of(bb, c, e, a, dd, f, g)))
                .isEqualTo(p);
        // Same name and scores: the registration number decides.
        NilaiPeserta kembar1 = new NilaiPeserta(11, "Sama", nilai("50", "50", "50", "50"));
        NilaiPeserta kembar2 = new NilaiPeserta(10, "Sama", nilai("50", "50", "50", "50"));
        assertThat(PenilaianSeleksi.peringkat(b, List.of(kembar1, kembar2)))
                .extracting(Peringkat::pesertaId)
                .containsExactly(10L, 11L);
    }

    @Test
    void tigaNamaAdalahTigaTeratas() {
        BobotPenilaian b = ATURAN.baku();
        List<Peringkat> p = PenilaianSeleksi.peringkat(
                b,
                List.of(
                        new NilaiPeserta(1, "A", nilai("70", "70", "70", "70")),
                        new NilaiPeserta(2, "B", nilai("90", "90", "90", "90")),
                        new NilaiPeserta(3, "C", nilai("80", "80", "80", "80")),
                        new NilaiPeserta(4, "D", nilai("85", "85", "85", "85"))));
        assertThat(PenilaianSeleksi.tigaNama(p)).extracting(Peringkat::nama).containsExactly("B", "D", "C");
        assertThat(PenilaianSeleksi.tigaNama(p.subList(0, 2))).hasSize(2);
        assertThat(PenilaianSeleksi.tigaNama(List.of())).isEmpty();
    }

    List<Peringkat> tigaNama() {
        return PenilaianSeleksi.tigaNama(PenilaianSeleksi.peringkat(
                ATURAN.baku(),
                List.of(
                        new NilaiPeserta(1, "A", nilai("90", "90", "90", "90")),
                        new NilaiPeserta(2, "B", nilai("80", "80", "80", "80")),
                        new NilaiPeserta(3, "C", nilai("70", "70", "70", "70")),
                        new NilaiPeserta(4, "D", nilai("60", "60", "60", "60")))));
    }

    static final String ALASAN_30 = "123456789012345678901234567890";

    @Test
    void peringkatPertamaTidakPerluAlasan() {
        Peringkat p = AturanPilihanPpk.periksa(tigaNama(), 1L, null);
        assertThat(p.urutan()).isEqualTo(1);
        assertThat(AturanPilihanPpk.perluAlasan(p)).isFalse();
        assertThat(AturanPilihanPpk.periksa(tigaNama(), 1L, "").urutan()).isEqualTo(1);
    }

    @Test
    void peringkatDuaDanTigaPerluAlasanMinimal30Karakter() {
        for (long pilihan : new long[] {2, 3}) {
            assertThatThrownBy(() -> AturanPilihanPpk.periksa(tigaNama(), pilihan, null))
                    .isInstanceOfSatisfying(
                            ValidasiException.class,
                            e -> assertThat(e.galat())
                                    .containsExactly(new Galat("alasan", "seleksi.pilihan.alasan-wajib")));
            // 29 characters (and 30 with surrounding blanks only) are not enough.
            assertThatThrownBy(() -> AturanPilihanPpk.periksa(tigaNama(), pilihan, ALASAN_30.substring(1)))
                    .isInstanceOf(ValidasiException.class);
            assertThatThrownBy(
                            () -> AturanPilihanPpk.periksa(tigaNama(), pilihan, "   " + ALASAN_30.substring(1) + "  "))
                    .isInstanceOf(ValidasiException.class);
            Peringkat p = AturanPilihanPpk.periksa(tigaNama(), pilihan, ALASAN_30);
            assertThat(p.urutan()).isEqualTo((int) pilihan);
            assertThat(AturanPilihanPpk.perluAlasan(p)).isTrue();
        }
    }

    @Test
    void pilihanDiLuarTigaNamaDitolak() {
        assertThatThrownBy(() -> AturanPilihanPpk.periksa(tigaNama(), 4L, ALASAN_30 + " dan lebih panjang lagi"))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .containsExactly(new Galat("pesertaId", "seleksi.pilihan.bukan-tiga-nama")));
        assertThatThrownBy(() -> AturanPilihanPpk.periksa(tigaNama(), 99L, ALASAN_30))
                .isInstanceOf(ValidasiException.class);
        assertThatThrownBy(() -> AturanPilihanPpk.periksa(tigaNama(), null, ALASAN_30))
                .isInstanceOfSatisfying(
                        ValidasiException.class, e -> assertThat(e.field()).isEqualTo("pesertaId"));
    }

    @Test
    void bobotTetapSejakPenilaianDimulaiDanNilaiHanyaSejakTahapnya() {
        assertThat(StatusSeleksi.ADMINISTRASI.bobotDapatDiubah()).isTrue();
        assertThat(StatusSeleksi.KOMPETENSI.bobotDapatDiubah()).isFalse();
        assertThat(StatusSeleksi.TIGA_NAMA_DIAJUKAN.bobotDapatDiubah()).isFalse();
        assertThat(StatusSeleksi.KOMPETENSI.nilaiDapatDicatat(KomponenNilai.KOMPETENSI))
                .isTrue();
        assertThat(StatusSeleksi.KOMPETENSI.nilaiDapatDicatat(KomponenNilai.MAKALAH))
                .isFalse();
        assertThat(StatusSeleksi.REKAM_JEJAK.nilaiDapatDicatat(KomponenNilai.KOMPETENSI))
                .isTrue();
        assertThat(StatusSeleksi.TIGA_NAMA_DIAJUKAN.nilaiDapatDicatat(KomponenNilai.REKAM_JEJAK))
                .isFalse();
        assertThat(StatusSeleksi.ADMINISTRASI.nilaiDapatDicatat(KomponenNilai.KOMPETENSI))
                .isFalse();
        assertThat(StatusSeleksi.REKAM_JEJAK.berikutnya()).isNull();
        assertThat(StatusSeleksi.DRAF.berikutnya()).isEqualTo(StatusSeleksi.DIUMUMKAN);
    }

    static final List<@org.jspecify.annotations.Nullable PredikatKinerja> BAIK_DUA_TAHUN =
            List.of(PredikatKinerja.BAIK, PredikatKinerja.SANGAT_BAIK);

    @Test
    void petunjukKelayakanJptPratama() {
        SyaratJptPratama s = SyaratJptPratama.BAKU;
        LocalDate acuan = LocalDate.of(2025, 6, 30);
        List<Masa> pengalaman = List.of(new Masa(LocalDate.of(2018, 1, 1), acuan));
        // Two overlapping periods as administrator: 2022-01-01..2023-07-01 and 2023-01-01..acuan → 3.5 years merged.
        DataPelamar layak = new DataPelamar(
                List.of(
                        new Masa(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 7, 1)),
                        new Masa(LocalDate.of(2023, 1, 1), acuan)),
                TingkatPendidikan.S1,
                Golongan.IV_B,
                false,
                false,
                false,
                55,
                pengalaman,
                BAIK_DUA_TAHUN);
        assertThat(s.periksa(layak, acuan)).extracting(Petunjuk::hasil).containsOnly(Hasil.MEMENUHI);
        assertThat(s.periksa(layak, acuan).get(0).nilai())
                .isEqualTo(String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2022, 1, 1), acuan)));
        assertThat(s.periksa(layak, acuan).get(6).nilai()).isEqualTo("2024: BAIK; 2023: SANGAT_BAIK");
        // 729 days is not two years; D3 too low; IV/a too low; an active sanction; 57 years old; 4 years of
        // experience; one year below BAIK.
        DataPelamar tidak = new DataPelamar(
                List.of(new Masa(acuan.minusDays(729), acuan)),
                TingkatPendidikan.D3,
                Golongan.IV_A,
                true,
                false,
                false,
                57,
                List.of(new Masa(acuan.minusYears(4), acuan)),
                List.of(PredikatKinerja.BAIK, PredikatKinerja.BUTUH_PERBAIKAN));
        assertThat(s.periksa(tidak, acuan)).extracting(Petunjuk::hasil).containsOnly(Hasil.TIDAK_MEMENUHI);
        DataPelamar tepat = new DataPelamar(
                List.of(new Masa(acuan.minusDays(730), acuan)),
                TingkatPendidikan.D4,
                Golongan.IV_B,
                false,
                false,
                false,
                55,
                List.of(new Masa(acuan.minusDays(5 * 365), acuan)),
                BAIK_DUA_TAHUN);
        assertThat(s.periksa(tepat, acuan)).extracting(Petunjuk::hasil).containsOnly(Hasil.MEMENUHI);
        DataPelamar kosong = new DataPelamar(List.of(), null, null, false, false, false, null, List.of(), List.of());
        assertThat(s.periksa(kosong, acuan))
                .extracting(Petunjuk::syarat, Petunjuk::hasil)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Syarat.MASA_JABATAN, Hasil.TIDAK_MEMENUHI),
                        org.assertj.core.groups.Tuple.tuple(Syarat.PENDIDIKAN, Hasil.TIDAK_DIKETAHUI),
                        org.assertj.core.groups.Tuple.tuple(Syarat.PANGKAT, Hasil.TIDAK_DIKETAHUI),
                        org.assertj.core.groups.Tuple.tuple(Syarat.HUKUMAN_DISIPLIN, Hasil.MEMENUHI),
                        org.assertj.core.groups.Tuple.tuple(Syarat.USIA, Hasil.TIDAK_DIKETAHUI),
                        org.assertj.core.groups.Tuple.tuple(Syarat.PENGALAMAN, Hasil.TIDAK_MEMENUHI),
                        org.assertj.core.groups.Tuple.tuple(Syarat.KINERJA, Hasil.TIDAK_DIKETAHUI));
    }

    /** The age on the planned inauguration date must be below 56: 56 years and 11 months (age 56) does not pass. */
    @Test
    void usiaHarusDiBawah56SaatPelantikan() {
        SyaratJptPratama s = SyaratJptPratama.BAKU;
        LocalDate acuan = LocalDate.of(2025, 6, 30);
        LocalDate pelantikan = LocalDate.of(2025, 10, 1);
        int usia56Lebih11Bulan = id.aparatur.pegawai.AturanUsia.usiaPada(
                pelantikan.minusYears(56).minusMonths(11), pelantikan);
        int usia55 = id.aparatur.pegawai.AturanUsia.usiaPada(
                pelantikan.minusYears(56).plusDays(1), pelantikan);
        assertThat(usia56Lebih11Bulan).isEqualTo(56);
        assertThat(usia55).isEqualTo(55);
        assertThat(hasil(s.periksa(pelamar(usia56Lebih11Bulan, false, false), acuan), Syarat.USIA))
                .isEqualTo(Hasil.TIDAK_MEMENUHI);
        assertThat(hasil(s.periksa(pelamar(usia55, false, false), acuan), Syarat.USIA))
                .isEqualTo(Hasil.MEMENUHI);
    }

    /** Not only an active sanction: ever sanctioned sedang/berat, or under examination, does not pass. */
    @Test
    void pernahDihukumSedangBeratAtauSedangDiperiksaTidakMemenuhi() {
        SyaratJptPratama s = SyaratJptPratama.BAKU;
        LocalDate acuan = LocalDate.of(2025, 6, 30);
        List<Petunjuk> pernah = s.periksa(pelamar(50, true, false), acuan);
        assertThat(hasil(pernah, Syarat.HUKUMAN_DISIPLIN)).isEqualTo(Hasil.TIDAK_MEMENUHI);
        assertThat(pernah.get(3).nilai()).isEqualTo(SyaratJptPratama.PERNAH_SEDANG_BERAT);
        List<Petunjuk> diperiksa = s.periksa(pelamar(50, false, true), acuan);
        assertThat(hasil(diperiksa, Syarat.HUKUMAN_DISIPLIN)).isEqualTo(Hasil.TIDAK_MEMENUHI);
        assertThat(diperiksa.get(3).nilai()).isEqualTo(SyaratJptPratama.DALAM_PEMERIKSAAN);
        assertThat(s.periksa(pelamar(50, false, false), acuan).get(3).nilai()).isEqualTo(SyaratJptPratama.BERSIH);
    }

    /** Five years of relevant experience, cumulative over separate periods; a missing SKP year is not passed. */
    @Test
    void pengalamanKumulatifDanKinerjaDuaTahun() {
        SyaratJptPratama s = SyaratJptPratama.BAKU;
        LocalDate acuan = LocalDate.of(2025, 6, 30);
        DataPelamar duaMasa = new DataPelamar(
                List.of(new Masa(acuan.minusYears(3), acuan)),
                TingkatPendidikan.S2,
                Golongan.IV_B,
                false,
                false,
                false,
                50,
                List.of(
                        new Masa(LocalDate.of(2010, 1, 1), LocalDate.of(2012, 1, 1)),
                        new Masa(acuan.minusDays(3 * 365 + 10), acuan)),
                java.util.Arrays.asList(PredikatKinerja.BAIK, null));
        List<Petunjuk> p = s.periksa(duaMasa, acuan);
        assertThat(hasil(p, Syarat.PENGALAMAN)).isEqualTo(Hasil.MEMENUHI);
        assertThat(hasil(p, Syarat.KINERJA)).isEqualTo(Hasil.TIDAK_DIKETAHUI);
        assertThat(p.get(6).nilai()).isEqualTo("2024: BAIK; 2023: —");
    }

    static DataPelamar pelamar(int usia, boolean pernah, boolean diperiksa) {
        return new DataPelamar(
                List.of(new Masa(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30))),
                TingkatPendidikan.S2,
                Golongan.IV_B,
                false,
                pernah,
                diperiksa,
                usia,
                List.of(new Masa(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 6, 30))),
                BAIK_DUA_TAHUN);
    }

    static Hasil hasil(List<Petunjuk> p, Syarat s) {
        return p.stream().filter(x -> x.syarat() == s).findFirst().orElseThrow().hasil();
    }
}
