package id.aparatur.shared;

import java.time.LocalDate;

/**
 * The tahun anggaran (fiscal year) for which needs (kebutuhan, formasi) are planned and on whose last day a planned
 * year's bezetting is counted: UU 17/2003 tentang Keuangan Negara Pasal 4 — the tahun anggaran runs from 1 January to
 * 31 December. The one home of that date for every module that plans by year (the peta kebutuhan projection, the
 * promotion cascade with retirements).
 */
public final class TahunAnggaran {

    private TahunAnggaran() {}

    /** The first day of tahun anggaran {@code tahun}: 1 January. */
    public static LocalDate awal(int tahun) {
        return LocalDate.of(tahun, 1, 1);
    }

    /** The last day of tahun anggaran {@code tahun}: 31 December. */
    public static LocalDate akhir(int tahun) {
        return LocalDate.of(tahun, 12, 31);
    }
}
