package org.jifen.scoring;

import org.jifen.engine.FiredAward;
import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A ledger entry as the month-end reads it (ADR 0208): the columns that decide what a household's month-end rules see
 * and what is taken back, read as a projection rather than an entity, so that reading a village's month builds no
 * entity and grows no persistence context. An entry to take back is read again as an {@link Award}.
 */
public record MonthEntry(long id, long householdId, AwardSource source, @Nullable String eventId, long ruleSetId,
        String rule, String category, Kind kind, int points, @Nullable String capKey, @Nullable Long reversesAwardId) {

    public boolean isReversal() {
        return reversesAwardId != null;
    }

    /** The entry as the rules would give it again: rule, kind, points, category and cap key. */
    public FiredAward asFired() {
        return new FiredAward(rule, kind, points, category, capKey);
    }
}
