package id.aparatur.seleksi.domain;

import java.math.BigDecimal;

/**
 * Allowed range and default of one weight, in percent.
 *
 * @param min the lowest allowed weight (inclusive)
 * @param maks the highest allowed weight (inclusive)
 * @param baku the default, within {@code [min, maks]}
 */
public record RentangBobot(BigDecimal min, BigDecimal maks, BigDecimal baku) {

    public RentangBobot {
        if (min.signum() < 0
                || maks.compareTo(BigDecimal.valueOf(100)) > 0
                || min.compareTo(maks) > 0
                || baku.compareTo(min) < 0
                || baku.compareTo(maks) > 0) {
            throw new IllegalArgumentException("Rentang bobot tidak sah: " + min + "–" + maks + ", baku " + baku);
        }
    }

    public static RentangBobot dari(int min, int maks, int baku) {
        return new RentangBobot(BigDecimal.valueOf(min), BigDecimal.valueOf(maks), BigDecimal.valueOf(baku));
    }

    public boolean memuat(BigDecimal nilai) {
        return nilai.compareTo(min) >= 0 && nilai.compareTo(maks) <= 0;
    }
}
