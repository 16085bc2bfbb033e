package org.jifen.activation;

import java.time.YearMonth;
import java.util.List;
import org.jifen.plan.PlanVersion;
import org.jspecify.annotations.Nullable;

/**
 * What an activation did, or in a dry run would do: the version as it now stands, the month it governs from
 * ({@code yyyy-MM}; null: every month), whether the schedule changed at all, and the open months it re-scored.
 */
public record Activated(PlanVersion version, @Nullable YearMonth from, boolean changed, boolean dryRun,
        List<MonthRescored> rescored) {
}
