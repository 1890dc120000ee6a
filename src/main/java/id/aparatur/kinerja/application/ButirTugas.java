package id.aparatur.kinerja.application;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The lines of a jabatan's uraian tugas (newline-separated text): trimmed, empty lines skipped, numbered from 1. */
final class ButirTugas {

    private ButirTugas() {}

    static List<String> pisah(@Nullable String uraianTugas) {
        if (uraianTugas == null) {
            return List.of();
        }
        return Arrays.stream(uraianTugas.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
