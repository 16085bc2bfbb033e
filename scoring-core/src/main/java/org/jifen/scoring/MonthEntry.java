package org.jifen.scoring;

import org.jifen.engine.FiredAward;
import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * A ledger entry as the month-end reads it (ADR 0208): the columns that decide what a household's month-end rules see
 * and what is taken back, read as a projection rather than an entity, so that reading a village's month builds no
 * entity and grows no persistence context. An entry to take back is read again as an {@link Award}. An entry only
 * counted, not written yet (a re-scoring counts the month as it would leave it, ADR 0217), has id {@link #NOT_WRITTEN},
 * which no stored entry has (ids start at 1) and no reversal refers to.
 */
public record MonthEntry(long id, long householdId, AwardSource source, @Nullable String eventId, long ruleSetId,
        String rule, String category, Kind kind, int points, @Nullable String capKey, @Nullable Long reversesAwardId) {

    /** The id of an entry not written yet. */
    public static final long NOT_WRITTEN = 0;

    /** The entry as the month-end reads it, whether it is stored already or only about to be written. */
    public static MonthEntry of(Award award) {
        return new MonthEntry(award.isWritten() ? award.id() : NOT_WRITTEN, award.getHouseholdId(), award.getSource(),
                award.getEventId(), award.getRuleSetId(), award.getRule(), award.getCategory(), award.getKind(),
                award.getPoints(), award.getCapKey(), award.getReversesAwardId());
    }

    public boolean isReversal() {
        return reversesAwardId != null;
    }

    /** The entry as the rules would give it again: rule, kind, points, category and cap key. */
    public FiredAward asFired() {
        return new FiredAward(rule, kind, points, category, capKey);
    }
}
