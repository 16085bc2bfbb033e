package org.jifen.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A correction (冲正) of an entry of a finalised month, and why. */
public record Correction(@NotNull Long awardId, @NotBlank @Size(max = 500) String reason) {
}
