package id.aparatur.penempatan.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An employee is under an active discipline sanction when a riwayat HUKUMAN_DISIPLIN of tingkat SEDANG or BERAT is not
 * cancelled and has no end date ({@code tmt_selesai}) or ends today or later. Such employees are not moved by a
 * placement scenario (when the scenario says so, the default): PP 94/2021 sanctions sedang/berat include demotion and
 * release from position, which a re-placement must not pre-empt, and open selection requires "tidak sedang dalam proses
 * hukuman disiplin tingkat sedang atau berat". A sanction whose TMT lies in the future already counts (it is decided).
 * The snapshot query of the application applies the same rule in SQL.
 */
public final class AturanHukumanDisiplin {

    private AturanHukumanDisiplin() {}

    public static boolean aktif(String tingkat, boolean dibatalkan, @Nullable LocalDate tmtSelesai, LocalDate hariIni) {
        return !dibatalkan && ("SEDANG".equals(tingkat) || "BERAT".equals(tingkat))
                && (tmtSelesai == null || !tmtSelesai.isBefore(hariIni));
    }
}
