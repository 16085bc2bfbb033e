package org.jifen.balance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A village's choice: {@code NEVER}, {@code YEARLY} on {@code resetDay} ({@code MM-dd}, such as {@code 12-31}), or
 * {@code AFTER_A_YEAR}.
 */
public record NewExpiryPolicy(
        @NotNull ExpiryMode mode,
        @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", message = "清零日写作 月-日，如 12-31")
        @Nullable String resetDay) {
}
