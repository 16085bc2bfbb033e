package org.jifen.evidence;

import java.time.Instant;
import org.jifen.files.EvidenceKind;
import org.jifen.integrity.ChainedEntry;
import org.jifen.integrity.LinkFields;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence as its village's evidence chain covers it (ADR 0181): everything stored but the bytes, which
 * their SHA-256 stands for. Read without the bytes, so a chain of any size is checked in bounded memory.
 */
record LinkedEvidence(long id, @Nullable Long seq, @Nullable String hash, int format, long villageId,
        long eventRowId, String eventId, EvidenceKind kind, @Nullable String fileName, String contentType, int size,
        String sha256, @Nullable String note, String addedBy, Instant addedAt) {

    LinkFields fields() {
        return LinkFields.of("evidence", villageId, eventRowId, eventId, kind, fileName, contentType, size, sha256,
                note, addedBy, addedAt);
    }

    ChainedEntry asChained() {
        return ChainedEntry.stored(seq, hash, format, "evidence", id, fields());
    }
}
