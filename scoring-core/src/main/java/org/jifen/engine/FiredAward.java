package org.jifen.engine;

import org.jifen.rules.Awards.Kind;

/** What one firing of a rule asked for: the points as the rule asked, before any month arithmetic. */
public record FiredAward(String rule, Kind kind, int points, String category) {
}
