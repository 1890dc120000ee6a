package id.aparatur.kompetensi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.KompetensiFixture;
import id.aparatur.shared.KonflikException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a kamus kompetensi entry (PermenPANRB 38/2017). */
class KompetensiTests {

    private static final Predicate<String> RUMPUN_KEU_SAJA = "KEU"::equals;

    @ParameterizedTest
    @ValueSource(strings = {"M.01", "SK.01", "T.KEU.03", "T.PEM.90", "ABC.ABCD.99"})
    void terimaKodeSesuaiPola(String kode) {
        assertThat(AturanKompetensi.kodeSesuaiPola(kode)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"m.01", "M1", "M.1", "M.001", "ABCD.01", "T.K.01", "T.KEUAN.01", "T.KEU.03 ", "M-01"})
    void tolakKodeTidakSesuaiPola(String kode) {
        assertThat(AturanKompetensi.kodeSesuaiPola(kode))
                .containsExactly(new Pelanggaran("kode", "kompetensi.kode.pola"));
    }

    @Test
    void buatKompetensiManajerialAktifVersiNol() {
        Kompetensi k = Kompetensi.buat("M.01", KompetensiFixture.manajerial(), RUMPUN_KEU_SAJA, false);

        assertThat(k.aktif()).isTrue();
        assertThat(k.versi()).isZero();
        assertThat(k.rumpunKode()).isNull();
        assertThat(k.daftarLevel()).extracting(LevelKompetensi::level).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void tolakKompetensiTeknisTanpaRumpun() {
        assertThatThrownBy(() -> Kompetensi.buat(
                        "T.KEU.01", KompetensiFixture.rincian(JenisKompetensi.TEKNIS, null), RUMPUN_KEU_SAJA, false))
                .isInstanceOfSatisfying(
                        KompetensiTidakSahException.class,
                        e -> assertThat(e.daftarPelanggaran())
                                .containsExactly(new Pelanggaran("rumpunKode", "kompetensi.rumpun.wajib-teknis")));
    }

    @Test
    void tolakKompetensiTeknisDenganRumpunTidakDikenal() {
        assertThatThrownBy(() -> Kompetensi.buat("T.XYZ.01", KompetensiFixture.teknis("XYZ"), RUMPUN_KEU_SAJA, false))
                .isInstanceOfSatisfying(
                        KompetensiTidakSahException.class,
                        e -> assertThat(e.daftarPelanggaran())
                                .containsExactly(new Pelanggaran("rumpunKode", "kompetensi.rumpun.tidak-dikenal")));
    }

    @Test
    void terimaKompetensiTeknisDenganRumpunYangAda() {
        assertThat(Kompetensi.buat("T.KEU.01", KompetensiFixture.teknis("KEU"), RUMPUN_KEU_SAJA, false)
                        .rumpunKode())
                .isEqualTo("KEU");
    }

    @Test
    void tolakKompetensiManajerialDenganRumpun() {
        assertThatThrownBy(() -> Kompetensi.buat(
                        "M.01", KompetensiFixture.rincian(JenisKompetensi.MANAJERIAL, "KEU"), RUMPUN_KEU_SAJA, false))
                .isInstanceOfSatisfying(
                        KompetensiTidakSahException.class,
                        e -> assertThat(e.daftarPelanggaran())
                                .containsExactly(new Pelanggaran("rumpunKode", "kompetensi.rumpun.hanya-teknis")));
    }

    @Test
    void tolakBerlakuSampaiSebelumBerlakuMulai() {
        RincianKompetensi r = KompetensiFixture.manajerial();
        RincianKompetensi mundur = new RincianKompetensi(
                r.nama(),
                r.jenis(),
                null,
                r.definisi(),
                r.dasarHukum(),
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2019, 12, 31),
                r.level());

        assertThat(AturanKompetensi.masaBerlakuUrut(mundur.berlakuMulai(), mundur.berlakuSampai()))
                .containsExactly(new Pelanggaran("berlakuSampai", "kompetensi.berlaku-sampai.sebelum-mulai"));
        assertThat(AturanKompetensi.masaBerlakuUrut(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)))
                .isEmpty();
    }

    @Test
    void tolakKompetensiDenganKurangDariLimaLevel() {
        List<LevelKompetensi> empat = KompetensiFixture.limaLevel().subList(0, 4);

        assertThat(AturanKompetensi.limaLevelLengkap(empat))
                .containsExactly(new Pelanggaran("level", "kompetensi.level.lima"));
    }

    @Test
    void tolakLevelDenganIndikatorKosong() {
        List<LevelKompetensi> level = new ArrayList<>(KompetensiFixture.limaLevel());
        level.set(2, new LevelKompetensi(3, "Deskripsi", "  "));

        assertThat(AturanKompetensi.limaLevelLengkap(level))
                .containsExactly(new Pelanggaran("level[2].indikator", "NotBlank"));
    }

    @Test
    void laporkanSemuaPelanggaranSekaligus() {
        RincianKompetensi kosong = new RincianKompetensi(" ", null, null, null, "", null, null, List.of());

        assertThatThrownBy(() -> Kompetensi.buat("x", kosong, RUMPUN_KEU_SAJA, false))
                .isInstanceOfSatisfying(
                        KompetensiTidakSahException.class,
                        e -> assertThat(e.daftarPelanggaran())
                                .extracting(Pelanggaran::field)
                                .containsExactlyInAnyOrder(
                                        "kode", "nama", "jenis", "definisi", "dasarHukum", "berlakuMulai", "level"));
    }

    @Test
    void tolakKodeYangSudahDipakai() {
        assertThatThrownBy(() -> Kompetensi.buat("M.01", KompetensiFixture.manajerial(), RUMPUN_KEU_SAJA, true))
                .isInstanceOfSatisfying(
                        KonflikException.class, e -> assertThat(e.kodePesan()).isEqualTo("kompetensi.kode.duplikat"));
    }

    @Test
    void nonaktifkanMenutupMasaBerlakuTanpaMenghapus() {
        Kompetensi k = Kompetensi.buat("M.01", KompetensiFixture.manajerial(), RUMPUN_KEU_SAJA, false);

        Kompetensi pensiun = k.nonaktifkan(LocalDate.of(2025, 6, 30));

        assertThat(pensiun.aktif()).isFalse();
        assertThat(pensiun.berlakuSampai()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(pensiun.kode()).isEqualTo("M.01");
        assertThat(pensiun.daftarLevel()).hasSize(5);
        assertThat(k.aktif()).as("aggregate is immutable").isTrue();
    }

    @Test
    void tolakNonaktifkanSebelumBerlakuMulai() {
        Kompetensi k = Kompetensi.buat("M.01", KompetensiFixture.manajerial(), RUMPUN_KEU_SAJA, false);

        assertThatThrownBy(() -> k.nonaktifkan(KompetensiFixture.AWAL.minusDays(1)))
                .isInstanceOf(KompetensiTidakSahException.class);
    }

    @Test
    void tolakNonaktifkanDuaKali() {
        Kompetensi k = Kompetensi.buat("M.01", KompetensiFixture.manajerial(), RUMPUN_KEU_SAJA, false)
                .nonaktifkan(LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> k.nonaktifkan(LocalDate.of(2025, 2, 1))).isInstanceOf(KonflikException.class);
    }

    @Test
    void tolakUbahKompetensiNonaktif() {
        Kompetensi k = Kompetensi.buat("M.01", KompetensiFixture.manajerial(), RUMPUN_KEU_SAJA, false)
                .nonaktifkan(LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> k.ubah(KompetensiFixture.manajerial(), RUMPUN_KEU_SAJA))
                .isInstanceOfSatisfying(
                        KonflikException.class,
                        e -> assertThat(e.kodePesan()).isEqualTo("kompetensi.nonaktif.tidak-dapat-diubah"));
    }

    @Test
    void tolakStandarLevelJenjangPadaJabatanNonFungsional() {
        assertThat(AturanStandarLevel.periksa("ADMINISTRATOR", "AHLI_MUDA", 3, 3))
                .containsExactly(new Pelanggaran("jenjang", "standar-level.jenjang.hanya-fungsional"));
        assertThat(AturanStandarLevel.periksa("FUNGSIONAL", "-", 3, 3))
                .containsExactly(new Pelanggaran("jenjang", "standar-level.jenjang.wajib-fungsional"));
        assertThat(AturanStandarLevel.periksa("PELAKSANA", "-", 1, 6))
                .containsExactly(new Pelanggaran("levelSosialKultural", "standar-level.level.rentang"));
    }
}
