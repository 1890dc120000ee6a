package id.aparatur.asesmen.domain;

import java.math.BigDecimal;

/**
 * JPM category bands: {@code optimal} and above is Optimal, {@code cukupOptimal} up to below {@code optimal} is Cukup
 * Optimal, below that Kurang Optimal. Defaults 90 and 78 (variant A in the reference).
 */
public record BatasJpm(BigDecimal optimal, BigDecimal cukupOptimal) {

    public static final BatasJpm STANDAR = new BatasJpm(new BigDecimal("90"), new BigDecimal("78"));

    public BatasJpm {
        if (cukupOptimal.compareTo(optimal) > 0
                || optimal.compareTo(new BigDecimal("100")) > 0
                || cukupOptimal.signum() < 0) {
            throw new IllegalArgumentException("Batas JPM tidak sah: 0 <= cukupOptimal <= optimal <= 100");
        }
    }

    public KategoriJpm kategori(BigDecimal jpm) {
        if (jpm.compareTo(optimal) >= 0) {
            return KategoriJpm.OPTIMAL;
        }
        return jpm.compareTo(cukupOptimal) >= 0 ? KategoriJpm.CUKUP_OPTIMAL : KategoriJpm.KURANG_OPTIMAL;
    }
}
