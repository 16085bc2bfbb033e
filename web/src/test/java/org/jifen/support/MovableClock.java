package org.jifen.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock, set by the test: a notice period of seven days cannot be waited out, so a use case that
 * needs the period to end moves the township's time forward. Import it with {@code @Import(MovableClock.Config.class)}.
 */
public final class MovableClock extends Clock {

    private static final ZoneId TOWNSHIP = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    MovableClock(Instant now) {
        this.now = now;
    }

    public void set(Instant moment) {
        this.now = moment;
    }

    @Override
    public ZoneId getZone() {
        return TOWNSHIP;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Puts the movable clock in place of the service's own. */
    @TestConfiguration
    public static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2024-09-10T01:00:00Z"));
        }
    }
}
