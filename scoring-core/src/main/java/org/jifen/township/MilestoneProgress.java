package org.jifen.township;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a village stands on one of the plan's milestones: the day it was done (null: not yet), whether that was by
 * the due day, and whether it is behind (the due day has passed and it is not done).
 */
public record MilestoneProgress(PlanMilestone milestone, String label, LocalDate due, @Nullable LocalDate doneOn,
        boolean onTime, boolean behind) {
}
