package org.counterdesk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock the test moves by hand, in the organisation's time zone. */
public final class MutableClock extends Clock {

    public static final ZoneId MELBOURNE = ZoneId.of("Australia/Melbourne");

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** 10:15 in Melbourne on a weekday in November 2026 (daylight saving in force). */
    public static MutableClock melbourneMorning() {
        return new MutableClock(ZonedDateTime.of(2026, 11, 23, 10, 15, 0, 0, MELBOURNE).toInstant(), MELBOURNE);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return z;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return MutableClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return MutableClock.this.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
