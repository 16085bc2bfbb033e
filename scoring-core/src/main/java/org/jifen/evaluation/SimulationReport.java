package org.jifen.evaluation;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a plan version would have given a past month, household by household, beside what the version that governs
 * the month gave ({@code activeVersion}), and the events that version scored which the candidate does not. Nothing is
 * written.
 */
public record SimulationReport(YearMonth month, int candidateVersion, @Nullable Integer activeVersion, int events,
        int householdsChanged, List<Household> households, List<NoLongerScored> noLongerScored) {

    /** One eligible household: its month total now, under the candidate, and the difference. */
    public record Household(long householdId, String householdNo, String headName, String group, int current,
            int simulated, int difference) {
    }
}
