package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jifen.plan.PlanTemplate;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clerks write plans in a spreadsheet. The template's worked rows are the contract example, so the same plan
 * exists as DRL, as Chinese sentences and as a spreadsheet: all three must give identical awards.
 */
class SpreadsheetPlanTest {

    private static final Household HOUSEHOLD = new Household("7", "一组", null, 4, 3, Set.of());
    private static final PlanCompiler COMPILER = new PlanCompiler(1000);

    private final CompiledPlan drl = COMPILER.compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL)));
    private final CompiledPlan sentences = COMPILER.compile(List.of(PlanFile.of("方案.dslr",
            ChineseSentencesTest.CONTRACT_EXAMPLE_IN_SENTENCES)));
    private final CompiledPlan spreadsheet = COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME,
            PlanTemplate.xlsx())));

    static Stream<Object> facts() {
        return Stream.of(
                event("参加村民大会", 1), event("宅前屋后乱堆物", 3), event("宅前屋后乱堆物", 7), event("见义勇为", 1),
                event("违法搭建", 1), event("没有这个类型", 1),
                new MonthSummary("7", "2024-07", Map.of("参加村民大会", 1), Map.of("参加村民大会", 1), 2, 0, 0),
                new MonthSummary("7", "2024-07", Map.of("宅前屋后乱堆物", 1), Map.of("宅前屋后乱堆物", 1), 0, 0, 5));
    }

    @ParameterizedTest
    @MethodSource("facts")
    void drlSentencesAndSpreadsheetGiveIdenticalAwards(Object fact) {
        List<FiredAward> expected = drl.fire(List.of(fact, HOUSEHOLD));

        assertThat(sentences.fire(List.of(fact, HOUSEHOLD))).isEqualTo(expected);
        assertThat(spreadsheet.fire(List.of(fact, HOUSEHOLD))).isEqualTo(expected);
    }

    @Test
    void aSpreadsheetRuleIsKnownByItsSheetRowAndKeepsItsCap() {
        RuleInfo rule = spreadsheet.rules().get("宅前屋后乱堆物");

        assertThat(rule.file()).isEqualTo(PlanTemplate.FILE_NAME);
        assertThat(rule.line()).isEqualTo(12);
        assertThat(rule.cap()).isEqualTo(25);
        assertThat(rule.source()).contains("awards.add(-5 * $e.getQuantity(), \"人居环境\");");
    }

    @Test
    void aCsvSpreadsheetWorksToo() {
        String csv = """
                RuleSet,villages.csv,,
                Import,org.jifen.rules.Event,,
                Variables,org.jifen.rules.Awards awards,,
                ,,,
                RuleTable 积分项目,,,
                NAME,CONDITION,ACTION,
                ,$e : Event,,
                ,"type == ""$param""\","awards.add($param * $e.getQuantity(), ""村民议事"");",
                规则名称,事件类型,村民议事,
                参加村民大会,参加村民大会,2,
                """;

        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of("积分表.drl.csv", csv)));

        assertThat(plan.fire(List.of(event("参加村民大会", 1), HOUSEHOLD))).isEqualTo(drl.fire(List.of(
                event("参加村民大会", 1), HOUSEHOLD)));
        assertThat(plan.rules().get("参加村民大会").line()).isEqualTo(10);
    }

    @Test
    void codeInASpreadsheetCellIsRefusedNamingTheRow() {
        String csv = """
                RuleSet,villages.csv,,
                Import,org.jifen.rules.Event,,
                Variables,org.jifen.rules.Awards awards,,
                ,,,
                RuleTable 积分项目,,,
                NAME,CONDITION,ACTION,
                ,$e : Event,,
                ,"type == ""$param""\","awards.add($param, ""村民议事"");",
                规则名称,事件类型,村民议事,
                参加村民大会,参加村民大会,2,
                偷偷关机,参加村民大会,"1); System.exit(1); awards.add(1",
                """;

        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of("积分表.drl.csv", csv))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("积分表.drl.csv");
                            assertThat(problem.line()).isEqualTo(11);
                            assertThat(problem.message()).contains("System").contains("表格第 11 行，单元格 C11");
                        }));
    }

    private static Event event(String type, int quantity) {
        return new Event(type, "7", LocalDate.of(2024, 7, 15), quantity, Map.of());
    }
}
