package org.jifen.supermarket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An item of the catalogue as answered: {@code cost} in points, {@code stock} on hand now. */
public record RewardView(long id, String name, int cost, int stock, boolean onSale, @Nullable String description,
        String createdBy, Instant createdAt) {

    static RewardView of(Reward reward) {
        return new RewardView(reward.id(), reward.getName(), reward.getCost(), reward.getStock(), reward.isOnSale(),
                reward.getDescription(), reward.getCreatedBy(), reward.getCreatedAt());
    }
}
