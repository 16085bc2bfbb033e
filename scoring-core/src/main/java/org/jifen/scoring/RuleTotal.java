package org.jifen.scoring;

import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The points one rule granted a household, of one kind, over some months; per value of its cap's attribute
 * ({@code capKey}, null for entries without one).
 */
public record RuleTotal(String rule, @Nullable String capKey, Kind kind, long points) {

    public RuleTotal(String rule, Kind kind, long points) {
        this(rule, null, kind, points);
    }
}
