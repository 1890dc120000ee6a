package id.aparatur.akses.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: after {@code aparatur.login.maks-gagal} failed attempts within the lock window an account is
 * locked for {@code aparatur.login.kunci-menit} minutes (form login and HTTP Basic alike). A successful login resets
 * the count.
 */
@Component
public class PembatasLogin {

    private record Catatan(int gagal, Instant awal) {}

    private final Map<String, Catatan> catatan = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maksGagal;
    private final Duration kunci;

    PembatasLogin(Clock clock, @Value("${aparatur.login.maks-gagal:5}") int maksGagal,
            @Value("${aparatur.login.kunci-menit:15}") int kunciMenit) {
        this.clock = clock;
        this.maksGagal = maksGagal;
        this.kunci = Duration.ofMinutes(kunciMenit);
    }

    public boolean terkunci(String username) {
        Catatan c = catatan.get(kunci(username));
        if (c == null) {
            return false;
        }
        if (c.awal().plus(kunci).isBefore(clock.instant())) {
            catatan.remove(kunci(username));
            return false;
        }
        return c.gagal() >= maksGagal;
    }

    @EventListener
    void gagal(AuthenticationFailureBadCredentialsEvent e) {
        Instant now = clock.instant();
        catatan.compute(kunci(e.getAuthentication().getName()), (k, c) ->
                c == null || c.awal().plus(kunci).isBefore(now) ? new Catatan(1, now) : new Catatan(c.gagal() + 1, c.awal()));
        if (catatan.size() > 100_000) {
            catatan.entrySet().removeIf(en -> en.getValue().awal().plus(kunci).isBefore(now));
        }
    }

    @EventListener
    void berhasil(AuthenticationSuccessEvent e) {
        catatan.remove(kunci(e.getAuthentication().getName()));
    }

    private static String kunci(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
