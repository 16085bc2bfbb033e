package org.jifen.month;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A difference between what the rules asked for and what the month counts, shown in the ledger so that the awards
 * plus the adjustments always add up to the household's total.
 *
 * @param rule the rule whose cap applied, for {@link Reason#CAP}
 * @param kind for {@link Reason#CAP}, the kind of points the cap trimmed
 * @param capKey for {@link Reason#CAP} by an attribute, its value ("" for entries that named none); a finalised
 *     month's frozen adjustments say with these what each capped rule counted there (ADR 0218)
 */
public record Adjustment(Reason reason, @Nullable String rule, long points, String explanation,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Kind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String capKey) {

    public Adjustment(Reason reason, @Nullable String rule, long points, String explanation) {
        this(reason, rule, points, explanation, null, null);
    }

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
