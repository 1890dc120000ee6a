package id.aparatur.seleksi.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The planned dates of one stage of an open selection (both optional; the end not before the start). */
public record JadwalTahap(
        @Nullable LocalDate mulai, @Nullable LocalDate selesai) {

    public static final JadwalTahap KOSONG = new JadwalTahap(null, null);
}
