package org.jifen.evaluation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where a village's month stands: every evaluation run so far, and its finalisation when there is one. */
public record MonthStatus(YearMonth month, boolean finalised, @Nullable FinalisedMonthView finalisation,
        List<Run> evaluations) {

    public record Run(int ruleSetVersion, int households, int awardsAdded, int awardsReversed, String evaluatedBy,
            Instant evaluatedAt) {

        static Run of(MonthEvaluation evaluation) {
            return new Run(evaluation.getRuleSetVersion(), evaluation.getHouseholds(), evaluation.getAwardsAdded(),
                    evaluation.getAwardsReversed(), evaluation.getEvaluatedBy(), evaluation.getEvaluatedAt());
        }
    }
}
