package org.jifen.evidence;

import java.time.Instant;
import org.jifen.files.EvidenceKind;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence as listed and traced: what it is, the SHA-256 of its bytes (the file's, or the note's UTF-8
 * bytes for a note on its own), who added it and when, and where to download it.
 */
public record EvidenceItem(long id, String eventId, EvidenceKind kind, @Nullable String fileName, String contentType,
        int size, String sha256, @Nullable String note, String addedBy, Instant addedAt, String download) {
}
