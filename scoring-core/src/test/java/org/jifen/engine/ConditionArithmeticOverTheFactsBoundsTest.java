package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions are evaluated in {@code int}, which wraps silently: {@code quantity * 1000 * 1000 * 1000 > 0} was false
 * for a quantity of 3, so the rule did not fire and staff were told the event did not meet its conditions (attack
 * tryout 7, m1). A product in a condition that can leave the range of an {@code int} over the facts' bounds is
 * refused at its file and line (ADR 0216); bounded products and products of unbounded month counts pass. The
 * eighth outside attack (N4) wrapped a condition by every other operator, and found a bound written with {@code &&}
 * not understood (ADR 0199).
 */
class ConditionArithmeticOverTheFactsBoundsTest {

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

    /** The eighth attack's {@code p/m1v} plans: a rule for 违建面积 whose condition wraps for 长 = 2147483647. */
    static String wrapping(String condition) {
        return HostileCorpus.HEADER + """

                rule "违建面积"
                when
                    $e : Event( type == "违建面积", %s )
                then
                    awards.add(-10, "平安建设");
                end
                """.formatted(condition);
    }

    @Test
    void aSumOfTwoEnteredNumbersIsRefusedWithItsRange() {
        PlanProblem problem = refused(wrapping("intAttr(\"长\") + intAttr(\"宽\") > 100"));

        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.message()).contains("这里的和「intAttr(\"长\") + intAttr(\"宽\")」可能超出整数的范围",
                "它在 -4294967296 到 4294967294 之间", "-2147483648 到 2147483647", "规则会悄悄地不计分");
    }

    @Test
    void aDifferenceANegationAndADivisionByMinusOneAreRefused() {
        assertThat(refused(wrapping("intAttr(\"长\") - intAttr(\"宽\") > 100")).message())
                .contains("这里的差「intAttr(\"长\") - intAttr(\"宽\")」可能超出整数的范围");
        assertThat(refused(wrapping("-intAttr(\"长\") > 100")).message())
                .contains("这里的相反数「-intAttr(\"长\")」可能超出整数的范围", "它在 -2147483647 到 2147483648 之间");
        assertThat(refused(wrapping("intAttr(\"长\") / (0 - 1) > 100")).message())
                .contains("这里的商「intAttr(\"长\") / (0 - 1)」可能超出整数的范围");
        assertThat(refused(wrapping("intAttr(\"长\") + 1 > 100")).message()).contains("这里的和「intAttr(\"长\") + 1」");
    }

    @Test
    void oneOverflowIsSaidPerConditionTheInnermostFirst() {
        PlanProblem problem = refused(wrapping("intAttr(\"长\") * intAttr(\"宽\") + 1 > 100"));

        assertThat(problem.message()).contains("这里的乘积「intAttr(\"长\") * intAttr(\"宽\")」", "或把乘数改小");
    }

    @Test
    void boundsJoinedByAndApplyToWhatFollowsThem() {
        // the eighth attack's and_bound.drl, refused before although both numbers were bounded
        assertThat(COMPILER.compileUpload(List.of(PlanFile.of("方案.drl", wrapping("intAttr(\"长\") >= 0 && "
                + "intAttr(\"长\") <= 10000 && intAttr(\"宽\") >= 0 && intAttr(\"宽\") <= 10000 && "
                + "intAttr(\"长\") * intAttr(\"宽\") > 100"))))).isNotNull();
        assertThat(COMPILER.compileUpload(List.of(PlanFile.of("方案.drl", wrapping("intAttr(\"长\") >= -10000 && <= 10000, "
                + "intAttr(\"宽\") > 0, intAttr(\"宽\") < 10000, -intAttr(\"长\") + intAttr(\"宽\") - 1 > 100")))))
                .isNotNull();
    }

    @Test
    void boundsOnOneSideOfAnOrBoundNothing() {
        PlanProblem problem = refused(wrapping("intAttr(\"长\") <= 10000 || intAttr(\"长\") + 1 > 100"));

        assertThat(problem.message()).contains("这里的和「intAttr(\"长\") + 1」");
        assertThat(refused(wrapping("!(intAttr(\"长\") <= 10 && intAttr(\"宽\") > 0) && intAttr(\"长\") * 1000 > 0"))
                .message()).contains("这里的乘积「intAttr(\"长\") * 1000」");
    }

    @Test
    void aQuantityPlusAnythingSmallAndMonthCountsPass() {
        assertThat(COMPILER.compileUpload(List.of(PlanFile.of("方案.drl", HostileCorpus.HEADER + """
                rule "多次"
                when
                    Event( type == "参加村民大会", quantity + 5 > 10, -quantity < -2, 100 - quantity > 0 )
                then
                    awards.add(2, "村民议事");
                end

                rule "月末"
                when
                    MonthSummary( events + count("参加村民大会") - 1 >= 3 )
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
