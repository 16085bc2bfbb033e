package org.jifen.scoring;

import java.util.Collection;
import java.util.List;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.FiredAward;
import org.jifen.engine.RuleFailed;
import org.jifen.plan.PlanFault;
import org.jifen.plan.RuleSet;

/** A village's active plan version with its compiled rules: what scores events and evaluates months. */
public record ActivePlan(RuleSet ruleSet, CompiledPlan compiled) {

    /** Runs the facts through the plan; a rule that fails is the village's plan fault, and nothing is recorded. */
    public List<FiredAward> fire(Collection<?> facts) {
        try {
            return compiled.fire(facts);
        } catch (RuleFailed failed) {
            throw new PlanFault(failed);
        }
    }
}
