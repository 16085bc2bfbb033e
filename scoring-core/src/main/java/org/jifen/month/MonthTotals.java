package org.jifen.month;

import java.util.List;

/** A household's month as it counts: {@code total = base + bonus}, all zero when vetoed. */
public record MonthTotals(int base, int bonus, int total, boolean vetoed, List<Adjustment> adjustments) {
}
