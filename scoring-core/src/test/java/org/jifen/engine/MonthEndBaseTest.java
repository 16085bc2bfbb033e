package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's 「每户每月起始 100 分」 recipe is known as the plan's month-end base (ADR 0251); a conditional one is not. */
class MonthEndBaseTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);
    private static final String HEAD = """
            import org.jifen.rules.Event;
            import org.jifen.rules.MonthSummary;
            global org.jifen.rules.Awards awards;
            """;

    @Test
    void theGuidesMonthEndRuleIsTheBaseAndAConditionalOneIsNot() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of("基础分.drl", HEAD + """
                rule "月度基础分"
                when
                    MonthSummary()
                then
                    awards.add(100, "文明新风");
                end

                rule "零扣分奖励"
                when
                    MonthSummary( deductions == 0, events > 0 )
                then
                    awards.add(3, "文明新风");
                end
                """)));

        assertThat(plan.monthEndBase()).containsExactly(java.util.Map.entry("月度基础分", 100));
    }

    @Test
    void theSentencesPlanOfTheTryoutHasItsBaseToo() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of("方案.dslr", HEAD + """
                rule "月度基础分"
                when
                >   MonthSummary()
                then
                    加 100 分 计入 "文明新风"
                end
                """)));

        assertThat(plan.monthEndBase()).containsEntry("月度基础分", 100);
    }
}
