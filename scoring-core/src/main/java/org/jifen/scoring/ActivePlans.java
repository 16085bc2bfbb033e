package org.jifen.scoring;

import java.time.YearMonth;
import java.util.Optional;
import org.jifen.engine.PlanRejected;
import org.jifen.engine.RuleFailed;
import org.jifen.plan.NoActivePlan;
import org.jifen.plan.PlanFault;
import org.jifen.plan.PlanLibrary;
import org.jifen.plan.RuleSet;
import org.jifen.plan.RuleSets;
import org.jifen.village.Village;
import org.springframework.stereotype.Component;

/**
 * Finds the plan version that governs a village's month (ADR 0055), compiled, for scoring an event or evaluating
 * the month.
 */
@Component
public class ActivePlans {

    private final RuleSets ruleSets;
    private final PlanLibrary plans;

    ActivePlans(RuleSets ruleSets, PlanLibrary plans) {
        this.ruleSets = ruleSets;
        this.plans = plans;
    }

    /**
     * The version that governs the month, or {@link NoActivePlan}; a stored plan that no longer compiles is a plan
     * fault.
     */
    public ActivePlan of(Village village, YearMonth month) {
        return governing(village, month).orElseThrow(() -> none(village, month));
    }

    /**
     * Why nothing staff record in the month can score, to say on the record page before they press 记分 (tryout
     * clerk 4, B1); empty when a version governs the month.
     */
    public Optional<String> noneGoverns(Village village, YearMonth month) {
        return ruleSets.governing(village.id(), month).isPresent() ? Optional.empty()
                : Optional.of(none(village, month).getMessage());
    }

    /** That no version governs the month, with the month the village's plan starts in, if it starts later. */
    NoActivePlan none(Village village, YearMonth month) {
        return new NoActivePlan(village.getName(), month,
                ruleSets.activatedFromAfter(village.id(), month).stream().findFirst().orElse(null));
    }

    /** The version that governs the month, if any does. */
    public Optional<ActivePlan> governing(Village village, YearMonth month) {
        return ruleSets.governing(village.id(), month).map(ruleSet -> compiled(village, ruleSet));
    }

    /** The version that governs the first month after {@code month} a version is activated from, if any is. */
    public Optional<ActivePlan> toCome(Village village, YearMonth month) {
        return ruleSets.activatedFromAfter(village.id(), month).stream().findFirst()
                .flatMap(from -> ruleSets.governing(village.id(), from)).map(ruleSet -> compiled(village, ruleSet));
    }

    /** The version compiled; one that no longer compiles is the village's plan fault. */
    public ActivePlan compiled(Village village, RuleSet ruleSet) {
        try {
            return new ActivePlan(ruleSet, plans.of(ruleSet.id()));
        } catch (PlanRejected noLongerCompiles) {
            throw new PlanFault(new RuleFailed("?", "村「" + village.getCode() + "」第 " + ruleSet.getVersion()
                    + " 版方案无法编译：" + noLongerCompiles.problems().get(0).message(), noLongerCompiles));
        }
    }
}
