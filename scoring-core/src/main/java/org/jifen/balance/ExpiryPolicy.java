package org.jifen.balance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The village's expiry rule as answered: the mode, its reset day, the rule in a sentence, and who set it when. */
public record ExpiryPolicy(String village, ExpiryMode mode, String label, @Nullable String resetDay,
        String description, @Nullable String changedBy, @Nullable Instant changedAt) {
}
