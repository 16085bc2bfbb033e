package org.jifen.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jifen.finalisation.SignOffSheetView;
import org.jspecify.annotations.Nullable;

/**
 * A finalised month: when, by whom, which members of the self-governance group approved it, and the evaluation that
 * finalising ran before freezing the totals, with the plan version that evaluated the month. The last two are null
 * for a month finalised before finalisation evaluated every time (ADR 0026). The approvals are what
 * {@code finalisedBy}, the signed-in village admin, entered for the group; {@code signOffSheets} are the photos or
 * scans of the sheet the members signed, where the admin attached them (ADR 0085).
 */
public record FinalisedMonthView(YearMonth month, Instant finalisedAt, String finalisedBy, List<Approver> approvedBy,
        @Nullable Integer ruleSetVersion, MonthStatus.@Nullable Run evaluation, List<SignOffSheetView> signOffSheets) {

    /** A member who approved; {@code retired} once they have left the group since. */
    public record Approver(long id, String name, String role, boolean retired) {
    }
}
