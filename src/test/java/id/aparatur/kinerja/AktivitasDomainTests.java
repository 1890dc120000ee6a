package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.kinerja.domain.JamEfektif;
import id.aparatur.kinerja.domain.JamEfektif.Selang;
import id.aparatur.kinerja.domain.KesesuaianJabatan;
import id.aparatur.kinerja.domain.KesesuaianJabatan.Butir;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AktivitasDomainTests {

    static final LocalDate H1 = LocalDate.of(2026, 11, 2);
    static final LocalDate H2 = LocalDate.of(2026, 11, 3);

    static Selang s(LocalDate t, String mulai, String selesai) {
        return new Selang(t, LocalTime.parse(mulai), LocalTime.parse(selesai));
    }

    @Test
    void jamEfektifPerHariDanTotal() {
        var h = JamEfektif.hitung(List.of(
                s(H1, "08:00", "10:00"), s(H1, "10:00", "11:30"), s(H1, "13:00", "13:45"), s(H2, "07:30", "08:10")));
        assertThat(h.menitPerHari()).containsExactly(java.util.Map.entry(H1, 255), java.util.Map.entry(H2, 40));
        assertThat(h.totalMenit()).isEqualTo(295);
    }

    @Test
    void tumpangTindihTidakDihitungDuaKali() {
        var h = JamEfektif.hitung(List.of(s(H1, "08:00", "10:00"), s(H1, "09:00", "09:30"), s(H1, "09:45", "10:15")));
        assertThat(h.totalMenit()).isEqualTo(135);
    }

    @Test
    void tanpaAktivitasNol() {
        assertThat(JamEfektif.hitung(List.of()).totalMenit()).isZero();
        assertThat(JamEfektif.hitung(List.of()).menitPerHari()).isEmpty();
    }

    @Test
    void selangTerbalikDitolak() {
        assertThatThrownBy(() -> s(H1, "10:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s(H1, "10:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kesesuaianBagianTugasSendiri() {
        var h = KesesuaianJabatan.hitung(
                List.of(new Butir(1L, 1L, 300), new Butir(1L, 7L, 60), new Butir(1L, 9L, 40), new Butir(1L, null, 120)),
                KesesuaianJabatan.AMBANG_BAKU);
        assertThat(h.menitSendiri()).isEqualTo(300);
        assertThat(h.menitJabatanLain()).isEqualTo(100);
        assertThat(h.menitTanpaTugas()).isEqualTo(120);
        assertThat(h.persenSesuai()).isEqualByComparingTo("75.0");
        assertThat(h.jabatanLainId()).isEqualTo(7L);
        assertThat(h.persenJabatanLain()).isEqualByComparingTo("15.0");
        assertThat(h.sinyalPenempatan()).isFalse();
    }

    @Test
    void ambangTepatTidakMemicuSinyalSedikitDiAtasMemicu() {
        // 30 of 100 task minutes on jabatan 7: exactly the threshold → no signal
        var tepat = KesesuaianJabatan.hitung(
                List.of(new Butir(1L, 1L, 70), new Butir(1L, 7L, 30)), KesesuaianJabatan.AMBANG_BAKU);
        assertThat(tepat.persenJabatanLain()).isEqualByComparingTo("30.0");
        assertThat(tepat.sinyalPenempatan()).isFalse();
        // 301 of 1000 → 30.1 % → signal
        var lebih = KesesuaianJabatan.hitung(
                List.of(new Butir(1L, 1L, 699), new Butir(1L, 7L, 301)), KesesuaianJabatan.AMBANG_BAKU);
        assertThat(lebih.sinyalPenempatan()).isTrue();
        assertThat(lebih.jabatanLainId()).isEqualTo(7L);
        // a share that rounds to 30.0 but is above it still counts (exact comparison): 3001/10000
        var bulat = KesesuaianJabatan.hitung(
                List.of(new Butir(1L, 1L, 6999), new Butir(1L, 7L, 3001)), KesesuaianJabatan.AMBANG_BAKU);
        assertThat(bulat.persenJabatanLain()).isEqualByComparingTo("30.0");
        assertThat(bulat.sinyalPenempatan()).isTrue();
    }

    @Test
    void ambangDapatDikonfigurasi() {
        var b = List.of(new Butir(1L, 1L, 80), new Butir(1L, 7L, 20));
        assertThat(KesesuaianJabatan.hitung(b, BigDecimal.valueOf(19)).sinyalPenempatan())
                .isTrue();
        assertThat(KesesuaianJabatan.hitung(b, BigDecimal.valueOf(20)).sinyalPenempatan())
                .isFalse();
        assertThatThrownBy(() -> KesesuaianJabatan.hitung(b, BigDecimal.valueOf(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jabatanLainTerbesarDisebutSeriDiambilIdTerkecil() {
        var h = KesesuaianJabatan.hitung(
                List.of(new Butir(1L, 9L, 50), new Butir(1L, 7L, 50), new Butir(1L, 8L, 10)),
                KesesuaianJabatan.AMBANG_BAKU);
        assertThat(h.jabatanLainId()).isEqualTo(7L);
        assertThat(h.persenSesuai()).isEqualByComparingTo("0.0");
        assertThat(h.sinyalPenempatan()).isTrue();
    }

    @Test
    void tugasJabatanLamaSesudahMutasiDihitungMenurutJabatanSaatMencatat() {
        // logged under jabatan 1 on its own task, then moved to jabatan 2 doing jabatan 2's task: both fit
        var h = KesesuaianJabatan.hitung(
                List.of(new Butir(1L, 1L, 60), new Butir(2L, 2L, 60)), KesesuaianJabatan.AMBANG_BAKU);
        assertThat(h.persenSesuai()).isEqualByComparingTo("100.0");
        assertThat(h.jabatanLainId()).isNull();
        assertThat(h.sinyalPenempatan()).isFalse();
    }

    @Test
    void tanpaMenitTerkaitTugasTidakAdaPersen() {
        var h = KesesuaianJabatan.hitung(List.of(new Butir(1L, null, 60)), KesesuaianJabatan.AMBANG_BAKU);
        assertThat(h.persenSesuai()).isNull();
        assertThat(h.menitTanpaTugas()).isEqualTo(60);
        assertThat(h.sinyalPenempatan()).isFalse();
    }
}
