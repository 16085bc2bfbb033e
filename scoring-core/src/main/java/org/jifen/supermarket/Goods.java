package org.jifen.supermarket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Goods received into stock (where they came from), or written off (why): both with how many. */
public record Goods(
        @NotNull @Min(1) @Max(100_000) Integer quantity,
        @NotBlank @Size(max = 200) String reason) {
}
