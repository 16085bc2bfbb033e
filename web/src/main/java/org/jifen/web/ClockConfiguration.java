package org.jifen.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's clock. "Today" decides which month is open (corrections land in it, and only months already over
 * can be finalised), and it is today in the township, not in UTC: a month turns at midnight Beijing time.
 */
@Configuration
class ClockConfiguration {

    /**
     * @param zone the township's time zone
     * @param fixedAt a moment the clock stands still at, for demonstrations and tests of a past month; unset in
     *     production
     */
    @ConfigurationProperties("jifen.clock")
    record ClockSettings(@DefaultValue("Asia/Shanghai") ZoneId zone, @Nullable Instant fixedAt) {
    }

    /**
     * Ticks in microseconds, the precision both databases keep: a time answered when something is recorded is then
     * exactly the time read back later.
     */
    @Bean
    Clock clock(ClockSettings settings) {
        return settings.fixedAt() == null ? Clock.tick(Clock.system(settings.zone()), Duration.ofNanos(1_000))
                : Clock.fixed(settings.fixedAt(), settings.zone());
    }
}
