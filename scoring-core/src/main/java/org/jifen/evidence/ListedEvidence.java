package org.jifen.evidence;

import java.time.Instant;
import org.jifen.files.EvidenceKind;
import org.jspecify.annotations.Nullable;

/** A row's metadata, read without its bytes. */
record ListedEvidence(long id, String eventId, EvidenceKind kind, @Nullable String fileName, String contentType,
        int size, String sha256, @Nullable String note, String addedBy, Instant addedAt) {

    EvidenceItem item(String villageCode) {
        return new EvidenceItem(id, eventId, kind, fileName, contentType, size, sha256, note, addedBy, addedAt,
                EvidenceItems.downloadPath(villageCode, id));
    }
}
