package org.jifen.supermarket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A change to an item: any of its name, cost, description and whether it is on sale; what is left out stays. */
public record RewardEdit(
        @Size(min = 1, max = 60) @Nullable String name,
        @Min(1) @Max(100_000) @Nullable Integer cost,
        @Size(max = 200) @Nullable String description,
        @Nullable Boolean onSale) {
}
