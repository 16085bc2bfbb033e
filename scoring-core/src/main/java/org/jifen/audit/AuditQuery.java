package org.jifen.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which entries to read, newest first: of one village and one act (code), between two township days (both
 * included); any of them may be left out. {@code page} counts from 0.
 */
public record AuditQuery(@Nullable String village, @Nullable String act, @Nullable LocalDate from,
        @Nullable LocalDate to, int page, int size) {

    public static final int MAX_SIZE = 200;

    public AuditQuery {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new MalformedAuditQuery("page 须为 0 或更大，size 须在 1 到 " + MAX_SIZE + " 之间");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new MalformedAuditQuery("起始日期 from（" + from + "）晚于结束日期 to（" + to + "）");
        }
    }
}
