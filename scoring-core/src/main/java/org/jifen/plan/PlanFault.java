package org.jifen.plan;

import java.util.Map;
import org.jifen.engine.RuleFailed;
import org.jifen.problem.Unprocessable;

/** The active plan failed on this event; nothing was recorded, and the village must fix its plan. */
public class PlanFault extends Unprocessable {

    private final String rule;

    public PlanFault(RuleFailed failure) {
        super(failure.getMessage() + "。本次记录未保存，请村管理员修正方案");
        this.rule = failure.rule();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rule", rule);
    }
}
