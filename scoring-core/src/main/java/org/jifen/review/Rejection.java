package org.jifen.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why an entry is rejected on review, and optionally who decided it (as they name themselves, e.g. 李组长). */
public record Rejection(@NotBlank @Size(max = 500) String reason, @Size(max = 40) @Nullable String by) {

    public Rejection {
        by = by == null || by.isBlank() ? null : by.strip();
    }
}
