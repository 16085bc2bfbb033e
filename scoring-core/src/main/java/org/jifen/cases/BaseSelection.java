package org.jifen.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The pilot village (by code) the township selects as this year's demonstration base, and why. */
public record BaseSelection(@NotBlank @Size(max = 40) String village, @NotBlank @Size(max = 500) String reason) {
}
