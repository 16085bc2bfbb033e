package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.attackers;
import static org.jifen.engine.RefusedWorkbooks.corpus;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attack tryout 12 (ADR 0235): a plan whose words hold 否决, 负, 无 or 非 inside another word (否决异议处理人, 负责人,
 * 无论, 非常) is refused at that heading or sentence, telling the clerk what to write instead; the template and honest
 * words stand. A clerk who renamed a heading is told which heading to write.
 */
class WordsInAnotherSenseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            q4_foujue_handler_vetoes | 第 Q 列标题是「否决异议处理人」，这一列却会一票否决 | 「异议处理人」不是计分的说法 | 请把标题改成「一票否决（类别）」
            q2_note_foujue_vetoes    | 第 Q 列标题是「备注（否决异议记录）」               | 「备注」「异议记录」不是计分的说法 | 请把标题改成「一票否决（类别）」
            q3_fuzeren_deducts       | 第 Q 列标题是「平安建设负责人」，这一列却会加分或扣分 | 「平安建设负责人」不是计分的说法 | 请把标题改成「扣 50 分（类别）」
            q1_note_fuzeren_deducts  | 第 Q 列标题是「备注（负责人填写）」                 | 「备注」「负责人」不是计分的说法 | 请把标题改成「扣 50 分（类别）」
            """)
    void aScoringColumnHeadedWithAnotherWordIsRefusedNamingTheHeadingToWrite(String name, String what, String why,
            String fix) throws IOException {
        assertThat(refused(attackers("attack12", name))).singleElement().satisfies(problem -> {
            assertThat(problem.cell()).isEqualTo("Q10");
            assertThat(problem.message()).contains(what, why, fix).doesNotContain("awards", "$param", "null");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            OBJECTIONS_HANDLER_COLUMN_VETOES | 「积分项目」表的第 Q 列标题是「否决异议处理人」，这一列却会一票否决
            PERSON_IN_CHARGE_COLUMN_DEDUCTS  | 「积分项目」表的第 Q 列标题是「平安建设负责人」，这一列却会加分或扣分
            """)
    void theCorpusVariantsAreRefused(String variant, String why) throws ReflectiveOperationException {
        assertThat(refused(new PlanFile("标题.drl.xlsx", corpus(variant).get()))).anySatisfy(problem ->
                assertThat(problem.message()).contains(why));
    }

    /**
     * Clerk tryout 4, M06b and M06: a clerk who changed only the yellow heading is told to put the heading back to what
     * the column scores, not to edit the gray code row (which would move the points into another category).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            M06b_heading_of_another_category | 第 I 列标题写的是「平安建设（每次分值）」，这一列实际却计入「人居环境」 | 请把标题改回「人居环境（每次分值）」
            M06_heading_renamed              | 第 I 列标题是「卫生」，这一列却会加分或扣分                           | 请把标题改成「人居环境（每次分值）」
            """)
    void aClerkWhoRenamedAHeadingIsToldToPutTheHeadingBack(String name, String what, String fix) throws IOException {
        // these workbooks also cut the name in A12 with a column 24 wide (ADR 0255), said at A12
        assertThat(refused(attackers("clerk4", name))).filteredOn(problem -> problem.line() == 10).singleElement()
                .satisfies(problem -> {
            assertThat(problem.cell()).isEqualTo("I10");
            assertThat(problem.message()).contains(what, fix).doesNotContain("灰色代码行被改过", "awards");
        });
    }

    @Test
    void theAttackersUnchangedExampleIsAccepted() throws IOException {
        assertThat(new PlanCompiler(1000).compileUpload(List.of(attackers("attack12", "x0_control"))).rules()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            d1_buLun       | 3 | 「不论别的，只要是党员户」读起来是肯定的
            d2_wuLun       | 3 | 「是党员户（无论大小户）」读起来是肯定的
            d3_feichang    | 3 | 「是非常积极的党员户」读起来是肯定的
            d4_weiman      | 3 | 「是党员户（未满一年的也算）」读起来是肯定的
            d5_fuzeren     | 2 | 读起来是加分，「=」后面的规则写法实际上却是扣分
            d6_foujue_yiyi | 2 | 读起来是加分，「=」后面的规则写法实际上却是一票否决
            """)
    void theAttackersSentencesAreRefusedAtTheirLine(String name, int line, String why) throws IOException {
        List<PlanFile> plan = List.of(resource(name + ".dsl"), resource(name + ".dslr"));

        assertThat(refused(plan)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(name + ".dsl");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(why).contains("请");
        });
    }

    private static PlanFile resource(String name) throws IOException {
        try (InputStream in = WordsInAnotherSenseTest.class.getResourceAsStream("attack12/" + name)) {
            return PlanFile.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
