package org.jifen.engine;

import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * What one firing of a rule asked for: the points as the rule asked, before any month arithmetic.
 *
 * @param capKey the value of the rule's {@code @capBy} attribute on the event it scored (the person, the deed), whose
 *     cap is its own; null for a rule capped per household
 */
public record FiredAward(String rule, Kind kind, int points, String category, @Nullable String capKey) {

    public FiredAward(String rule, Kind kind, int points, String category) {
        this(rule, kind, points, category, null);
    }
}
