package id.aparatur.arsitekturcontoh.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.util.Assert;

/** Deliberate violations of the rules in {@code ArsitekturTests}; never used by the application. */
public final class PelanggaranContoh {

    private PelanggaranContoh() {}

    static LocalDate hariIni(Clock clock) {
        Assert.notNull(clock, "clock");
        LocalDate sah = LocalDate.now(clock);
        LocalDate tanpaJam = LocalDate.now();
        return tanpaJam.isAfter(sah) ? tanpaJam : sah;
    }

    static long milidetik() {
        System.out.println(ZonedDateTime.now(ZoneId.of("Asia/Jakarta")));
        new IllegalStateException().printStackTrace();
        return System.currentTimeMillis() + Clock.systemUTC().millis() + new Date().getTime();
    }
}
