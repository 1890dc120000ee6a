package id.aparatur.penempatan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversion of an SKJ bobot (stored as a share in percent, {@code 0 < bobot ≤ 100} with two decimals; the bobot of
 * one jabatan usually add up to 100) to the engine's integer weight: the bobot rounded half-up to a whole percent
 * point, at least 1 so that no required competency ever drops out of the cost. One level of gap on a competency
 * weighing 12.5 % therefore costs 13 — against 1 for a move and 2 per kelas of difference with the default weights.
 * Exact hundredths would have made the other weights meaningless (a move would cost 1/1250 of such a gap).
 */
public final class BobotSkj {

    private BobotSkj() {}

    public static long keMesin(BigDecimal bobot) {
        return Math.max(1L, bobot.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
