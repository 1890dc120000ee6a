package id.aparatur.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Golongan of a PPPK, I to XVII (Perpres 98/2020 on the salary of PPPK; PP 49/2018). Not a pangkat: a PPPK has no
 * golongan/ruang I/a–IV/e and no pangkat name ({@link Golongan} stays the PNS scale). In ascending order.
 */
public enum GolonganPppk {
    I,
    II,
    III,
    IV,
    V,
    VI,
    VII,
    VIII,
    IX,
    X,
    XI,
    XII,
    XIII,
    XIV,
    XV,
    XVI,
    XVII;

    /** As written on a perjanjian kerja, e.g. {@code IX}. */
    public String kode() {
        return name();
    }

    /** Parses {@code IX}, {@code ix} or the number {@code 9}. */
    public static Optional<GolonganPppk> dari(String teks) {
        if (teks == null) {
            return Optional.empty();
        }
        String t = teks.trim().toUpperCase(Locale.ROOT);
        if (t.matches("[0-9]{1,2}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= values().length ? Optional.of(values()[n - 1]) : Optional.empty();
        }
        return Arrays.stream(values()).filter(g -> g.name().equals(t)).findFirst();
    }
}
