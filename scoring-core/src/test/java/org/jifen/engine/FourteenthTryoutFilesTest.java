package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.attackers;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fourteenth outside attack tryout's files, as uploaded (ADR 0248): what they hid is refused at its line, in
 * words that say what to write instead; the honest words and headings a clerk would write stand.
 */
class FourteenthTryoutFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            b01_veto_words | b01_veto_words.dsl | 3 | 「记为敢于否决 计入 "{c}"」读起来是计分（没有写扣分），「=」后面的规则写法实际上却是一票否决
            b01_veto_words | b01_veto_words.dsl | 4 | 「好人好事示范户，不怕否决 计入 "{c}"」读起来是计分（没有写扣分），「=」后面的规则写法实际上却是一票否决
            v13_when_or    | v13_when_or.dsl    | 1 | 用 or 或 || 连了几个条件，满足其中一个就算：一句只能是一个条件
            v08_when_ctrl  | v08_when_ctrl.dsl  | 1 | 这一行第 47 个字（「e == "{t}" )」后面）是一个看不见的换行符（行分隔符 U+2028）
            """)
    void whatTheSentencesHidIsRefusedAtTheirLine(String plan, String file, int line, String why) throws IOException {
        assertThat(refused(List.of(resource(plan + ".dsl"), resource(plan + ".dslr"))))
                .anySatisfy(problem -> {
                    assertThat(problem.file()).isEqualTo(file);
                    assertThat(problem.line()).isEqualTo(line);
                    assertThat(problem.message()).contains(why).contains("请");
                });
    }

    /** Attack tryout 15, S2: the same class as B5, with the alternatives inside the pattern. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"k12_contains", "k14_lt", "k15_str_ne_eq"})
    void alternativesInsideOneSentencesPatternAreRefusedAtItsLine(String plan) throws IOException {
        assertThat(refused(List.of(resource("attack15", plan + ".dsl"), resource("attack15", plan + ".dslr"))))
                .anySatisfy(problem -> {
                    assertThat(problem.file()).endsWith(plan + ".dsl");
                    assertThat(problem.line()).isEqualTo(1);
                    assertThat(problem.message()).contains("用 or 或 || 连了几个条件", "一句只能是一个条件");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            s06_tail_after | 13 | 「awards.veto("平安建设");」
            s16_prefix_raw | 13 | 「awards.veto("平安建设");」
            """)
    void codeBesideAStandardSentenceIsRefusedAtItsLine(String plan, int line, String code) throws IOException {
        assertThat(refused(List.of(resource(plan + ".dslr")))).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(code, "一行只写一句", "以「>」开头");
        });
        // a version stored before the check still loads (ADR 0248)
        assertThat(new PlanCompiler(1000).compile(List.of(resource(plan + ".dslr"))).rules()).containsKey("r");
    }

    /**
     * F1 and F2: 「否决该户当月积分」「本月缺席」「该户不再是」「普通户（"{g}" 以外）」 and the other honest words stand. The
     * rules whose only condition was 「该户不再是 …」 (a negated household) now say their event too: alone they scored on
     * every event and every month-end (attack tryout 18, F15; ADR 0257).
     */
    @ParameterizedTest
    @ValueSource(strings = {"f04_honest_words", "t04_honest_when", "f06_honest_not2"})
    void theHonestSentencesStand(String plan) throws IOException {
        CompiledPlan compiled = new PlanCompiler(1000).compileUpload(List.of(resource(plan + ".dsl"),
                resource(plan + ".dslr")));

        assertThat(compiled.rules()).isNotEmpty();
    }

    /** F3: headings that say how to fill the cells in (「扣分写负数」「单位：分」) stand. */
    @ParameterizedTest
    @ValueSource(strings = {"g2_I_fushu", "g5_F_danwei"})
    void theHonestHeadingsStand(String workbook) throws IOException {
        assertThat(new PlanCompiler(1000).compileUpload(List.of(attackers("attack14", workbook))).rules()).isNotEmpty();
    }

    private static PlanFile resource(String name) throws IOException {
        return resource("attack14", name);
    }

    private static PlanFile resource(String tryout, String name) throws IOException {
        try (InputStream in = FourteenthTryoutFilesTest.class.getResourceAsStream(tryout + "/" + name)) {
            return PlanFile.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
