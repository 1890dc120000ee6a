package id.aparatur.perencanaan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ABK version guards its own lifecycle: DRAF → DIAJUKAN → FINAL/DIKEMBALIKAN, edits only while editable, salin. */
class AbkTests {

    static final WaktuKerjaEfektif WKE = WaktuKerjaEfektif.BAKU;
    static final WaktuKerjaEfektif WKE_BARU = new WaktuKerjaEfektif(LocalDate.of(2027, 1, 1), 72_000, "Uji");

    static AturanAbk.Isian isian(String uraian, long volume, long norma) {
        return new AturanAbk.Isian(uraian, "Hasil", "dokumen", BigDecimal.valueOf(volume), BigDecimal.valueOf(norma));
    }

    static Abk draf() {
        return Abk.buat(5, 9, 2026, WKE, AturanPembulatan.SETENGAH_KE_ATAS);
    }

    static Abk dengan(StatusAbk status, List<TugasAbk> tugas) {
        return Abk.pulihkan(
                1,
                5,
                9,
                2026,
                status,
                WKE.menitPerTahun(),
                WKE.berlakuMulai(),
                AturanPembulatan.SETENGAH_KE_ATAS,
                tugas,
                null,
                3);
    }

    static final List<TugasAbk> TUGAS = List.of(
            new TugasAbk("Menyusun laporan", null, null, 120, 180), new TugasAbk("Tugas B", null, null, 1, 40_000));

    static String kode(Throwable t) {
        return t instanceof KonflikException k
                ? k.kodePesan()
                : ((ValidasiException) t).galat().get(0).kodePesan();
    }

    @Test
    void drafBaruTanpaTugasDenganWkeTahunnya() {
        Abk a = draf();
        assertThat(a.status()).isEqualTo(StatusAbk.DRAF);
        assertThat(a.tugas()).isEmpty();
        assertThat(a.wkeMenit()).isEqualTo(75_000);
        assertThat(a.kebutuhan()).isZero();
        assertThatThrownBy(() -> Abk.buat(5, 9, 1999, WKE, AturanPembulatan.KE_ATAS))
                .isInstanceOf(ValidasiException.class);
    }

    @Test
    void tugasDigantiDanKebutuhanDihitung() {
        Abk a = dengan(StatusAbk.DRAF, List.of())
                .gantiTugas(
                        List.of(isian("Menyusun laporan", 120, 180), isian("Tugas B", 1, 40_000)),
                        3,
                        WKE,
                        AturanPembulatan.SETENGAH_KE_ATAS);
        // 120 × 180 + 40.000 = 61.600 ÷ 75.000 = 0,82 → 1 pegawai.
        assertThat(a.totalBebanMenit()).isEqualTo(61_600);
        assertThat(a.kebutuhan()).isEqualTo(1);
        assertThat(a.tugasDiubah()).isTrue();
        assertThat(a.langkah()).isNull();
        assertThat(a.versi()).isEqualTo(3);
    }

    @Test
    void tugasHanyaDapatDiubahSelamaDrafAtauDikembalikanDenganVersiTerkini() {
        assertThat(dengan(StatusAbk.DIKEMBALIKAN, TUGAS)
                        .gantiTugas(List.of(), 3, WKE, AturanPembulatan.KE_ATAS)
                        .tugas())
                .isEmpty();
        for (StatusAbk s : List.of(StatusAbk.DIAJUKAN, StatusAbk.FINAL)) {
            assertThatThrownBy(() -> dengan(s, TUGAS).gantiTugas(List.of(), 99, WKE, AturanPembulatan.KE_ATAS))
                    .as("status lebih dulu")
                    .satisfies(t -> assertThat(kode(t)).isEqualTo("abk.status.tidak-dapat-diubah"));
        }
        assertThatThrownBy(() -> dengan(StatusAbk.DRAF, TUGAS)
                        .gantiTugas(List.of(isian("", 0, 0)), 2, WKE, AturanPembulatan.KE_ATAS))
                .as("versi sebelum isian")
                .satisfies(t -> assertThat(kode(t)).isEqualTo(Abk.VERSI_USANG));
        assertThatThrownBy(() -> dengan(StatusAbk.DRAF, TUGAS)
                        .gantiTugas(List.of(isian("x", 1, 75_001)), 3, WKE, AturanPembulatan.KE_ATAS))
                .isInstanceOf(ValidasiException.class);
    }

    @Test
    void diajukanMenyegarkanDasarPerhitunganDanDibekukan() {
        Abk a = dengan(StatusAbk.DRAF, TUGAS).ajukan(WKE_BARU, AturanPembulatan.KE_ATAS);
        assertThat(a.status()).isEqualTo(StatusAbk.DIAJUKAN);
        assertThat(a.langkah()).isEqualTo(new Abk.Langkah(StatusAbk.DRAF, StatusAbk.DIAJUKAN, null));
        assertThat(a.wkeMenit()).isEqualTo(72_000);
        assertThat(a.aturanPembulatan()).isEqualTo(AturanPembulatan.KE_ATAS);
        assertThat(a.kebutuhan()).isEqualTo(1);
        assertThatThrownBy(() -> dengan(StatusAbk.DRAF, List.of()).ajukan(WKE, AturanPembulatan.KE_ATAS))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("abk.ajukan.tanpa-tugas"));
        assertThatThrownBy(() -> a.ajukan(WKE, AturanPembulatan.KE_ATAS))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("abk.status.tidak-dapat-diajukan"));
    }

    @Test
    void bkdMemfinalkanAtauMengembalikanYangDiajukan() {
        Abk diajukan = dengan(StatusAbk.DIAJUKAN, TUGAS);
        Abk fin = diajukan.finalkan();
        assertThat(fin.status()).isEqualTo(StatusAbk.FINAL);
        assertThat(fin.tugasDiubah()).isFalse();
        assertThat(fin.kebutuhan()).isEqualTo(1);
        Abk kembali = diajukan.kembalikan("  Volume terlalu besar ");
        assertThat(kembali.status()).isEqualTo(StatusAbk.DIKEMBALIKAN);
        assertThat(kembali.catatanPengembalian()).isEqualTo("Volume terlalu besar");
        assertThat(kembali.langkah().catatan()).isEqualTo("Volume terlalu besar");
        assertThatThrownBy(() -> diajukan.kembalikan(" "))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("abk.catatan.wajib"));
        assertThatThrownBy(() -> dengan(StatusAbk.DRAF, TUGAS).finalkan())
                .satisfies(t -> assertThat(kode(t)).isEqualTo("abk.status.finalkan-belum-diajukan"));
        assertThatThrownBy(fin::finalkan).isInstanceOf(KonflikException.class);
        assertThatThrownBy(() -> fin.kembalikan("Terlambat")).isInstanceOf(KonflikException.class);
    }

    @Test
    void disalinKeTahunBerikutSebagaiDrafDenganWkeTahunItu() {
        Abk salin = dengan(StatusAbk.FINAL, TUGAS).salinKeTahunBerikut(WKE_BARU, AturanPembulatan.SETENGAH_KE_ATAS);
        assertThat(salin.id()).isNull();
        assertThat(salin.disalinDariId()).isEqualTo(1L);
        assertThat(salin.tahun()).isEqualTo(2027);
        assertThat(salin.status()).isEqualTo(StatusAbk.DRAF);
        assertThat(salin.tugas()).isEqualTo(TUGAS);
        assertThat(salin.wkeMenit()).isEqualTo(72_000);
        Abk akhir = Abk.pulihkan(
                2,
                5,
                9,
                AturanAbk.TAHUN_MAKS,
                StatusAbk.FINAL,
                75_000,
                WKE.berlakuMulai(),
                AturanPembulatan.KE_ATAS,
                TUGAS,
                null,
                0);
        assertThatThrownBy(() -> akhir.salinKeTahunBerikut(WKE, AturanPembulatan.KE_ATAS))
                .isInstanceOf(ValidasiException.class);
        // A task longer than the new WKE cannot be copied.
        Abk panjang = dengan(StatusAbk.FINAL, List.of(new TugasAbk("Panjang", null, null, 1, 75_000)));
        assertThatThrownBy(() -> panjang.salinKeTahunBerikut(WKE_BARU, AturanPembulatan.KE_ATAS))
                .isInstanceOf(ValidasiException.class);
    }
}
