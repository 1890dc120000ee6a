package id.aparatur.akses.application;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A login attempt refused by {@link PembatasLogin} before any password check: the account is locked for this client
 * address (or everywhere), or the address must wait. An account-status exception, so that no other authentication
 * provider gets to check the password instead.
 */
final class PercobaanDibatasiException extends LockedException {

    private final transient Instant sampai;

    PercobaanDibatasiException(Instant sampai) {
        super("Terlalu banyak percobaan masuk; coba lagi sesudah " + sampai);
        this.sampai = sampai;
    }

    /** When attempts are allowed again. */
    Instant sampai() {
        return sampai;
    }
}
