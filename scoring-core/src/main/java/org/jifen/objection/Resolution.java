package org.jifen.objection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The self-governance group's decision on an objection: the outcome, why, and the ids of the members who decided. */
public record Resolution(@NotNull Outcome outcome, @NotBlank @Size(max = 400) String reason,
        @NotEmpty List<@NotNull Long> decidedBy) {
}
