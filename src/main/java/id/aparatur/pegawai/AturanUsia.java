package id.aparatur.pegawai;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age in completed years on a date, for the legal age limits only (the JPT age limit of PP 11/2017 jo. PP 17/2020
 * Pasal 107: a JPT pratama candidate must be below 56 on the planned inauguration date, so 56 years and 11 months does
 * not pass). Other modules never read the birth date: they ask pegawai's published function
 * {@code pegawai.usia_pada(date)} ({@code R__pegawai_kontrak_baca.sql}), the SQL twin of {@link #usiaPada};
 * {@code AturanUsiaIT} proves the two agree (also for a birthday on 29 February, which both count as reached on 28
 * February in a common year).
 */
@id.aparatur.shared.LogikaMerit(
        izinkan = {"tanggalLahir", "usia"},
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107: batas usia JPT")
public final class AturanUsia {

    private AturanUsia() {}

    /** Completed years from {@code lahir} to {@code tanggal}. */
    public static int usiaPada(LocalDate lahir, LocalDate tanggal) {
        return Period.between(lahir, tanggal).getYears();
    }

    /** Whether an age in completed years is below the limit {@code batas} ("belum berusia {@code batas} tahun"). */
    public static boolean diBawahBatas(int usia, int batas) {
        return usia < batas;
    }
}
