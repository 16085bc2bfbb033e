package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attack tryout 18, F9: a village's own sentence whose words give another comparison, match or kind of points than its
 * code is refused at its line; one that says what its code does stays.
 */
class OwnSentencesSayTheirComparisonTest {

    private static final String RULE = HostileCorpus.HEADER.replace("package villages.hostile;", "package villages.own;")
            + "\nrule \"志愿服务\"\nwhen\n    %s\nthen\n    %s\nend\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [when]当 这户参加了 "{t}" 且数量至少 {n} 时=$e : Event( type == "{t}", quantity <= {n} ) | 当 这户参加了 "参加志愿服务" 且数量至少 3 时 | [then]奖励 {n} 分，计入 "{c}"=awards.add({n}, "{c}"); | 奖励 5 分，计入 "文明新风" | 说的是至少（不少于）
            [when]当 事件是 "{t}" 时=$e : Event( type contains "{t}" ) | 当 事件是 "志愿" 时 | [then]奖励 {n} 分，计入 "{c}"=awards.add({n}, "{c}"); | 奖励 5 分，计入 "文明新风" | 是部分相符（contains、matches）
            [when]当 事件是 "{t}" 时=$e : Event( type == "{t}" ) | 当 事件是 "参加志愿服务" 时 | [then]另计附加分 {n} 分，计入 "{c}"=awards.add({n}, "{c}"); | 另计附加分 5 分，计入 "文明新风" | 说的是附加分
            """)
    void aSentenceSayingAnotherComparisonOrKindOfPointsIsRefused(String when, String whenLine, String then,
            String thenLine, String why) {
        assertThat(refused(List.of(PlanFile.of("本村句式.dsl", when + "\n" + then + "\n"),
                PlanFile.of("方案.dslr", RULE.formatted(whenLine, thenLine))))).anySatisfy(problem ->
                assertThat(problem.message()).contains(why));
    }

    @org.junit.jupiter.api.Test
    void aSentenceThatSaysItsComparisonStays() {
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("本村句式.dsl",
                "[when]当 这户参加了 \"{t}\" 且数量至少 {n} 时=$e : Event( type == \"{t}\", quantity >= {n} )\n"
                        + "[then]奖励 {n} 分，计入 \"{c}\"=awards.add({n}, \"{c}\");\n"),
                PlanFile.of("方案.dslr", RULE.formatted("当 这户参加了 \"参加志愿服务\" 且数量至少 3 时",
                        "奖励 5 分，计入 \"文明新风\"")))).rules()).containsKey("志愿服务");
    }
}
