package org.jifen.fund;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Money received into the fund: from which {@code source}, from whom ({@code donor}: required for donations), how
 * much in yuan, on which day (today when left out).
 */
public record NewIncome(
        @NotNull FundSource source,
        @Size(max = 100) @Nullable String donor,
        @NotNull @DecimalMin(value = "0.01", message = "金额至少 0.01 元")
        @DecimalMax(value = "100000000", message = "金额不超过 1 亿元")
        @Digits(integer = 9, fraction = 2, message = "金额以元为单位，最多两位小数") BigDecimal amount,
        @Nullable LocalDate receivedOn,
        @Size(max = 200) @Nullable String note) {

    public NewIncome {
        donor = donor == null || donor.isBlank() ? null : donor.strip();
        note = note == null || note.isBlank() ? null : note;
    }
}
