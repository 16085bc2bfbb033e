package org.jifen.scoring;

import java.time.Instant;
import java.time.YearMonth;
import org.jifen.integrity.ChainedEntry;
import org.jifen.integrity.LinkFields;
import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * An award as its village's chain covers it, read as a projection rather than an entity (ADR 0196): no persistence
 * context holds it, so a chain of any size is checked at the speed of reading rows. {@link Award#linkFields} is
 * this record's, so both say the same.
 */
record LinkedAward(long id, @Nullable Long seq, @Nullable String hash, int format, long villageId, long householdId,
        YearMonth month, AwardSource source, @Nullable Long eventRowId, @Nullable String eventId, long ruleSetId,
        int ruleSetVersion, String ruleSetSha256, String rule, String category, Kind kind, int points,
        @Nullable Long reversesAwardId, @Nullable String reason, @Nullable String recordedBy,
        @Nullable String decidedBy, Instant createdAt, @Nullable String capKey) {

    /** What the entry's link covers; the cap key came later, so entries written before it hash as they did. */
    LinkFields fields() {
        return LinkFields.of(villageId, householdId, month, source, eventRowId, eventId, ruleSetId, ruleSetVersion,
                ruleSetSha256, rule, category, kind, points, reversesAwardId, reason, recordedBy, decidedBy, createdAt)
                .late("capKey", capKey);
    }

    ChainedEntry asChained() {
        return ChainedEntry.stored(seq, hash, format, "award", id, fields());
    }
}
