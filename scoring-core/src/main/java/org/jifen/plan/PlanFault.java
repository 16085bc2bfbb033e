package org.jifen.plan;

import java.util.Map;
import org.jifen.engine.RuleFailed;
import org.jifen.problem.Unprocessable;

/** The active plan failed on this event; nothing was recorded, and the village must fix its plan. */
public class PlanFault extends Unprocessable {

    private final String rule;

    public PlanFault(RuleFailed failure) {
        this(failure.getMessage() + "。本次记录未保存，请村管理员修正方案", failure.rule());
    }

    private PlanFault(String detail, String rule) {
        super(detail);
        this.rule = rule;
    }

    /**
     * A version failed while it was simulated over a month (tryout 5): a simulation records nothing, so the clerk is
     * told the version would fail like this if it were activated, and to fix it first.
     */
    public static PlanFault inSimulation(RuleFailed failure, int version) {
        return new PlanFault("试算第 " + version + " 版方案时出错：" + failure.getMessage() + "。模拟试算不记录任何积分；"
                + "这一版启用后，这样的记录也会出错，请先修正方案再启用", failure.rule());
    }

    /**
     * A month-end rule failed on one household's month (too many awards, too much time, an error): the household is
     * named so that the clerk can open its month, and the month-end wrote nothing (ADR 0130).
     */
    public static PlanFault atMonthEnd(RuleFailed failure, String household) {
        return new PlanFault(household + "的月末评定出错：" + failure.getMessage()
                + "。本月的月末评定没有完成，已记的积分不变，请村管理员修正方案后再评定", failure.rule());
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rule", rule);
    }
}
