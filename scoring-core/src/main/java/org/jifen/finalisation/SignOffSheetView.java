package org.jifen.finalisation;

import java.time.Instant;
import java.time.YearMonth;

/** A signed sheet of a finalised month as listed: what it is, its SHA-256, who attached it when. */
public record SignOffSheetView(long id, YearMonth month, String fileName, String contentType, int size, String sha256,
        String addedBy, Instant addedAt) {

    public boolean photo() {
        return contentType.startsWith("image/");
    }
}
