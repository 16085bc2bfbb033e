package org.jifen.plan;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.ExpandedRules;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanProblem;
import org.jifen.engine.PlanRejected;
import org.jifen.engine.RuleInfo;

/**
 * The last wall of ADR 0246 at upload: every rule of the plan can be said in words from its own text, as the plan
 * page, the diff and an award's trace will say it (ADR 0214). A rule whose text does not expand to that rule alone, or
 * whose words say nothing of what it gives, scores what no reviewer can read (attack tryout 13, A1: a rule with
 * {@code gives: []} gave 100 points), so the upload is refused and nothing is stored.
 */
final class SaidRules {

    private SaidRules() {
    }

    /** Refuses the plan when one of its rules cannot be said in words from what it runs. */
    static void check(List<PlanFile> files, CompiledPlan plan) {
        ExpandedRules expanded = ExpandedRules.of(files);
        List<PlanProblem> unsaid = new ArrayList<>();
        for (RuleInfo rule : plan.rules().values()) {
            String drl = expanded.drl(rule.file(), rule.source());
            if (drl == null || RuleInWords.of(drl).gives().isEmpty()) {
                unsaid.add(new PlanProblem(rule.file(), rule.line(), "规则「" + rule.name() + "」说不清它给多少分：这条规则自己的"
                        + "文字展开以后看不出加分、扣分或一票否决，方案页面和积分明细就没法向村民说明它的分数。每条规则的"
                        + "「then」后面要写计分（如「加 5 分 计入 \"文明新风\"」），句式不能结束这条规则、开始另一条规则"));
            }
        }
        if (!unsaid.isEmpty()) {
            throw new PlanRejected(unsaid);
        }
    }
}
