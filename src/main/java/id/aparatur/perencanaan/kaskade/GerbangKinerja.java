package id.aparatur.perencanaan.kaskade;

import id.aparatur.kinerja.PredikatKinerja;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The performance gate of a promotion: the predikat kinerja of each of the {@code tahun} years before the reference
 * year must be BAIK or better (PP 11/2017 jo. PP 17/2020 Pasal 54/55 for pengawas and administrator and Pasal 107 for
 * JPT: "penilaian kinerja … bernilai baik dalam 2 (dua) tahun terakhir"; PP 30/2019 and PermenPANRB 6/2022 for the
 * predikat). A year without a final SKP is <em>data tidak lengkap</em>: it is never passed silently — the policy
 * {@code dataTidakLengkap} decides (TOLAK, the default: not promoted; IZINKAN: promoted, and the explanation says the
 * data was incomplete and the policy allowed it).
 *
 * @param tahun how many years before the reference year must be BAIK (2)
 * @param minimalBaik false switches the whole gate off (and with it the incomplete-data check)
 * @param dataTidakLengkap what a missing year means
 */
public record GerbangKinerja(int tahun, boolean minimalBaik, KebijakanDataTidakLengkap dataTidakLengkap) {

    /** PP 11/2017: two years, BAIK or better; a missing year is not promoted. */
    public static final GerbangKinerja STANDAR = new GerbangKinerja(2, true, KebijakanDataTidakLengkap.TOLAK);

    /** What a year without a final SKP means for the gate. */
    public enum KebijakanDataTidakLengkap {
        /** Not promoted (the default). */
        TOLAK,
        /** Promoted when the years that exist are BAIK or better; the explanation says the data was incomplete. */
        IZINKAN
    }

    public GerbangKinerja {
        if (tahun < 0) {
            throw new IllegalArgumentException("Tahun kinerja tidak boleh negatif: " + tahun);
        }
    }

    /**
     * Whether an existing predikat of the window is below BAIK.
     *
     * @param predikatTahunan the predikat of the years before the reference year, newest first (null = no final SKP)
     */
    public boolean gagalPredikat(List<@Nullable PredikatKinerja> predikatTahunan) {
        if (!minimalBaik) {
            return false;
        }
        for (int i = 0; i < Math.min(tahun, predikatTahunan.size()); i++) {
            PredikatKinerja p = predikatTahunan.get(i);
            if (p != null && p.compareTo(PredikatKinerja.BAIK) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a year of the window has no predikat (data tidak lengkap), whatever the policy. */
    public boolean tidakLengkap(List<@Nullable PredikatKinerja> predikatTahunan) {
        if (!minimalBaik) {
            return false;
        }
        for (int i = 0; i < tahun; i++) {
            if (i >= predikatTahunan.size() || predikatTahunan.get(i) == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether incomplete data stops the promotion (TOLAK and a year missing). */
    public boolean gagalDataTidakLengkap(List<@Nullable PredikatKinerja> predikatTahunan) {
        return dataTidakLengkap == KebijakanDataTidakLengkap.TOLAK && tidakLengkap(predikatTahunan);
    }

    /** Either part fails. */
    public boolean gagal(List<@Nullable PredikatKinerja> predikatTahunan) {
        return gagalPredikat(predikatTahunan) || gagalDataTidakLengkap(predikatTahunan);
    }
}
