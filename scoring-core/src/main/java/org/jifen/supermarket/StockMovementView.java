package org.jifen.supermarket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A change of an item's stock as answered; {@code redemptionId} names the redemption behind it, if any,
 * {@code fundEntry} the fund's purchase whose goods a receipt is, {@code reverses} the receipt a reversal takes back.
 */
public record StockMovementView(long id, long rewardId, StockChange kind, String label, int quantity,
        int stockAfter, @Nullable String reason, @Nullable String redemptionId, @Nullable Long fundEntry,
        @Nullable Long reverses, String recordedBy, Instant recordedAt) {

    static StockMovementView of(StockMovement movement, @Nullable String redemptionId) {
        return new StockMovementView(movement.id(), movement.getRewardId(), movement.getKind(),
                movement.getKind().label(), movement.getQuantity(), movement.getStockAfter(), movement.getReason(),
                redemptionId, movement.getFundEntryId(), movement.getReversesId(), movement.getRecordedBy(),
                movement.getRecordedAt());
    }
}
