package org.jifen.township;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The year of the township's plan whose milestones the overview, the milestones and the dashboard follow, and those
 * milestones' due dates. {@code setBy} and {@code setAt} are null while the year is the service's setting
 * ({@code jifen.township.plan-year}), which no one has changed through the API yet.
 */
public record PlanYear(int year, @Nullable String setBy, @Nullable Instant setAt, List<Due> milestones) {

    /** A milestone of the plan and its due date in the year. */
    public record Due(PlanMilestone milestone, String label, LocalDate due) {
    }
}
