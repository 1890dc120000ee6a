package id.aparatur.asesmen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.asesmen.domain.KategoriJpm;
import id.aparatur.asesmen.domain.Kesenjangan;
import id.aparatur.asesmen.domain.Kesenjangan.Standar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KesenjanganTests {

    static final List<Standar> SKJ = List.of(
            new Standar("M.01", 3, BigDecimal.ONE),
            new Standar("M.02", 3, new BigDecimal("2")),
            new Standar("T.01", 4, new BigDecimal("1.5")));

    @Test
    void jpmAdalahJumlahMinimumDibagiJumlahStandar() {
        // min(4,3) + min(2,3) + min(0,4) = 3 + 2 + 0 = 5; Σ standar = 10 → 50 %
        Kesenjangan k = Kesenjangan.hitung(SKJ, Map.of("M.01", 4, "M.02", 2), BatasJpm.STANDAR);
        assertThat(k.jpm()).isEqualByComparingTo("50.00");
        assertThat(k.kategori()).isEqualTo(KategoriJpm.KURANG_OPTIMAL);
        assertThat(k.baris()).extracting(Kesenjangan.Baris::selisih).containsExactly(1, -1, -4);
        assertThat(k.baris()).extracting(Kesenjangan.Baris::kesenjangan).containsExactly(0, 1, 4);
        assertThat(k.baris().get(2).levelSaatIni()).as("belum pernah diukur").isNull();
        assertThat(k.totalKesenjangan()).isEqualTo(5);
        // 1×0 + 2×1 + 1.5×4 = 8
        assertThat(k.totalKesenjanganTertimbang()).isEqualByComparingTo("8");
        assertThat(k.jumlahMemenuhi()).isEqualTo(1);
    }

    @Test
    void kelebihanLevelTidakMenutupKekuranganKompetensiLain() {
        Kesenjangan k = Kesenjangan.hitung(SKJ, Map.of("M.01", 5, "M.02", 5, "T.01", 3), BatasJpm.STANDAR);
        assertThat(k.jpm()).isEqualByComparingTo("90.00"); // 3+3+3 / 10
        assertThat(k.kategori()).isEqualTo(KategoriJpm.OPTIMAL);
    }

    @Test
    void batasKategoriInklusifDanDapatDiatur() {
        BatasJpm b = BatasJpm.STANDAR;
        assertThat(b.kategori(new BigDecimal("90"))).isEqualTo(KategoriJpm.OPTIMAL);
        assertThat(b.kategori(new BigDecimal("89.99"))).isEqualTo(KategoriJpm.CUKUP_OPTIMAL);
        assertThat(b.kategori(new BigDecimal("78"))).isEqualTo(KategoriJpm.CUKUP_OPTIMAL);
        assertThat(b.kategori(new BigDecimal("77.99"))).isEqualTo(KategoriJpm.KURANG_OPTIMAL);
        BatasJpm varianB = new BatasJpm(new BigDecimal("80"), new BigDecimal("68"));
        assertThat(varianB.kategori(new BigDecimal("79"))).isEqualTo(KategoriJpm.CUKUP_OPTIMAL);
        assertThatThrownBy(() -> new BatasJpm(new BigDecimal("70"), new BigDecimal("80")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pembulatanSetengahKeAtasDuaDesimal() {
        // 2 / 3 × 100 = 66.666… → 66.67
        Kesenjangan k = Kesenjangan.hitung(
                List.of(new Standar("M.01", 3, BigDecimal.ONE)), Map.of("M.01", 2), BatasJpm.STANDAR);
        assertThat(k.jpm()).isEqualByComparingTo("66.67");
    }

    @Test
    void skjKosongBerarti100Persen() {
        assertThat(Kesenjangan.hitung(List.of(), Map.of("M.01", 1), BatasJpm.STANDAR)
                        .jpm())
                .isEqualByComparingTo("100");
    }
}
