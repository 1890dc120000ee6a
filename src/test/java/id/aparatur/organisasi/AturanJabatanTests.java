package id.aparatur.organisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.organisasi.domain.AturanJabatan;
import id.aparatur.organisasi.domain.Jabatan;
import id.aparatur.organisasi.domain.Jabatan.StandarKompetensi;
import id.aparatur.organisasi.domain.Pelanggaran;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AturanJabatanTests {

    private static final LocalDate HARI_INI = LocalDate.of(2026, 11, 28);
    private static final Map<String, KompetensiRingkas> KAMUS = Map.of(
            "M.01",
                    new KompetensiRingkas(
                            "M.01",
                            "Integritas",
                            JenisKompetensi.MANAJERIAL,
                            null,
                            LocalDate.of(2017, 8, 1),
                            null,
                            true),
            "T.PDK.01",
                    new KompetensiRingkas(
                            "T.PDK.01",
                            "Pengelolaan Pembelajaran",
                            JenisKompetensi.TEKNIS,
                            "PDK",
                            LocalDate.of(2020, 1, 1),
                            null,
                            true),
            "T.PEM.90",
                    new KompetensiRingkas(
                            "T.PEM.90",
                            "Lama",
                            JenisKompetensi.TEKNIS,
                            "PEM",
                            LocalDate.of(2015, 1, 1),
                            LocalDate.of(2022, 12, 31),
                            false));

    static Jabatan jabatan(JenisJabatan jenis, Jenjang jenjang, int kelas, List<StandarKompetensi> skj) {
        return new Jabatan(
                null,
                1,
                1,
                "X.1",
                "Guru Ahli Pertama",
                jenis,
                jenjang,
                kelas,
                "PDK",
                3,
                null,
                List.of(),
                List.of(new Jabatan.HasilKerja("Laporan", "Dokumen")),
                null,
                null,
                List.of(),
                null,
                "S1",
                "III/a",
                null,
                skj,
                true,
                0);
    }

    static Jabatan denganKodeJf(Jabatan j, String kodeJf) {
        return new Jabatan(
                j.id(),
                j.opdId(),
                j.unitId(),
                j.kode(),
                j.nama(),
                j.jenisJabatan(),
                j.jenjang(),
                j.kelas(),
                j.rumpun(),
                j.kuota(),
                j.ikhtisar(),
                j.uraianTugas(),
                j.hasilKerja(),
                j.standarKinerjaProduk(),
                j.standarKinerjaPerilaku(),
                j.korelasi(),
                j.sasaranOpdId(),
                j.syaratPendidikan(),
                j.syaratPangkatMinimal(),
                j.syaratPengalaman(),
                j.standarKompetensi(),
                j.aktif(),
                j.versi(),
                kodeJf);
    }

    @Test
    void kodeJfHanyaUntukJabatanFungsionalDanBerformat() {
        List<StandarKompetensi> s = List.of(skj("M.01", 2, 100));
        Jabatan guru = denganKodeJf(jabatan(JenisJabatan.FUNGSIONAL, Jenjang.AHLI_PERTAMA, 8, s), "GURU");
        assertThat(AturanJabatan.periksa(guru, KAMUS, Set.of("PDK"), Set.of(), HARI_INI))
                .extracting(Pelanggaran::field)
                .doesNotContain("kodeJf");
        assertThat(AturanJabatan.periksa(
                        denganKodeJf(jabatan(JenisJabatan.PELAKSANA, null, 7, s), "GURU"),
                        KAMUS,
                        Set.of("PDK"),
                        Set.of(),
                        HARI_INI))
                .extracting(Pelanggaran::kodePesan)
                .contains("jabatan.kode-jf.hanya-fungsional");
        assertThat(AturanJabatan.periksa(
                        denganKodeJf(jabatan(JenisJabatan.FUNGSIONAL, Jenjang.AHLI_PERTAMA, 8, s), "guru kelas"),
                        KAMUS,
                        Set.of("PDK"),
                        Set.of(),
                        HARI_INI))
                .extracting(Pelanggaran::kodePesan)
                .contains("jabatan.kode-jf.format");
    }

    static StandarKompetensi skj(String kode, int level, int bobot) {
        return new StandarKompetensi(kode, level, BigDecimal.valueOf(bobot));
    }

    private static List<String> periksa(Jabatan j, Set<String> lama) {
        return AturanJabatan.periksa(j, KAMUS, Set.of("PDK", "PEM"), lama, HARI_INI).stream()
                .map(Pelanggaran::kodePesan)
                .toList();
    }

    @Test
    void jabatanFungsionalLengkapLolos() {
        assertThat(periksa(
                        jabatan(
                                JenisJabatan.FUNGSIONAL,
                                Jenjang.AHLI_PERTAMA,
                                8,
                                List.of(skj("M.01", 1, 40), skj("T.PDK.01", 3, 60))),
                        Set.of()))
                .isEmpty();
    }

    @Test
    void kelasJabatanHarusSatuSampaiTujuhBelas() {
        assertThat(periksa(jabatan(JenisJabatan.PELAKSANA, null, 18, List.of(skj("M.01", 1, 10))), Set.of()))
                .containsExactly("jabatan.kelas.rentang");
        assertThat(periksa(jabatan(JenisJabatan.PELAKSANA, null, 0, List.of(skj("M.01", 1, 10))), Set.of()))
                .containsExactly("jabatan.kelas.rentang");
    }

    @Test
    void jenjangHanyaUntukFungsionalDanWajibDiSana() {
        assertThat(periksa(jabatan(JenisJabatan.FUNGSIONAL, null, 8, List.of(skj("M.01", 1, 10))), Set.of()))
                .containsExactly("jabatan.jenjang.wajib");
        assertThat(periksa(jabatan(JenisJabatan.PENGAWAS, Jenjang.AHLI_MUDA, 9, List.of(skj("M.01", 2, 10))), Set.of()))
                .containsExactly("jabatan.jenjang.hanya-fungsional");
    }

    @Test
    void skjWajibAdaDanSetiapBarisSah() {
        assertThat(periksa(jabatan(JenisJabatan.PELAKSANA, null, 5, List.of()), Set.of()))
                .containsExactly("jabatan.skj.kosong");
        assertThat(periksa(
                        jabatan(
                                JenisJabatan.PELAKSANA,
                                null,
                                5,
                                List.of(skj("M.99", 1, 10), skj("M.01", 6, 0), skj("M.01", 1, 10))),
                        Set.of()))
                .containsExactlyInAnyOrder(
                        "jabatan.skj.kode-tidak-dikenal",
                        "jabatan.skj.level",
                        "jabatan.skj.bobot",
                        "jabatan.skj.ganda");
    }

    @Test
    void kompetensiPensiunTidakBolehDitambahkanTetapiTetapSahPadaSkjLama() {
        Jabatan j = jabatan(JenisJabatan.PELAKSANA, null, 5, List.of(skj("T.PEM.90", 2, 10)));
        assertThat(periksa(j, Set.of())).containsExactly("jabatan.skj.kode-tidak-berlaku");
        assertThat(periksa(j, Set.of("T.PEM.90"))).isEmpty();
    }

    @Test
    void pangkatMinimalDitulisSebagaiGolonganRuang() {
        Jabatan j = jabatan(JenisJabatan.PELAKSANA, null, 5, List.of(skj("M.01", 1, 10)));
        Jabatan salah = new Jabatan(
                null,
                1,
                1,
                "X",
                "Y",
                j.jenisJabatan(),
                null,
                5,
                "PDK",
                1,
                null,
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                "3a",
                null,
                j.standarKompetensi(),
                true,
                0);
        assertThat(periksa(salah, Set.of())).containsExactly("jabatan.pangkat.format");
    }

    @Test
    void rumpunHarusDikenal() {
        Jabatan j = jabatan(JenisJabatan.PELAKSANA, null, 5, List.of(skj("M.01", 1, 10)));
        assertThat(AturanJabatan.periksa(j, KAMUS, Set.of("KEU"), Set.of(), HARI_INI))
                .extracting(Pelanggaran::field)
                .containsExactly("rumpun");
    }
}
