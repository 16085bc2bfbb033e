package org.jifen.month;

import org.jspecify.annotations.Nullable;

/**
 * A difference between what the rules asked for and what the month counts, shown in the ledger so that the awards
 * plus the adjustments always add up to the household's total.
 *
 * @param rule the rule whose cap applied, for {@link Reason#CAP}
 */
public record Adjustment(Reason reason, @Nullable String rule, long points, String explanation) {

    public enum Reason {
        /** A rule's {@code @cap}: it may count at most so much per month, quarter or year. */
        CAP,
        /** Base points never count below 0 in a month. */
        FLOOR,
        /** Base points count at most 100 in a month (the plan's monthly full score), bonus points at most 1000. */
        CEILING,
        /** 一票否决: the month counts zero. */
        VETO
    }
}
