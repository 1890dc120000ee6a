package id.aparatur.shared;

import java.util.Arrays;
import java.util.Optional;

/** Golongan/ruang PNS with the official pangkat names (PP 99/2000 jo. PP 12/2002), in ascending order. */
public enum Golongan {
    I_A("I/a", "Juru Muda"),
    I_B("I/b", "Juru Muda Tingkat I"),
    I_C("I/c", "Juru"),
    I_D("I/d", "Juru Tingkat I"),
    II_A("II/a", "Pengatur Muda"),
    II_B("II/b", "Pengatur Muda Tingkat I"),
    II_C("II/c", "Pengatur"),
    II_D("II/d", "Pengatur Tingkat I"),
    III_A("III/a", "Penata Muda"),
    III_B("III/b", "Penata Muda Tingkat I"),
    III_C("III/c", "Penata"),
    III_D("III/d", "Penata Tingkat I"),
    IV_A("IV/a", "Pembina"),
    IV_B("IV/b", "Pembina Tingkat I"),
    IV_C("IV/c", "Pembina Utama Muda"),
    IV_D("IV/d", "Pembina Utama Madya"),
    IV_E("IV/e", "Pembina Utama");

    private final String kode;
    private final String pangkat;

    Golongan(String kode, String pangkat) {
        this.kode = kode;
        this.pangkat = pangkat;
    }

    /** As written on an SK, e.g. {@code III/a}. */
    public String kode() {
        return kode;
    }

    /** The pangkat name, e.g. {@code Penata Muda}. */
    public String pangkat() {
        return pangkat;
    }

    /** {@code Penata Muda (III/a)}. */
    public String lengkap() {
        return pangkat + " (" + kode + ")";
    }

    /** Parses {@code III/a}, {@code III/A}, {@code iii/a} or {@code III_A}. */
    public static Optional<Golongan> dari(String teks) {
        if (teks == null) {
            return Optional.empty();
        }
        String t = teks.trim().replace('_', '/').replace(" ", "");
        return Arrays.stream(values()).filter(g -> g.kode.equalsIgnoreCase(t)).findFirst();
    }
}
