package org.jifen.township;

import jakarta.validation.constraints.NotNull;

/** The year of the township's plan to follow from now on, e.g. {@code {"year": 2026}}. */
public record NewPlanYear(@NotNull Integer year) {
}
