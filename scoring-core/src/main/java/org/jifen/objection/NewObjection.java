package org.jifen.objection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An objection to one entry of the household's: why, and, when staff record it on the household's behalf, who in the
 * household raised it (e.g. 户主张建华，电话反映).
 */
public record NewObjection(@NotNull Long householdId, @NotNull Long awardId, @NotBlank @Size(max = 500) String reason,
        @Size(max = 40) @Nullable String raisedBy) {

    public NewObjection {
        reason = reason == null ? null : reason.strip();
        raisedBy = raisedBy == null || raisedBy.isBlank() ? null : raisedBy.strip();
    }
}
