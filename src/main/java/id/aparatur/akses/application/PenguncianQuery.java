package id.aparatur.akses.application;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The BKD page of login lockouts ({@code /akses/penguncian}): what {@link PembatasLogin} restricts and restricted. */
@Service
public class PenguncianQuery {

    /**
     * One row of the page.
     *
     * @param jenis what is restricted: an account from one address, an address, or an account everywhere
     * @param aktif whether attempts are still refused now
     */
    public record Baris(
            PembatasLogin.Jenis jenis,
            @Nullable String username,
            @Nullable String alamat,
            OffsetDateTime sejak,
            OffsetDateTime sampai,
            int percobaan,
            boolean istimewa,
            boolean aktif) {}

    private final PembatasLogin pembatas;
    private final Clock clock;

    PenguncianQuery(PembatasLogin pembatas, Clock clock) {
        this.pembatas = pembatas;
        this.clock = clock;
    }

    /** Current lockouts first, then those that ended, newest first within each. Only ADMIN_BKD. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<Baris> daftar() {
        Instant kini = clock.instant();
        return pembatas.daftar().stream()
                .map(p -> new Baris(
                        p.jenis(),
                        p.username(),
                        p.alamat(),
                        OffsetDateTime.ofInstant(p.sejak(), clock.getZone()),
                        OffsetDateTime.ofInstant(p.sampai(), clock.getZone()),
                        p.percobaan(),
                        p.istimewa(),
                        p.aktif(kini)))
                .sorted(java.util.Comparator.comparing(Baris::aktif).reversed())
                .toList();
    }
}
