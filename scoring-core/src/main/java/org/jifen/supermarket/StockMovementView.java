package org.jifen.supermarket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change of an item's stock as answered; {@code redemptionId} names the redemption behind it, if any. */
public record StockMovementView(long id, long rewardId, StockChange kind, String label, int quantity,
        int stockAfter, @Nullable String reason, @Nullable String redemptionId, String recordedBy,
        Instant recordedAt) {

    static StockMovementView of(StockMovement movement, @Nullable String redemptionId) {
        return new StockMovementView(movement.id(), movement.getRewardId(), movement.getKind(),
                movement.getKind().label(), movement.getQuantity(), movement.getStockAfter(), movement.getReason(),
                redemptionId, movement.getRecordedBy(), movement.getRecordedAt());
    }
}
