package org.jifen.fund;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Goods bought out of the fund: how much in yuan, from which supplier, on which day (today when left out). Goods for
 * the supermarket name the item ({@code rewardId}) and {@code quantity}: they are received into its stock at once.
 */
public record NewPurchase(
        @NotNull @DecimalMin(value = "0.01", message = "金额至少 0.01 元")
        @DecimalMax(value = "100000000", message = "金额不超过 1 亿元")
        @Digits(integer = 9, fraction = 2, message = "金额以元为单位，最多两位小数") BigDecimal amount,
        @NotBlank @Size(max = 100) String supplier,
        @Nullable LocalDate boughtOn,
        @Nullable Long rewardId,
        @Min(1) @Max(100_000) @Nullable Integer quantity,
        @Size(max = 200) @Nullable String note) {

    public NewPurchase {
        note = note == null || note.isBlank() ? null : note;
    }
}
