package org.jifen.scoring;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying a village's chain: {@code entries} checked, and the first entry found altered, missing
 * or out of order ({@code null} when the chain is intact).
 */
public record LedgerCheck(boolean valid, long entries, @Nullable Broken firstInvalid) {

    /** Where the chain breaks: the chain position, the entry there (if any), and why. */
    public record Broken(long seq, @Nullable Long awardId, String reason) {
    }
}
