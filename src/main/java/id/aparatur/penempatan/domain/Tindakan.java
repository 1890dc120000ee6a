package id.aparatur.penempatan.domain;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Who did a step of a scenario and when it was recorded (record time from the injected clock; never the tanggal SK or
 * the TMT of a decision).
 */
public record Tindakan(String oleh, OffsetDateTime pada) {

    public Tindakan {
        Objects.requireNonNull(oleh);
        Objects.requireNonNull(pada);
    }
}
