package id.aparatur.perencanaan.domain;

import org.jspecify.annotations.Nullable;

/**
 * One uraian tugas of an ABK: what is done, its hasil kerja and satuan, how many units a year (volume) and the minutes
 * one unit takes (norma waktu). Beban kerja = volume × norma waktu (PermenPANRB 1/2020). Build it through
 * {@link AturanAbk#periksa} so that the limits are checked.
 *
 * @param uraian the task, never blank
 * @param volume units per year, &gt; 0
 * @param normaWaktu minutes per unit, &gt; 0
 */
public record TugasAbk(
        String uraian,
        @Nullable String hasilKerja,
        @Nullable String satuan,
        long volume,
        long normaWaktu) {

    public TugasAbk {
        if (uraian.isBlank() || volume <= 0 || normaWaktu <= 0) {
            throw new IllegalArgumentException("uraian kosong, volume atau norma waktu tidak positif");
        }
    }

    /**
     * @return volume × norma waktu in minutes
     * @throws ArithmeticException on overflow (impossible within the limits of {@link AturanAbk})
     */
    public long bebanMenit() {
        return Math.multiplyExact(volume, normaWaktu);
    }
}
