package org.jifen.scoring;

import org.jifen.rules.Awards.Kind;

/** The points one rule granted a household, of one kind, over some months. */
public record RuleTotal(String rule, Kind kind, long points) {
}
