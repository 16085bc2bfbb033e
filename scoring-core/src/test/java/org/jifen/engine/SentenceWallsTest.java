package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 0246: what a clerk writes in a sentence is held to what the sentence is for, and a file of sentences runs only
 * the rules its own lines declare. The hostile routes are in {@link HostileCorpus#sentencesThatEndTheirRule}; here the
 * honest side and the wall that holds without the other two.
 */
class SentenceWallsTest {

    private static String rule(String name, String condition, String consequence) {
        return HostileCorpus.HEADER + "\nrule \"" + name + "\"\nwhen\n    " + condition + "\nthen\n    " + consequence + "\nend\n";
    }

    @Test
    void namesAndNumbersAVillageWritesStand() {
        PlanFile plan = PlanFile.of("村规.dslr", rule("参加第3组（东片）会议", "当 事件类型为 \"第3组（东片）村民会议·冬季\" 且数量不少于 100 时",
                "加 0 分 计入 \"村民议事\"\n    附加 20 分 计入 \"文明新风\"\n    按数量每次扣 5 分 计入 \"人居环境\""));

        assertThat(new PlanCompiler(1000).compileUpload(List.of(plan)).rules()).containsOnlyKeys("参加第3组（东片）会议");
    }

    @Test
    void aNameWithAQuoteIsRefusedAtItsLineQuotingIt() {
        PlanFile plan = PlanFile.of("村规.dslr", rule("r", "当 事件类型为 \"大会)\" 时", "加 1 分 计入 \"村民议事\""));

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(plan)))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(9);
                            assertThat(problem.message()).startsWith("「大会)」写在句子的名称位置");
                        }));
    }

    /** The third wall alone: a DRL line ({@code >}) passes the slot and sentence checks, not the rule boundaries. */
    @Test
    void aRuleThatNoLineDeclaresIsRefusedEvenWhenNoSentenceMadeIt() {
        PlanFile plan = PlanFile.of("村规.dslr", rule("r", "当 事件类型为 \"参加村民大会\" 时",
                "> awards.add(1, \"村民议事\"); end rule \"藏\" when Event() then awards.add(100, \"村民议事\");"));

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(plan)))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems().get(0).message())
                        .contains("「藏」"));
    }

    @Test
    void aRuleCommentedOutInABlockIsNotDeclared() {
        PlanFile plan = PlanFile.of("村规.dslr", rule("r", "当 事件类型为 \"参加村民大会\" 时", "加 1 分 计入 \"村民议事\"")
                + "/*\nrule \"旧\"\nwhen\n    当 事件类型为 \"见义勇为\" 时\nthen\n    加 1 分 计入 \"村民议事\"\nend\n*/\n");

        assertThat(new PlanCompiler(1000).compileUpload(List.of(plan)).rules()).containsOnlyKeys("r");
    }

    /** What the plan page reads: a rule's text that expands to more than that rule gives no words, not the sentence. */
    @Test
    void aRuleTextThatExpandsToTwoRulesHasNoExpansionToSay() {
        String honest = "rule \"r\"\nwhen\n    当 事件类型为 \"参加村民大会\" 时\nthen\n    加 1 分 计入 \"村民议事\"\nend";
        String two = "rule \"r\"\nwhen\n    当 事件类型为 \"参加村民大会\" 时\nthen\n    > awards.add(1, \"村民议事\"); end rule \"藏\""
                + " when Event() then awards.add(100, \"村民议事\");\nend";

        ExpandedRules expanded = ExpandedRules.of(List.of(PlanFile.of("村规.dslr", honest)));

        assertThat(expanded.drl("村规.dslr", honest)).contains("awards.add(1, \"村民议事\")");
        assertThat(expanded.drl("村规.dslr", two)).isNull();
    }
}
