package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions are evaluated in {@code int}, which wraps silently: {@code quantity * 1000 * 1000 * 1000 > 0} was false
 * for a quantity of 3, so the rule did not fire and staff were told the event did not meet its conditions (attack
 * tryout 7, m1). A product in a condition that can leave the range of an {@code int} over the facts' bounds is
 * refused at its file and line (ADR 0216); bounded products and products of unbounded month counts pass.
 */
class ConditionProductsOverTheFactsBoundsTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);

    /** The tryout's ovf.drl, its condition rule. */
    static final String WRAPPING_CONDITION = HostileCorpus.HEADER + """

            rule "条件溢出"
            when
                $e : Event( type == "罚款测试", quantity * 1000 * 1000 * 1000 > 0 )
            then
                awards.add(-5, "人居环境");
            end
            """;

    @Test
    void aQuantityTimesABillionIsRefusedAtItsLine() {
        PlanProblem problem = refused(WRAPPING_CONDITION);

        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.message()).contains("「quantity * 1000 * 1000 * 1000」可能超出整数的范围", "规则会悄悄地不计分");
    }

    @Test
    void twoEnteredNumbersMultipliedAreRefusedUnlessTheConditionsBoundThem() {
        PlanProblem problem = refused(HostileCorpus.HEADER + """
                rule "面积"
                when
                    Event( type == "庭院整治", intAttr("长") * intAttr("宽") > 100 )
                then
                    awards.add(2, "人居环境");
                end
                """);
        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.message()).contains("「intAttr(\"长\") * intAttr(\"宽\")」");

        assertThat(COMPILER.compileUpload(List.of(PlanFile.of("方案.drl", HostileCorpus.HEADER + """
                rule "面积"
                when
                    Event( type == "庭院整治", intAttr("长") >= 0, intAttr("长") <= 10000, intAttr("宽") >= 0,
                           intAttr("宽") <= 10000, intAttr("长") * intAttr("宽") > 100 )
                then
                    awards.add(2, "人居环境");
                end
                """)))).isNotNull();
    }

    @Test
    void boundedProductsAndMonthCountsPass() {
        assertThat(COMPILER.compileUpload(List.of(PlanFile.of("方案.drl", HostileCorpus.HEADER + """
                rule "多次"
                when
                    Event( type == "参加村民大会", quantity * 2 > 10 )
                then
                    awards.add(2, "村民议事");
                end

                rule "月末"
                when
                    MonthSummary( count("参加村民大会") * 2 >= 3 )
                then
                    awards.add(1, "村民议事");
                end
                """)))).isNotNull();
    }

    private static PlanProblem refused(String drl) {
        PlanFile file = PlanFile.of("方案.drl", drl);
        @SuppressWarnings("unchecked")
        List<PlanProblem>[] problems = new List[1];
        assertThatThrownBy(() -> COMPILER.compileUpload(List.of(file))).isInstanceOfSatisfying(PlanRejected.class,
                rejected -> problems[0] = rejected.problems());
        assertThat(problems[0]).hasSize(1);
        assertThat(problems[0].get(0).file()).isEqualTo("方案.drl");
        return problems[0].get(0);
    }
}
