package id.aparatur.aturan;

import java.util.List;

/**
 * A rule that a proposed value breaks.
 *
 * @param jalur the JSON path inside the value ({@code pita[0].batasBawah}); empty for the value as a whole
 * @param kodePesan the message key that explains the rule (Indonesian by default)
 * @param argumen the message's arguments (bounds, allowed values)
 */
public record PelanggaranNilai(String jalur, String kodePesan, List<Object> argumen) {

    public PelanggaranNilai {
        argumen = List.copyOf(argumen);
    }

    public PelanggaranNilai(String jalur, String kodePesan, Object... argumen) {
        this(jalur, kodePesan, List.of(argumen));
    }

    /** The path as the API names it: {@code nilai.pita[0].batasBawah}, or {@code nilai}. */
    public String field() {
        return jalur.isEmpty() ? "nilai" : jalur.startsWith("[") ? "nilai" + jalur : "nilai." + jalur;
    }
}
