package org.jifen.scoring;

import org.jifen.engine.PlanRejected;
import org.jifen.engine.RuleFailed;
import org.jifen.plan.NoActivePlan;
import org.jifen.plan.PlanLibrary;
import org.jifen.plan.RuleSets;
import org.jifen.village.Village;
import org.springframework.stereotype.Component;

/** Finds a village's active plan, compiled, for scoring an event or evaluating a month. */
@Component
public class ActivePlans {

    private final RuleSets ruleSets;
    private final PlanLibrary plans;

    ActivePlans(RuleSets ruleSets, PlanLibrary plans) {
        this.ruleSets = ruleSets;
        this.plans = plans;
    }

    /** The village's active plan, or {@link NoActivePlan}; a stored plan that no longer compiles is a plan fault. */
    public ActivePlan of(Village village) {
        Long activeId = village.getActiveRuleSetId();
        if (activeId == null) {
            throw new NoActivePlan(village.getCode());
        }
        var ruleSet = ruleSets.findById(activeId).orElseThrow(() -> new NoActivePlan(village.getCode()));
        try {
            return new ActivePlan(ruleSet, plans.of(activeId));
        } catch (PlanRejected noLongerCompiles) {
            throw new PlanFault(new RuleFailed("?", "村「" + village.getCode() + "」启用的方案无法编译："
                    + noLongerCompiles.problems().get(0).message(), noLongerCompiles));
        }
    }
}
