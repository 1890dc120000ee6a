package id.aparatur.sistem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a person typed into a search box (the pickers of jabatan and pegawai), split into words: every word must match
 * somewhere (name, code, unit, OPD), so "analis keuangan dinkes" narrows instead of widening. Words are at most
 * {@value #KATA_MAKS} and at most {@value #PANJANG_KATA_MAKS} characters each; wildcards are escaped for ILIKE.
 *
 * @param kata the words, lower case, none blank
 * @param angka all digits (spaces ignored), e.g. a NIP prefix; null when the text has anything else
 */
public record KataCari(List<String> kata, @Nullable String angka) {

    /** Shortest text that is searched at all. */
    public static final int PANJANG_MIN = 2;

    public static final int KATA_MAKS = 5;
    public static final int PANJANG_KATA_MAKS = 60;

    public KataCari {
        kata = List.copyOf(kata);
    }

    public static KataCari dari(@Nullable String teks) {
        // Control characters (a NUL byte PostgreSQL would refuse) separate words like spaces.
        String t = teks == null ? "" : teks.replaceAll("\\p{Cntrl}", " ").strip();
        if (t.length() < PANJANG_MIN) {
            return new KataCari(List.of(), null);
        }
        String rapat = t.replaceAll("\\s+", "");
        String angka = rapat.matches("[0-9]+") ? rapat : null;
        List<String> kata = new ArrayList<>();
        for (String k : t.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!k.isBlank() && kata.size() < KATA_MAKS) {
                kata.add(k.length() > PANJANG_KATA_MAKS ? k.substring(0, PANJANG_KATA_MAKS) : k);
            }
        }
        return new KataCari(kata, angka);
    }

    /** Nothing (or too little) was typed. */
    public boolean kosong() {
        return kata.isEmpty();
    }

    /** {@code %word%} for ILIKE, with {@code \ % _} escaped. */
    public String pola(int i) {
        return "%" + lolos(kata.get(i)) + "%";
    }

    /** {@code word%}: the text starts with the first word (to rank such matches first). */
    public String awalan() {
        return lolos(kata.get(0)) + "%";
    }

    private static String lolos(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
