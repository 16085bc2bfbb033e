package org.jifen.engine;

import java.time.YearMonth;

/** The period a rule's {@code @cap} applies to: {@code @capPer("month")} (the default), quarter or year. */
public enum CapWindow {
    MONTH, QUARTER, YEAR;

    /** The first month of the window that holds this month. */
    public YearMonth start(YearMonth month) {
        return switch (this) {
            case MONTH -> month;
            case QUARTER -> YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1);
            case YEAR -> YearMonth.of(month.getYear(), 1);
        };
    }
}
