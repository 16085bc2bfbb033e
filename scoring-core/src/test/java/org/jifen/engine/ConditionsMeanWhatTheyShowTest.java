package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a condition shows on the plan page is what it does (attack tryout 15): a number written with a leading zero is
 * read by Java as octal (「数量不少于 010」 held for 8), and text ordered by character codes made 「凡是 "好人好事"」 pay
 * for 违法搭建. Both are refused at their line, saying what to write; months, written 「2024-07」, may still be ordered.
 */
class ConditionsMeanWhatTheyShowTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);

    @Test
    void aNumberWithALeadingZeroIsRefusedInConditionsAndPoints() {
        assertThat(refusal("Event( type == \"宅前屋后乱堆物\", quantity >= 010 )", "awards.add(-5, \"人居环境\");"))
                .contains("数「010」以 0 开头", "写成 10");
        assertThat(refusal("Event( type == \"参加村民大会\" )", "awards.add(010, \"村民议事\");")).contains("写成 10");
    }

    @Test
    void textComparedByOrderIsRefusedAndTheAnswerSaysHowToNameSeveral() {
        for (String condition : List.of("Event( type >= \"好人好事\" )", "Event( type == \"x\" || > \"好人好事\" )",
                "$e : Event( attr(\"等级\") > \"B\" )", "Event() Household( group < \"三组\" )",
                "Event( $t : type ) Event( type > $t )")) {
            assertThat(refusal(condition, "awards.add(5, \"文明新风\");")).as(condition)
                    .contains("文字不能比大小", "in (\"…\", \"…\")");
        }
    }

    /** Attack tryout 15, J1: answered in the engine's words (「ExprConstraint」, 「NullPointerException」) before. */
    @Test
    void aSemicolonBetweenConditionsAndANullNameAreAnsweredInPlainWords() {
        assertThat(refusal("Event( type == \"好人好事\"; quantity > 0 )", "awards.add(5, \"文明新风\");"))
                .contains("英文逗号").doesNotContain("Constraint", "Descr");
        assertThat(refusal("$e : Event( attr(null) == \"\" )", "awards.add(5, \"文明新风\");"))
                .contains("不能写 null");
    }

    /** Attack tryout 15, X1: 「quantity >= $param || true」 in a spreadsheet's grey row made 最少数量 void. */
    @Test
    void aConditionThatIsAlwaysTheSameIsRefused() {
        for (String condition : List.of("Event( type == \"参加村民大会\", quantity >= 2 || true )",
                "Event( type == \"参加村民大会\" || 1 == 1 )", "Event( type == \"参加村民大会\", \"a\" != \"b\" )",
                "Event( type == \"参加村民大会\", false )")) {
            assertThat(refusal(condition, "awards.add(5, \"村民议事\");")).as(condition).containsAnyOf("没有意义", "两边都是固定的值", "两边写的一样");
        }
    }

    /** Attack tryout 16, C1: a rule named 好人好事 paid for 违法搭建 with each of these. */
    @Test
    void aComparisonOfAThingWithItselfAndAMonthOrderedAgainstTextAreRefused() {
        assertThat(refusal("Event( type == type )", "awards.add(5, \"文明新风\");")).contains("两边写的一样");
        assertThat(refusal("$e : Event( intAttr(\"分\") >= intAttr(\"分\") )", "awards.add(5, \"文明新风\");"))
                .contains("两边写的一样");
        assertThat(refusal("Event( month < type )", "awards.add(5, \"文明新风\");")).contains("文字不能比大小");
    }

    /** Attack tryout 19b, G1 and attack 19, F9: a count that always holds, a quantity no event can have. */
    @Test
    void aComparisonDecidedByItsBoundIsRefused() {
        for (String condition : List.of("Event( type == \"参加村民大会\", quantity > 10000 )",
                "Event( type == \"参加村民大会\", quantity < 1 )", "Event( type == \"参加村民大会\" ) Household( members < 0 )")) {
            assertThat(refusal(condition, "awards.add(5, \"村民议事\");")).as(condition).contains("永远不成立");
        }
        // 「最少数量 1」 in the template: always true, and harmless
        assertThat(COMPILER.compileUpload(List.of(PlanFile.of("村规.drl", drl("Event( type == \"参加村民大会\", quantity >= 1 )",
                "awards.add(5, \"村民议事\");")))).rules()).hasSize(1);
    }

    /** Attack tryout 19, F14: an accumulate's count is a number, not text that is ordered. */
    @Test
    void anAccumulatedCountMayBeOrdered() {
        CompiledPlan plan = COMPILER.compileUpload(List.of(PlanFile.of("村规.drl", drl(
                "$e : Event( type == \"参加村民大会\" )\n    accumulate( Event( type == \"参加村民大会\" ) ; $n : count(1) ; $n >= 1 )",
                "awards.add(5, \"村民议事\");"))));
        assertThat(plan.rules()).hasSize(1);
    }

    /** Attack tryout 18, F4: 「2024-7」 orders after 「2024-12」; 「2024-07-15」 is never a month. */
    @Test
    void aMonthWrittenOtherwiseThanYearDashTwoDigitsIsRefused() {
        for (String condition : List.of("Event( type == \"参加村民大会\", month < \"2024-7\" )",
                "Event( type == \"参加村民大会\", month >= \"2024-07-15\" )",
                "Event( type == \"参加村民大会\", \"2024-13\" == month )")) {
            assertThat(refusal(condition, "awards.add(5, \"村民议事\");")).as(condition)
                    .contains("月份要写成「2024-07」这样的年-月");
        }
    }

    /** Attack tryout 19b, G9: a list's values were never held to what a comparison with each would be. */
    @Test
    void eachValueOfAListIsHeldToWhatAComparisonWithItWouldBe() {
        assertThat(refusal("Event( type == \"参加村民大会\", month in (\"2024-07\", \"2024-8\") )", "awards.add(5, \"村民议事\");"))
                .contains("月份要写成「2024-07」这样的年-月", "\"2024-8\"");
        assertThat(refusal("$e : Event( type in (\"参加村民大会\", attr(\"备注\")) )", "awards.add(5, \"村民议事\");"))
                .contains("事件类型只能和写在英文双引号里的类型比较");
        assertThat(refusal("Event( type == \"参加村民大会\", quantity in (\"3\") )", "awards.add(5, \"村民议事\");"))
                .contains("「quantity」是数字", "quantity in (3, 4)");
        assertThat(refusal("Event( type in (\"参加村民大会\", 3) )", "awards.add(5, \"村民议事\");"))
                .contains("「type」是文字", "type in (\"3\")");
        CompiledPlan plan = COMPILER.compileUpload(List.of(PlanFile.of("村规.drl", drl(
                "Event( type in (\"参加村民大会\", \"参加志愿服务\"), month not in (\"2024-07\", \"2024-08\"), quantity in (1, 2) )",
                "awards.add(5, \"村民议事\");"))));
        assertThat(plan.rules()).containsOnlyKeys("规则");
    }

    @Test
    void monthsAndNumbersAreStillOrderedAndZeroAndDecimalsStayWritable() {
        CompiledPlan plan = COMPILER.compileUpload(List.of(PlanFile.of("村规.drl", drl(
                "$e : Event( type == \"参加村民大会\", month >= \"2024-07\", quantity >= 0, intAttr(\"小时\") > 0, flag(\"已核实\") == true )",
                "awards.add(0 + 2, \"村民议事\");"))));
        assertThat(plan.rules()).containsOnlyKeys("规则");
    }

    private static String refusal(String when, String then) {
        List<PlanProblem> problems = new java.util.ArrayList<>();
        assertThatThrownBy(() -> COMPILER.compileUpload(List.of(PlanFile.of("村规.drl", drl(when, then)))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> problems.addAll(rejected.problems()));
        assertThat(problems).first().satisfies(problem -> assertThat(problem.line()).isIn(8, 10));
        return problems.get(0).message();
    }

    private static String drl(String when, String then) {
        return """
                package villages.shown;
                import org.jifen.rules.Event;
                import org.jifen.rules.Household;
                global org.jifen.rules.Awards awards;

                rule "规则"
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then);
    }
}
