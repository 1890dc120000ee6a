package id.aparatur.pegawai;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether an employee is under an active discipline sanction of tingkat sedang or berat on a reference date: a valid
 * (not cancelled) riwayat {@link JenisRiwayat#HUKUMAN_DISIPLIN} of tingkat SEDANG or BERAT without an end date
 * ({@code tmt_selesai}) or ending on the reference date or later. A sanction whose TMT lies in the future already
 * counts: it is decided.
 *
 * <p>Legal basis: PP 94/2021 Pasal 8 (the sanctions sedang — pemotongan tunjangan kinerja — and berat — demotion,
 * release from position, dismissal); PP 11/2017 Pasal 107/127 and PermenPANRB 15/2019 (a candidate for promotion or an
 * open selection must not be "sedang dalam proses hukuman disiplin tingkat sedang atau berat"). Callers: placement
 * (employees under such a sanction keep their seat when the scenario says so), the promotion cascade (gate) and the
 * open selection (eligibility hint).
 *
 * <p>The same rule in SQL, for set-wise use, is the published function {@code pegawai.dalam_hukuman_disiplin(date)}
 * ({@code R__pegawai_kontrak_baca.sql}); {@code AturanHukumanDisiplinIT} proves the two agree.
 */
public final class AturanHukumanDisiplin {

    /** The tingkat hukuman disiplin that exclude (PP 94/2021 Pasal 8 ayat 1). */
    public static final Set<String> TINGKAT_MENGECUALIKAN = Set.of("SEDANG", "BERAT");

    private AturanHukumanDisiplin() {}

    /**
     * @param tingkat the riwayat's tingkat (RINGAN, SEDANG, BERAT), may be null for old entries
     * @param dibatalkan whether the riwayat entry was cancelled
     * @param tmtSelesai the end of the sanction, null = no end recorded
     * @param acuan the reference date
     * @return true when this entry makes the employee "under an active sanction sedang/berat" on {@code acuan}
     */
    public static boolean aktif(
            @Nullable String tingkat, boolean dibatalkan, @Nullable LocalDate tmtSelesai, LocalDate acuan) {
        return !dibatalkan
                && tingkat != null
                && TINGKAT_MENGECUALIKAN.contains(tingkat)
                && (tmtSelesai == null || !tmtSelesai.isBefore(acuan));
    }
}
