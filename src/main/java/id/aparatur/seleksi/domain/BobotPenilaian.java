package id.aparatur.seleksi.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The weights of one selection in percent, each within its range ({@link AturanBobot#periksa}); relative, the nilai
 * akhir divides by their sum.
 *
 * @param makalah weight of the makalah
 * @param kompetensi weight of the assessment (seleksi kompetensi)
 * @param wawancara weight of the wawancara akhir
 * @param rekamJejak weight of the penelusuran rekam jejak
 */
public record BobotPenilaian(BigDecimal makalah, BigDecimal kompetensi, BigDecimal wawancara, BigDecimal rekamJejak) {

    public BigDecimal jumlah() {
        return makalah.add(kompetensi).add(wawancara).add(rekamJejak);
    }

    public BigDecimal dari(KomponenNilai k) {
        return switch (k) {
            case MAKALAH -> makalah;
            case KOMPETENSI -> kompetensi;
            case WAWANCARA -> wawancara;
            case REKAM_JEJAK -> rekamJejak;
        };
    }

    public Map<String, BigDecimal> sebagaiPeta() {
        return Map.of("makalah", makalah, "kompetensi", kompetensi, "wawancara", wawancara, "rekamJejak", rekamJejak);
    }
}
