package org.jifen.month;

import java.time.Instant;
import java.util.List;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardSource;
import org.jspecify.annotations.Nullable;

/**
 * A household's month: what counts ({@code base} within 0..100, {@code bonus}, {@code total}), every award as its
 * rule asked, and every adjustment, so that the sum of awards and adjustments is the total. A finalised month shows
 * the figures as they were finalised and never changes again. {@code ruleSetVersion} is the plan version that
 * governs the month (ADR 0055): its caps and month-end rules are the month's; null where no version does.
 */
public record MonthView(String month, int base, int bonus, int total, boolean vetoed, boolean finalised,
        List<Entry> awards, List<Adjustment> adjustments,
        @Nullable Integer ruleSetVersion) {

    /**
     * One award of the month. A reversing entry (review, correction, or a month-end award that no longer applies)
     * names the entry it takes back in {@code reverses}, with who recorded it and why.
     */
    public record Entry(long id, String rule, String category, Kind kind, int points, AwardSource source,
            @Nullable String eventId, int ruleSetVersion, Instant recordedAt, @Nullable Long reverses,
            @Nullable String reason, @Nullable String recordedBy) {

        static Entry of(Award award) {
            return new Entry(award.id(), award.getRule(), award.getCategory(), award.getKind(), award.getPoints(),
                    award.getSource(), award.getEventId(), award.getRuleSetVersion(), award.getCreatedAt(),
                    award.getReversesAwardId(), award.getReason(), award.getRecordedBy());
        }
    }
}
