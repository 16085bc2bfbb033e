package org.jifen.stars;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A village's star levels: from which period's points ({@code QUARTER} or {@code YEAR}), the points each level needs
 * (e.g. five stars from 270), whether a vetoed month takes a star away (yes when left out), and how many households
 * the red list and the list of households needing help name at least (10 and 5 when left out).
 */
public record NewStarScheme(
        @NotNull StarPeriod period,
        @NotNull @Size(min = 1, max = 5) List<@NotNull @Valid Level> levels,
        @Nullable Boolean vetoRemovesStar,
        @Min(1) @Max(200) @Nullable Integer redListSize,
        @Min(1) @Max(200) @Nullable Integer helpListSize) {

    /** A level: {@code stars} (1 to 5) from {@code minPoints} points in the period. */
    public record Level(@NotNull @Min(1) @Max(5) Integer stars, @NotNull @Min(0) @Max(1_000_000) Integer minPoints) {
    }
}
