package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Radical and stroke symbols print like ideographs (⻄ U+2EC4 like 西, ⻛ U+2EDB like 风) and NFKC does not fold the
 * CJK Radicals Supplement: they are refused wherever a name is read (ADR 0214; attack tryout 7, M4).
 */
class RadicalLookAlikesTest {

    /** The tryout's n17_radical_sup.drl: a reward and a deduction whose names read the same on a notice. */
    static final String TWO_NAMES_THAT_READ_THE_SAME = HostileCorpus.HEADER + """

            rule "西区文明新风户"
            when
                $e : Event( type == "参加村民大会" )
            then
                awards.add(5, "文明新风");
            end

            rule "⻄区文明新⻛户"
            when
                $e : Event( type == "宅前屋后乱堆物" )
            then
                awards.add(-5, "文明新风");
            end
            """;

    @Test
    void aRuleNameWithARadicalFromTheSupplementIsRefusedNamingTheCharacter() {
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("n17.drl",
                TWO_NAMES_THAT_READ_THE_SAME))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(14);
                            assertThat(problem.message()).contains("第 1 个字符「⻄」（U+2EC4）", "部首");
                        }));
    }

    @Test
    void kangxiRadicalsAndStrokesAreRefusedToo() {
        assertThat(RuleNames.refusal("参加村民⼤会")).contains("第 5 个字符「⼤」（U+2F24）");
        assertThat(RuleNames.refusal("一㇐二")).contains("U+31D0");
        assertThat(RuleNames.refusal("西区文明新风户")).isNull();
    }

    @Test
    void aCatalogTypeOrCategoryWithARadicalIsRefusedAtItsLine() {
        List<PlanProblem> problems = new java.util.ArrayList<>();
        EventCatalog.read(PlanFile.of("catalog.csv", """
                事件类型,类别
                参加村民大会,村民议事
                ⻄区保洁,人居环境
                西区保洁,文明新⻛
                """), problems, new java.util.ArrayList<>());

        assertThat(problems).extracting(PlanProblem::line).containsExactly(3, 4);
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).contains("部首或笔画符号"));
    }
}
