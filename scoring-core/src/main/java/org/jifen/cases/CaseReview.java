package org.jifen.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The township's review of a submitted case: shortlist it, or return it as not selected, with a note. */
public record CaseReview(@NotNull Decision decision, @Size(max = 500) @Nullable String note) {

    public enum Decision { SHORTLIST, RETURN }
}
