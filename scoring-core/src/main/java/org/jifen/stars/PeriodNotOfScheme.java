package org.jifen.stars;

import org.jifen.problem.Unprocessable;

/** A period that is not the kind the village rates stars by (a year where it rates by quarter, or the reverse). */
public class PeriodNotOfScheme extends Unprocessable {

    public PeriodNotOfScheme(String period, StarPeriod scheme) {
        super("本村星级户按" + scheme.label() + "评定，期间「" + period + "」不是一个" + scheme.label()
                + (scheme == StarPeriod.QUARTER ? "（应写成 2024-Q3）" : "（应写成 2024）"));
    }
}
