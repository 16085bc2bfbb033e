package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jakarta.validation.constraints.Max;
import org.jifen.household.HouseholdLimits;
import org.jifen.scoring.RecordEvent;
import org.junit.jupiter.api.Test;

/**
 * A plan that passes its upload must not fail on real events because its points or a divisor happen to meet values
 * the trial run (ADR 0164) did not try (sixth outside attack, M3): the check reasons over the facts' known bounds
 * (ADR 0195) and refuses, at the file and line, a divisor that can be zero and points that can leave ±1000 even when
 * staff enter the smallest amount the rule accepts. Plans within those bounds, the pilots' and the guide's, still pass
 * (PilotPlansTest, DocumentedExamplesTest).
 */
class PointsAndDivisorsOverTheFactsBoundsTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);

    @Test
    void aDivisorThatCanBeZeroForSomeHouseholdIsRefusedAtItsLine() {
        PlanProblem problem = refused("""
                rule "除零"
                when
                    $e : Event( type == "参加村民大会" )
                    $h : Household( permanentResidents > 0 )
                then
                    awards.add(100 / ($h.getMembers() - $h.getPermanentResidents() - 1), "村民议事");
                end
                """);

        assertThat(problem.line()).isEqualTo(12);
        assertThat(problem.message()).contains("除零", "「($h.getMembers() - $h.getPermanentResidents() - 1)」可能等于 0",
                "在 -100 到 97 之间");
    }

    @Test
    void aDivisorInAConditionIsCheckedToo() {
        PlanProblem problem = refused("""
                rule "除零条件"
                when
                    Event( type == "参加村民大会", 10 / (quantity - 7) > 1 )
                then
                    awards.add(1, "村民议事");
                end
                """);

        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.message()).contains("「(quantity - 7)」可能等于 0", "在 -6 到 9993 之间");
    }

    @Test
    void aConditionThatExcludesZeroMakesTheDivisorSafe() {
        assertThat(COMPILER.compileUpload(List.of(plan("""
                rule "人均"
                when
                    $e : Event( type == "参加村民大会", quantity > 7 )
                    $h : Household( members > 0 )
                then
                    awards.add(100 / $h.getMembers() + 10 / ($e.getQuantity() - 7), "村民议事");
                end
                """)))).isNotNull();
    }

    @Test
    void pointsBeyondTheBoundForTheSmallestEntryAreRefusedWithTheirRange() {
        PlanProblem quantity = refused("""
                rule "数量大超限"
                when
                    $e : Event( type == "参加村民大会", quantity > 6 )
                then
                    awards.add(1000 + $e.getQuantity(), "村民议事");
                end
                """);
        PlanProblem monthEnd = refused("""
                rule "月末多事件超限"
                when
                    $m : MonthSummary( events >= 3 )
                then
                    awards.add(1000 + $m.getEvents(), "文明新风");
                end
                """);
        PlanProblem members = refused("""
                rule "按人数"
                when
                    $e : Event( type == "参加村民大会" )
                    $h : Household()
                then
                    awards.bonus(-20 * $h.getMembers(), "村民议事");
                end
                """);

        assertThat(quantity.line()).isEqualTo(11);
        assertThat(quantity.message()).contains("这条规则的分值可能超过 1000 分", "等于 1007");
        assertThat(monthEnd.message()).contains("这条规则的分值可能超过 1000 分", "在 1003 以上，没有上限");
        assertThat(members.message()).contains("这条规则的分值可能低于 -1000 分", "在 -1980 到 0 之间");
    }

    @Test
    void pointsPerUnitOfWhatStaffEnterPassAndALargeEntryStaysTheEntrysFault() {
        // 30 points an hour is 30 for one hour; 40 hours would be 1,200, refused when recorded (ADR 0042)
        assertThat(COMPILER.compileUpload(List.of(plan("""
                rule "志愿服务"
                when
                    $e : Event( type == "参加志愿服务" )
                then
                    awards.add(30 * $e.getQuantity() + $e.intAttr("小时"), "文明新风");
                    awards.add(-5 * $e.getQuantity(), "人居环境");
                end
                """)))).isNotNull();
    }

    @Test
    void aStoredPlanIsCompiledAgainWithoutThem() {
        // accepted before ADR 0195, such a plan governs months already: it must keep compiling after an upgrade
        assertThat(COMPILER.compile(List.of(plan("""
                rule "数量大超限"
                when
                    $e : Event( type == "参加村民大会", quantity > 6 )
                then
                    awards.add(1000 / ($e.getQuantity() - 7) + 1000 + $e.getQuantity(), "村民议事");
                end
                """))).rules()).containsKey("数量大超限");
    }

    @Test
    void theBoundsAreTheRecordingsAndTheRegistersOwn() {
        assertThat(RuleScope.MAX_PEOPLE).isEqualTo(HouseholdLimits.PEOPLE);
        assertThat(RuleScope.MAX_QUANTITY).isEqualTo(maxQuantity());
    }

    private static long maxQuantity() {
        try {
            return RecordEvent.class.getDeclaredField("quantity").getAnnotation(Max.class).value();
        } catch (NoSuchFieldException gone) {
            throw new AssertionError(gone);
        }
    }

    private static PlanProblem refused(String rules) {
        PlanFile file = plan(rules);
        List<PlanProblem>[] problems = new List[1];
        assertThatThrownBy(() -> COMPILER.compileUpload(List.of(file))).isInstanceOfSatisfying(PlanRejected.class,
                rejected -> problems[0] = rejected.problems());
        assertThat(problems[0]).hasSize(1);
        assertThat(problems[0].get(0).file()).isEqualTo("方案.drl");
        return problems[0].get(0);
    }

    private static PlanFile plan(String rules) {
        return PlanFile.of("方案.drl", """
                package villages.test;
                import org.jifen.rules.Event;
                import org.jifen.rules.Household;
                import org.jifen.rules.MonthSummary;
                global org.jifen.rules.Awards awards;

                """ + rules);
    }
}
