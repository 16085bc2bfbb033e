package org.jifen.fund;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a fund entry is taken back (冲红), e.g. "金额录错，应为 5000 元". */
public record FundReversal(@NotBlank @Size(max = 200) String reason) {
}
