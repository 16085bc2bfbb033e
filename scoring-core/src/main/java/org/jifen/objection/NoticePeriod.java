package org.jifen.objection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The notice period (公示期) of a published quarter: from the moment of publication to the end of its last day, in
 * whole days counted in the township's time, the day of publication being the first (ADR 0028). Published on
 * 10 September with 7 days, objections are taken until 16 September, 24:00 Beijing time.
 */
public record NoticePeriod(Instant starts, Instant ends) {

    public static NoticePeriod of(Instant publishedAt, int days, ZoneId zone) {
        LocalDate first = publishedAt.atZone(zone).toLocalDate();
        return new NoticePeriod(publishedAt, first.plusDays(days).atStartOfDay(zone).toInstant());
    }

    public boolean includes(Instant moment) {
        return !moment.isBefore(starts) && moment.isBefore(ends);
    }

    /** The last day on which objections are taken, as the notice board says it. */
    public LocalDate lastDay(ZoneId zone) {
        return ends.atZone(zone).toLocalDate().minusDays(1);
    }
}
