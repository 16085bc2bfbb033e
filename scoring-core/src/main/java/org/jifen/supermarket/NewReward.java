package org.jifen.supermarket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An item for the catalogue: its name, its cost in points, the stock it starts with, and whether it is on sale. */
public record NewReward(
        @NotBlank @Size(max = 60) String name,
        @NotNull @Min(1) @Max(100_000) Integer cost,
        @Min(0) @Max(1_000_000) @Nullable Integer stock,
        @Size(max = 200) @Nullable String description,
        @Nullable Boolean onSale) {

    public NewReward {
        name = name == null ? null : name.strip();
        stock = stock == null ? 0 : stock;
        description = description == null || description.isBlank() ? null : description;
        onSale = onSale == null || onSale;
    }
}
