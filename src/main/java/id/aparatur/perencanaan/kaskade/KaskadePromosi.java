package id.aparatur.perencanaan.kaskade;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The internal promotion cascade. */
public final class KaskadePromosi {

    private KaskadePromosi() {}

    /** Runs the whole cascade. */
    public static HasilKaskade jalankan(MasalahKaskade m) {
        throw new UnsupportedOperationException("belum");
    }

    /**
     * The gates {@code c} fails for a promotion from {@code asal} (the seat held now, null = none) to {@code tujuan},
     * in the order of {@link Gerbang}; empty = eligible.
     */
    public static List<Gerbang> gerbang(AturanKaskade a, CalonKaskade c, @Nullable PosisiKaskade asal,
            PosisiKaskade tujuan, boolean periksaRumpun) {
        throw new UnsupportedOperationException("belum");
    }
}
