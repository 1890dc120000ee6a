package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.PredikatKinerja;
import java.util.EnumMap;
import java.util.Map;

/**
 * The share of the performance part of the TPP (tambahan penghasilan pegawai) paid for each predikat. Set by each
 * Pemda's Perkada, so it is configuration. The default is the public example of reference §5.9 (Baik 50 %, Butuh
 * Perbaikan 35 %, Kurang 20 %, Sangat Kurang 0 % of the TPP; illustrative [U]) as shares of the full component:
 * Sangat Baik 100 %, Baik 100 %, Butuh Perbaikan 70 %, Kurang 40 %, Sangat Kurang 0 %.
 *
 * @param persen per predikat, 0–100
 */
public record TabelTpp(Map<PredikatKinerja, Integer> persen) {

    public TabelTpp {
        Map<PredikatKinerja, Integer> salin = new EnumMap<>(PredikatKinerja.class);
        salin.putAll(persen);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            Integer v = salin.get(p);
            if (v == null || v < 0 || v > 100) {
                throw new IllegalArgumentException("Persentase TPP untuk " + p + " harus 0–100, bukan " + v);
            }
        }
        persen = Map.copyOf(salin);
    }

    public static final TabelTpp STANDAR = new TabelTpp(Map.of(
            PredikatKinerja.SANGAT_BAIK,
            100,
            PredikatKinerja.BAIK,
            100,
            PredikatKinerja.BUTUH_PERBAIKAN,
            70,
            PredikatKinerja.KURANG,
            40,
            PredikatKinerja.SANGAT_KURANG,
            0));

    /** The TPP performance component in rupiah for a base amount, rounded down to whole rupiah. */
    public long tpp(long dasarRupiah, PredikatKinerja p) {
        if (dasarRupiah < 0) {
            throw new IllegalArgumentException("Dasar TPP tidak boleh negatif");
        }
        return Math.multiplyExact(dasarRupiah, (long) persen.get(p)) / 100;
    }
}
