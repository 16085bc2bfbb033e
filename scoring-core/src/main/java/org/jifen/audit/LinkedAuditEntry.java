package org.jifen.audit;

import java.time.Instant;
import org.jifen.integrity.ChainedEntry;
import org.jifen.integrity.LinkFields;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry as the township's chain covers it, read as a projection rather than an entity (ADR 0196), so that
 * checking the log reads rows and nothing more. {@link AuditEntry#linkFields} is this record's.
 */
record LinkedAuditEntry(long id, @Nullable Long seq, @Nullable String hash, int format, Instant actedAt,
        String username, String role, String remoteAddress, @Nullable Long villageId, @Nullable String villageCode,
        String actCode, String actLabel, String target, AuditOutcome outcome, @Nullable String problem,
        String details) {

    LinkFields fields() {
        return LinkFields.of(actedAt, username, role, remoteAddress, villageId, villageCode, actCode, actLabel, target,
                outcome, problem, details);
    }

    ChainedEntry asChained() {
        return ChainedEntry.stored(seq, hash, format, "audit", id, fields());
    }
}
