package org.jifen.balance;

import java.time.Instant;
import java.time.LocalDate;
import org.jifen.integrity.ChainedEntry;
import org.jifen.integrity.LinkFields;
import org.jspecify.annotations.Nullable;

/**
 * A points entry as its village's ledger chain covers it, read as a projection rather than an entity (ADR 0196).
 * {@link PointsEntry#linkFields} is this record's.
 */
record LinkedPointsEntry(long id, @Nullable Long seq, @Nullable String hash, int format, long villageId,
        long householdId, PointsKind kind, int points, @Nullable Long redemptionRowId, @Nullable LocalDate expiredOn,
        String reason, String recordedBy, Instant createdAt) {

    LinkFields fields() {
        return LinkFields.of("points", villageId, householdId, kind, points, redemptionRowId, expiredOn, reason,
                recordedBy, createdAt);
    }

    ChainedEntry asChained() {
        return ChainedEntry.stored(seq, hash, format, "points", id, fields());
    }
}
