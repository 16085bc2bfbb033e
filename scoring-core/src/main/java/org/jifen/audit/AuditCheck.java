package org.jifen.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying the audit chain: {@code entries} checked, and the first entry found altered, missing or out
 * of order ({@code null} when the chain is intact). The same shape as a village ledger's check.
 */
public record AuditCheck(boolean valid, long entries, @Nullable Broken firstInvalid) {

    /** Where the chain breaks: the chain position, the entry there (if any), and why. */
    public record Broken(long seq, @Nullable Long entryId, String reason) {
    }
}
