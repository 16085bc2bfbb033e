package org.jifen.supermarket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jifen.integrity.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * A household exchanging points for an item, as the counter submits it. {@code redemptionId} is the client's
 * idempotency key, unique per village: the same id again with the same body changes nothing. {@code quantity} left
 * out is one piece (documented in the guide; an explicit 1 and none are the same body).
 */
public record Redeem(
        @NotBlank @Size(max = 64, message = "兑换单号最长 64 个字") @Pattern(regexp = "[\\p{L}\\p{N}._:\\-]+", message = "只能包含文字、数字和 . _ : -")
        String redemptionId,
        @NotNull Long rewardId,
        @Min(value = 1, message = "数量至少为 1") @Max(value = 1_000, message = "一次最多兑换 1000 件")
        @Nullable Integer quantity,
        @Size(max = 200) @Nullable String note) {

    public Redeem {
        quantity = quantity == null ? 1 : quantity;
        note = note == null || note.isBlank() ? null : note;
    }

    /** What makes two submissions "the same body": every field, the household of the path included. */
    String fingerprint(long householdId) {
        return Sha256.hex(redemptionId + '\u0000' + householdId + '\u0000' + rewardId + '\u0000' + quantity
                + '\u0000' + (note == null ? "" : note));
    }
}
