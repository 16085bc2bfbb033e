package org.jifen.plan;

import java.time.YearMonth;
import org.jifen.engine.TestDays;

/**
 * The months a plan version can be put in force from or tried on: at most five years back (older months hold no
 * events, which are refused as implausible) and at most twelve months ahead; anything outside is a typing mistake
 * (「0000-01」, 「1900-01」) and is refused by the activation and the simulation alike (ADR 0215).
 */
public record PlausibleMonths(YearMonth earliest, YearMonth latest) {

    /** Months before this many years ago hold no events. */
    static final int OLDEST_YEARS = 5;
    /** A version may be scheduled at most this many months ahead. */
    static final int FURTHEST_MONTHS = 12;

    public static PlausibleMonths around(YearMonth current) {
        return new PlausibleMonths(current.minusYears(OLDEST_YEARS), current.plusMonths(FURTHEST_MONTHS));
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(earliest) && !month.isAfter(latest);
    }

    /** The days of these months: those a plan's own tests may date an event on at upload (ADR 0201). */
    public TestDays testDays() {
        return new TestDays(earliest.atDay(1), latest.atEndOfMonth());
    }
}
