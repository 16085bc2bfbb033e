package org.jifen.supermarket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A redemption as answered and printed on its receipt: the household, the item at the cost it had then, the points,
 * what the household had left after it, who recorded it when, and its cancellation if it was cancelled.
 */
public record RedemptionView(long id, String redemptionId, long householdId, String householdNo, String headName,
        String group, long rewardId, String reward, int cost, int quantity, int points, int availableAfter,
        @Nullable String note, String recordedBy, Instant recordedAt, @Nullable Cancelled cancelled,
        String receipt) {

    /** Who took the redemption back, when and why. */
    public record Cancelled(String reason, String by, Instant at) {
    }
}
