package org.jifen.evaluation;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluation did. For a finalised month nothing is evaluated: the summary repeats the last evaluation's
 * plan version and households, with nothing added or reversed.
 */
public record EvaluationSummary(YearMonth month, @Nullable Integer ruleSetVersion, int households, int awardsAdded,
        int awardsReversed, boolean finalised) {

    static EvaluationSummary of(MonthEvaluation evaluation) {
        return new EvaluationSummary(evaluation.getMonth(), evaluation.getRuleSetVersion(),
                evaluation.getHouseholds(), evaluation.getAwardsAdded(), evaluation.getAwardsReversed(), false);
    }
}
