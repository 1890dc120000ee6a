package id.aparatur.perencanaan.kaskade;

import id.aparatur.pegawai.AturanUsia;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The legal age limit of the JPT levels, applied to the cascade's internal candidates for an open selection: on the
 * planned inauguration date the candidate must be below the level's limit (PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c:
 * JPT pratama below 56, so 56 years and 11 months does not pass; the JPT madya value is unconfirmed and configurable).
 * The age comes from pegawai's published {@code pegawai.usia_pada(date)} (twin of {@link AturanUsia}); the birth date
 * is never read by the cascade, and no other gate sees the age.
 *
 * @param batas level → the age the candidate must be below on the inauguration date; a level without an entry has no
 *     limit
 * @param bulanHinggaPelantikan months from the reference date (or from 1 January of the planning year, when later) to
 *     the planned inauguration, the usual length of an open selection (3, unconfirmed)
 */
@id.aparatur.shared.LogikaMerit(
        izinkan = "usia",
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c: usia JPT pratama di bawah 56 tahun saat pelantikan")
public record BatasUsiaJpt(Map<String, Integer> batas, int bulanHinggaPelantikan) {

    public static final BatasUsiaJpt STANDAR = new BatasUsiaJpt(Map.of("JPT_PRATAMA", 56, "JPT_MADYA", 58), 3);

    /** How a candidate stands against the limit of a level. */
    public enum Status {
        /** The level has no age limit. */
        TIDAK_BERLAKU,
        DI_BAWAH_BATAS,
        MENCAPAI_BATAS,
        /** No birth date is recorded: the limit cannot be shown to be met. */
        TIDAK_DIKETAHUI
    }

    public BatasUsiaJpt {
        batas = Map.copyOf(batas);
        if (bulanHinggaPelantikan < 0) {
            throw new IllegalArgumentException("Bulan hingga pelantikan tidak boleh negatif: " + bulanHinggaPelantikan);
        }
    }

    /** The planned inauguration date of a JPT vacancy of this run. */
    public LocalDate tanggalPelantikan(LocalDate acuan, @Nullable Integer tahunRencana) {
        LocalDate dasar = acuan;
        if (tahunRencana != null && LocalDate.of(tahunRencana, 1, 1).isAfter(acuan)) {
            dasar = LocalDate.of(tahunRencana, 1, 1);
        }
        return dasar.plusMonths(bulanHinggaPelantikan);
    }

    /** The candidate against the limit of {@code tingkat}. */
    public Status status(CalonKaskade c, String tingkat) {
        Integer b = batas.get(tingkat);
        if (b == null) {
            return Status.TIDAK_BERLAKU;
        }
        Integer u = c.usia();
        if (u == null) {
            return Status.TIDAK_DIKETAHUI;
        }
        return AturanUsia.diBawahBatas(u, b) ? Status.DI_BAWAH_BATAS : Status.MENCAPAI_BATAS;
    }

    /** Whether the candidate fails the limit of {@code tingkat} (also when the age is unknown). */
    public boolean gagal(CalonKaskade c, String tingkat) {
        Status s = status(c, tingkat);
        return s == Status.MENCAPAI_BATAS || s == Status.TIDAK_DIKETAHUI;
    }
}
