package org.jifen.supermarket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a receipt of goods is taken back (冲红), e.g. "数量录错，实收 20 件". */
public record ReceiptReversal(@NotBlank @Size(max = 200) String reason) {
}
