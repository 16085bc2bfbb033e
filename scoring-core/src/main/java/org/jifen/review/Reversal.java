package org.jifen.review;

import java.time.Instant;
import java.time.YearMonth;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardSource;
import org.jspecify.annotations.Nullable;

/**
 * A reversing entry as recorded: it takes back {@code reverses} in {@code month}, by whom and why; a correction also
 * says what it does to the household's points ({@code effect}, null for a rejection within the month).
 */
public record Reversal(long id, long reverses, long householdId, YearMonth month, String rule, String category,
        Kind kind, int points, AwardSource source, String reason, String recordedBy, @Nullable String decidedBy,
        Instant recordedAt, @Nullable CorrectionEffect effect) {

    static Reversal of(Award reversal, long reverses, @Nullable CorrectionEffect effect) {
        return new Reversal(reversal.id(), reverses, reversal.getHouseholdId(), reversal.getMonth(),
                reversal.getRule(), reversal.getCategory(), reversal.getKind(), reversal.getPoints(),
                reversal.getSource(), String.valueOf(reversal.getReason()), String.valueOf(reversal.getRecordedBy()),
                reversal.getDecidedBy(), reversal.getCreatedAt(), effect);
    }
}
