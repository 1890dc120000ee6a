package id.aparatur.pegawai.domain;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Batas Usia Pensiun (BUP) from the jenis and jenjang of the current jabatan, and the TMT pensiun: the first day of the
 * month after the month in which the employee reaches the BUP (UU 20/2023; PP 11/2017 jo. PP 17/2020). The ages are
 * configurable ({@code aparatur.bup.*}) because the reference marks several as unconfirmed.
 *
 * @param bawaan the BUP when nothing more specific applies (58)
 * @param perJenis BUP by jenis jabatan (e.g. {@code JPT_PRATAMA=60})
 * @param perJenjang BUP by jenjang of a jabatan fungsional (e.g. {@code AHLI_MADYA=60}, {@code AHLI_UTAMA=65})
 */
public record AturanPensiun(int bawaan, Map<String, Integer> perJenis, Map<String, Integer> perJenjang) {

    public static final AturanPensiun STANDAR = new AturanPensiun(
            58,
            Map.of("JPT_UTAMA", 60, "JPT_MADYA", 60, "JPT_PRATAMA", 60),
            Map.of("AHLI_MADYA", 60, "AHLI_UTAMA", 65));

    public AturanPensiun {
        perJenis = Map.copyOf(perJenis);
        perJenjang = Map.copyOf(perJenjang);
    }

    public int bup(@Nullable String jenisJabatan, @Nullable String jenjang) {
        if (jenjang != null && perJenjang.containsKey(jenjang)) {
            return perJenjang.get(jenjang);
        }
        if (jenisJabatan != null && perJenis.containsKey(jenisJabatan)) {
            return perJenis.get(jenisJabatan);
        }
        return bawaan;
    }

    /** First day of the month following the month of the BUP birthday. */
    public static LocalDate tmtPensiun(LocalDate tanggalLahir, int bup) {
        return tanggalLahir.plusYears(bup).withDayOfMonth(1).plusMonths(1);
    }
}
