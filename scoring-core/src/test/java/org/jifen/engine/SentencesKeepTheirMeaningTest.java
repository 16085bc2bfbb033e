package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standard sentences mean the same in every village (ADR 0214; attack tryout 7, M3): a village's own .dsl may
 * not give 「家庭户带有标签」 the meaning 「没有标签」, nor 「一票否决」 the meaning 「加 0 分」; and whoever reads a rule in
 * sentences is told what it runs.
 */
class SentencesKeepTheirMeaningTest {

    /** The tryout's s4.dsl: the guide's sentences, each with another meaning. */
    static final String OPPOSITE_MEANINGS = """
            # 本村句式
            [when]当 事件类型为 "{t}" 时=$e : Event( type == "{t}" )
            [when]家庭户带有标签 "{g}"=Household( !hasTag("{g}") )
            [then]按数量每次扣 {n} 分 计入 "{c}"=awards.bonus({n} * $e.getQuantity(), "{c}");
            [then]一票否决 计入 "{c}"=awards.add(0, "{c}");
            """;

    static final String RULES_READING_LIKE_THE_GUIDE = HostileCorpus.HEADER + """

            rule "宅前屋后乱堆物"
            when
                当 事件类型为 "宅前屋后乱堆物" 时
                家庭户带有标签 "党员户"
            then
                按数量每次扣 5 分 计入 "人居环境"
            end

            rule "违法搭建"
            when
                当 事件类型为 "违法搭建" 时
            then
                一票否决 计入 "平安建设"
            end
            """;

    @Test
    void aVillagesOwnSentenceWrittenLikeAStandardOneWithAnotherMeaningIsRefusedAtItsLine() {
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(
                PlanFile.of("本村句式.dsl", OPPOSITE_MEANINGS), PlanFile.of("方案.dslr", RULES_READING_LIKE_THE_GUIDE))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(PlanProblem::file, PlanProblem::line)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 3),
                                org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 4),
                                org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 5)))
                .satisfies(rejected -> assertThat(((PlanRejected) rejected).problems().get(0).message())
                        .contains("家庭户带有标签 \"{g}\"", "标准句式", "意思却不一样"));
    }

    @Test
    void spacesAndPlaceholderNamesDoNotMakeAnotherSentence() {
        String respaced = "[when]家庭户带有标签\"{标签}\"=Household( !hasTag(\"{标签}\") )\n";

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("本村句式.dsl",
                "[when]当 事件类型为 \"{t}\" 时=$e : Event( type == \"{t}\" )\n" + respaced
                        + "[then]加 {n} 分 计入 \"{c}\"=awards.add({n}, \"{c}\");\n"),
                PlanFile.of("方案.dslr", HostileCorpus.HEADER + """
                        rule "党员户参会"
                        when
                            当 事件类型为 "参加村民大会" 时
                            家庭户带有标签 "党员户"
                        then
                            加 1 分 计入 "村民议事"
                        end
                        """))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.line()).isEqualTo(2)));
    }

    /** Attack tryout 8, N2: a Chinese comma or 「」 for the quotes does not make another sentence either. */
    @Test
    void punctuationDoesNotMakeAnotherSentence() {
        String repunctuated = """
                [when]当 事件类型为 "{t}" 时=$e : Event( type == "{t}" )
                [when]家庭户带有标签「{g}」=Household( !hasTag("{g}") )
                [then]按数量每次扣 {n} 分，计入 "{c}"=awards.bonus({n} * $e.getQuantity(), "{c}");
                [then]一票否决，计入「{c}」=awards.add(0, "{c}");
                """;
        String rules = RULES_READING_LIKE_THE_GUIDE.replace("家庭户带有标签 \"党员户\"", "家庭户带有标签「党员户」")
                .replace("按数量每次扣 5 分 计入", "按数量每次扣 5 分，计入").replace("一票否决 计入 \"平安建设\"", "一票否决，计入「平安建设」");

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(
                PlanFile.of("本村句式.dsl", repunctuated), PlanFile.of("方案.dslr", rules))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(PlanProblem::file, PlanProblem::line)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 2),
                                org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 3),
                                org.assertj.core.groups.Tuple.tuple("本村句式.dsl", 4)));
    }

    /**
     * Attack tryout 9, F5 (ADR 0203): 「加 {n} 分 記入/记入/計入」 that deducts reads as the standard 「加 {n} 分 计入」;
     * a traditional variant is the same sentence, a homophone one character apart is refused as reading like it; a
     * sentence one character from a standard one that means what a standard one that close means (减 for 扣) stands.
     */
    @Test
    void aVariantOrOneCharacterApartFromAStandardSentenceWithAnotherMeaningIsRefused() {
        for (String written : List.of("計入", "记入")) {
            assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("本村句式.dsl",
                    "[when]当 事件类型为 \"{type}\" 时=$e : Event( type == \"{type}\" )\n"
                            + "[then]加 {n} 分 " + written + " \"{c}\"=awards.add(-{n}, \"{c}\");\n"),
                    PlanFile.of("方案.dslr", HostileCorpus.HEADER + "rule \"参会\"\nwhen\n    当 事件类型为 \"参加村民大会\" 时\n"
                            + "then\n    加 5 分 " + written + " \"村民议事\"\nend\n"))))
                    .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                            .singleElement().satisfies(problem -> {
                                assertThat(problem.line()).isEqualTo(2);
                                assertThat(problem.message()).startsWith("本村句式「加 {n} 分 " + written
                                        + " \"{c}\"」和积分方案标准句式「加 {n} 分 计入 \"{category}\"」")
                                        .contains(written.equals("計入") ? "写法一样，意思却不一样" : "只差一个字，意思却不一样");
                            }));
        }
        CompiledPlan plan = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("本村句式.dsl", """
                [when]当 事件类型为 "{t}" 时=$e : Event( type == "{t}" )
                [then]减 {n} 分 计入 "{c}"=awards.add(-{n}, "{c}");
                """), PlanFile.of("方案.dslr", HostileCorpus.HEADER + """
                rule "乱堆物"
                when
                    当 事件类型为 "宅前屋后乱堆物" 时
                then
                    减 5 分 计入 "人居环境"
                end
                """)));
        assertThat(plan.rules()).containsKey("乱堆物");
    }

    @Test
    void aVillageMayCopyAStandardSentenceWithItsStandardMeaning() {
        CompiledPlan plan = new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("本村句式.dsl", """
                [when]当 事件类型为 "{事件}" 时=$e : Event( type == "{事件}" )
                [then]加 {分} 分 计入 "{类别}"=awards.add({分}, "{类别}");
                [then]记 {分} 分到 "{类别}"=awards.add({分}, "{类别}");
                """), PlanFile.of("方案.dslr", HostileCorpus.HEADER + """
                rule "参加村民大会"
                when
                    当 事件类型为 "参加村民大会" 时
                then
                    记 2 分到 "村民议事"
                end
                """)));

        assertThat(plan.rules()).containsKey("参加村民大会");
    }

    @Test
    void whatARuleInSentencesRunsIsItsExpansionWithThePlansOwnSentences() {
        ExpandedRules runs = ExpandedRules.of(List.of(PlanFile.of("本村句式.dsl", OPPOSITE_MEANINGS),
                PlanFile.of("方案.dslr", RULES_READING_LIKE_THE_GUIDE)));

        assertThat(runs.drl("方案.dslr", """
                rule "宅前屋后乱堆物"
                when
                    当 事件类型为 "宅前屋后乱堆物" 时
                    家庭户带有标签 "党员户"
                then
                    按数量每次扣 5 分 计入 "人居环境"
                end"""))
                .contains("Household( !hasTag(\"党员户\") )", "awards.bonus(5 * $e.getQuantity(), \"人居环境\");");
        assertThat(runs.drl("方案.drl", "rule \"a\" when Event() then end")).isEqualTo("rule \"a\" when Event() then end");
    }
}
