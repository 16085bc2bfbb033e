package org.jifen.supermarket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An item of the catalogue as answered: {@code cost} in points, {@code stock} on hand now, and where its photo is
 * ({@code photo}, null when it has none).
 */
public record RewardView(long id, String name, int cost, int stock, boolean onSale, @Nullable String description,
        @Nullable String photo, String createdBy, Instant createdAt) {

    static RewardView of(String village, Reward reward, boolean hasPhoto) {
        return new RewardView(reward.id(), reward.getName(), reward.getCost(), reward.getStock(), reward.isOnSale(),
                reward.getDescription(),
                hasPhoto ? "/api/villages/" + village + "/rewards/" + reward.id() + "/photo" : null,
                reward.getCreatedBy(), reward.getCreatedAt());
    }
}
