package org.jifen.plan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan version as the village sees it today: where it stands, the months it governs (ADR 0055), and its latest
 * activation.
 */
public record PlanVersion(RuleSet ruleSet, RuleSetStatus status, List<PlanSchedule.Span> governs,
        @Nullable PlanActivation lastActivation) {
}
