package org.jifen.engine;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a plan's own tests may date an event on, at upload (ADR 0201): those of the months the plan could be put
 * in force from or tried on ({@code PlausibleMonths}: five years back, twelve months ahead), which the service gives
 * the check. 0001-01-01 and 9999-12-31 were accepted (eighth outside attack); stored plans are compiled again with
 * {@link #ANY}, as their tests passed when they were uploaded.
 */
public record TestDays(LocalDate earliest, LocalDate latest) {

    public static final TestDays ANY = new TestDays(LocalDate.MIN, LocalDate.MAX);

    /** Why a test may not be dated on this day, or null when it may. */
    @Nullable String implausible(LocalDate day) {
        if (!day.isBefore(earliest) && !day.isAfter(latest)) {
            return null;
        }
        return "日期「" + day + "」不合常理：测试里的事件只能写 " + earliest + " 到 " + latest + " 之间的日子"
                + "（和方案能启用、试算的月份一样），请写真实可能登记的日期";
    }
}
