package org.jifen.audit;

import java.util.List;

/** A page of the audit log, newest first, and how many entries match in all. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
}
