package org.jifen.evaluation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A finalised month: when, by whom, which members of the self-governance group approved it, and the evaluation that
 * finalising ran before freezing the totals, with the plan version that evaluated the month. The last two are null
 * for a month finalised before finalisation evaluated every time (ADR 0026).
 */
public record FinalisedMonthView(String month, Instant finalisedAt, String finalisedBy, List<Approver> approvedBy,
        @Nullable Integer ruleSetVersion, MonthStatus.@Nullable Run evaluation) {

    public record Approver(long id, String name, String role) {
    }
}
