package org.jifen.stars;

import org.jifen.month.Period;
import org.jifen.problem.Unprocessable;

/**
 * A period that is not the kind the village rates stars by (a year where it rates by quarter, or the reverse); the
 * example is of the year asked about, not a fixed one.
 */
public class PeriodNotOfScheme extends Unprocessable {

    public PeriodNotOfScheme(Period period, StarPeriod scheme) {
        super("本村星级户按" + scheme.label() + "评定，期间「" + period.text() + "」不是一个" + scheme.label()
                + "（应写成 " + period.first().getYear() + (scheme == StarPeriod.QUARTER ? "-Q" + quarter(period) : "")
                + "）");
    }

    private static int quarter(Period period) {
        return (period.first().getMonthValue() - 1) / 3 + 1;
    }
}
