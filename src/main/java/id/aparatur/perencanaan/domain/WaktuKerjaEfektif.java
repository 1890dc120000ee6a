package id.aparatur.perencanaan.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Waktu kerja efektif (WKE): the working minutes a year one employee has for the tasks, in force from a date.
 * PermenPANRB 1/2020: 1.250 jam = 75.000 menit a year (5-day week). The table is effective-dated so that an older
 * standard (e.g. 72.000 menit, Perka BKN 19/2011) or a future change keeps each year's ABK reproducible.
 *
 * @param berlakuMulai first day it applies
 * @param menitPerTahun minutes per year, 1–525.600
 * @param dasarHukum legal basis or note, never blank
 */
public record WaktuKerjaEfektif(LocalDate berlakuMulai, int menitPerTahun, String dasarHukum) {

    /** Upper limit of a year in minutes (366 × 24 × 60 would not be a working time either). */
    public static final int MAKS_MENIT = 525_600;

    /** PermenPANRB 1/2020, the default row. */
    public static final WaktuKerjaEfektif BAKU =
            new WaktuKerjaEfektif(LocalDate.of(2020, 1, 1), 75_000, "PermenPANRB 1/2020");

    public WaktuKerjaEfektif {
        if (menitPerTahun < 1 || menitPerTahun > MAKS_MENIT || dasarHukum.isBlank()) {
            throw new IllegalArgumentException("WKE tidak sah: " + menitPerTahun);
        }
    }

    /** The row in force on {@code tanggal}: the latest {@code berlakuMulai} not after it; empty before the first. */
    public static Optional<WaktuKerjaEfektif> berlakuPada(Collection<WaktuKerjaEfektif> tabel, LocalDate tanggal) {
        return tabel.stream()
                .filter(w -> !w.berlakuMulai().isAfter(tanggal))
                .max(Comparator.comparing(WaktuKerjaEfektif::berlakuMulai));
    }

    /** The row an ABK of {@code tahun} uses: the one in force on 1 January of that year. */
    public static Optional<WaktuKerjaEfektif> untukTahun(Collection<WaktuKerjaEfektif> tabel, int tahun) {
        return berlakuPada(tabel, LocalDate.of(tahun, 1, 1));
    }
}
