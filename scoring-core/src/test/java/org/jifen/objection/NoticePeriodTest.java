package org.jifen.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NoticePeriodTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void sevenDaysFromTheDayOfPublicationToMidnightBeijingTime() {
        Instant published = Instant.parse("2024-09-10T01:00:00Z"); // 10 September, 09:00 in the township

        NoticePeriod period = NoticePeriod.of(published, 7, BEIJING);

        assertThat(period.includes(published)).isTrue();
        assertThat(period.includes(published.minusMillis(1))).isFalse();
        assertThat(period.includes(Instant.parse("2024-09-16T15:59:59.999Z"))).isTrue(); // 16 September, 23:59
        assertThat(period.includes(Instant.parse("2024-09-16T16:00:00Z"))).isFalse(); // 17 September, 00:00
        assertThat(period.lastDay(BEIJING)).isEqualTo(LocalDate.of(2024, 9, 16));
    }

    @Test
    void theDayOfPublicationCountsInTheTownshipsTimeNotInUtc() {
        Instant lateEvening = Instant.parse("2024-09-10T15:30:00Z"); // 10 September, 23:30 in the township

        NoticePeriod period = NoticePeriod.of(lateEvening, 1, BEIJING);

        assertThat(period.lastDay(BEIJING)).isEqualTo(LocalDate.of(2024, 9, 10));
        assertThat(period.includes(Instant.parse("2024-09-10T15:59:59Z"))).isTrue();
        assertThat(period.includes(Instant.parse("2024-09-10T16:00:00Z"))).isFalse();
    }
}
