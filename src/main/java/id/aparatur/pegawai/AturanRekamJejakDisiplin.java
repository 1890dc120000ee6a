package id.aparatur.pegawai;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The disciplinary track record a JPT candidate must have: never sanctioned at tingkat sedang or berat (any valid,
 * not cancelled riwayat {@link JenisRiwayat#HUKUMAN_DISIPLIN} of tingkat SEDANG or BERAT, whatever its dates — also one
 * that has ended) and not under a disciplinary examination (a valid riwayat {@link JenisRiwayat#PEMERIKSAAN_DISIPLIN}
 * without an end, or ending on the reference date or later). Stricter than {@link AturanHukumanDisiplin} (an active
 * sanction), which the promotion cascade and the placement use.
 *
 * <p>Legal basis: PP 11/2017 jo. PP 17/2020 Pasal 107 (JPT requirements: rekam jejak, integritas, moralitas);
 * PermenPANRB 15/2019 (announcements require "tidak pernah dijatuhi dan/atau sedang dalam proses hukuman disiplin
 * tingkat sedang atau berat"); PP 94/2021 Pasal 8 (tingkat) and Pasal 27–31 (pemeriksaan).
 *
 * <p>The same rule in SQL is the published function {@code pegawai.rekam_jejak_disiplin(date)}
 * ({@code R__pegawai_kontrak_baca.sql}); {@code AturanRekamJejakDisiplinIT} proves the two agree.
 */
public final class AturanRekamJejakDisiplin {

    private AturanRekamJejakDisiplin() {}

    /** Whether this riwayat entry means "ever sanctioned sedang/berat". */
    public static boolean pernahSedangAtauBerat(JenisRiwayat jenis, @Nullable String tingkat, boolean dibatalkan) {
        return !dibatalkan
                && jenis == JenisRiwayat.HUKUMAN_DISIPLIN
                && tingkat != null
                && AturanHukumanDisiplin.TINGKAT_MENGECUALIKAN.contains(tingkat);
    }

    /** Whether this riwayat entry means "under examination on {@code acuan}". */
    public static boolean dalamPemeriksaan(
            JenisRiwayat jenis, boolean dibatalkan, @Nullable LocalDate tmtSelesai, LocalDate acuan) {
        return !dibatalkan
                && jenis == JenisRiwayat.PEMERIKSAAN_DISIPLIN
                && (tmtSelesai == null || !tmtSelesai.isBefore(acuan));
    }
}
