package org.jifen.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying a village's chain: {@code entries} checked, and the first entry found altered, missing
 * or out of order ({@code null} when the chain is intact).
 */
public record LedgerCheck(boolean valid, long entries, @Nullable Broken firstInvalid) {

    /**
     * Where the chain breaks: the chain position, the entry there (if any), and why. {@code awardId} names an award;
     * {@code entryKind} and {@code entryId} name any entry ({@code award}, or {@code points} for points spent,
     * returned or expired).
     */
    public record Broken(long seq, @Nullable Long awardId, String reason, @Nullable String entryKind,
            @Nullable Long entryId) {
    }
}
