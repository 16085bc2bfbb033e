package org.jifen.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The pilot village (by code) the township selects as this year's demonstration base, and why. Choosing another
 * village while the year has a base names the base it {@code replaces}: a change of base is never a slip.
 */
public record BaseSelection(@NotBlank @Size(max = 40) String village, @NotBlank @Size(max = 500) String reason,
        @Size(max = 40) @Nullable String replaces) {

    public BaseSelection(String village, String reason) {
        this(village, reason, null);
    }
}
