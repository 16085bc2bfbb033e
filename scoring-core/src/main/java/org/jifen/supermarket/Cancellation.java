package org.jifen.supermarket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a redemption is taken back. */
public record Cancellation(@NotBlank @Size(max = 200) String reason) {
}
