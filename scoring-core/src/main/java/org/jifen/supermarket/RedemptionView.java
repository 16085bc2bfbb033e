package org.jifen.supermarket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A redemption as answered and printed on its receipt: the household, the item at the cost it had then, the points,
 * what the household had left after it ({@code availableAfter}, as it was then), who recorded it when, and its
 * cancellation if it was cancelled, with what the household had once the points were back.
 */
public record RedemptionView(long id, String redemptionId, long householdId, String householdNo, String headName,
        String group, long rewardId, String reward, int cost, int quantity, int points, int availableAfter,
        @Nullable String note, String recordedBy, Instant recordedAt, @Nullable Cancelled cancelled,
        String receipt) {

    /**
     * Who took the redemption back, when and why, and the points the household had available once they were back
     * ({@code availableAfter}; null for cancellations recorded before it was kept).
     */
    public record Cancelled(String reason, String by, Instant at, @Nullable Integer availableAfter) {
    }
}
