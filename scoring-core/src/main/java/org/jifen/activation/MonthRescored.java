package org.jifen.activation;

import java.time.YearMonth;
import java.util.List;
import org.jifen.evaluation.EvaluationSummary;
import org.jifen.evaluation.NoLongerScored;
import org.jspecify.annotations.Nullable;

/**
 * One open month an activation re-scored (or, in a dry run, would re-score): the version that governed it before,
 * what was done to its entries, the month-end evaluation run again, and each household's total before and after.
 */
public record MonthRescored(YearMonth month, @Nullable Integer versionBefore, int events, int eventsRescored,
        int awardsReversed, int awardsAdded, @Nullable EvaluationSummary monthEnd, int householdsChanged,
        List<Household> households, List<NoLongerScored> noLongerScored) {

    /** A household with entries in the month: its total before, after, and the difference. */
    public record Household(long householdId, String householdNo, String headName, String group, long before,
            long after, long difference) {
    }
}
