package org.jifen.cases;

import java.time.Instant;

/** A case's photo without its bytes, for listing. */
public record ListedPhoto(long id, long caseId, String fileName, String contentType, String sha256, int size,
        String addedBy, Instant addedAt) {
}
