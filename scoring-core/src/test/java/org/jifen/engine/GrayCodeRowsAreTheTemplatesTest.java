package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A spreadsheet's gray code row is the template's in every condition and metadata column, not only in the points
 * columns (attack tryout 16, X2): each edit below left the yellow and white cells reading exactly as the example's.
 */
class GrayCodeRowsAreTheTemplatesTest {

    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "杨家庄村示例.drl.csv");

    @Test
    void theExampleAsWrittenIsAccepted() throws IOException {
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("杨家庄村示例.drl.csv",
                Files.readString(EXAMPLE)))).rules()).isNotEmpty();
    }

    static List<org.junit.jupiter.params.provider.Arguments> edits() {
        return List.of(
                edit("事件类型 negated: every other event vetoed", "\"type == \"\"$param\"\"\"", "\"type != \"\"$param\"\"\"", "C9"),
                edit("户标签 negated: households without the tag paid", "\"hasTag(\"\"$param\"\")\",",
                        "\"!hasTag(\"\"$param\"\")\",", "E9"),
                edit("a cap of 10 made 110", ",cap($param),", ",cap(1$param),", "B9"),
                edit("the cap period made ever", "\"capPer(\"\"$param\"\")\"", "\"capPer(\"\"ever\"\")\"", "M9"));
    }

    private static org.junit.jupiter.params.provider.Arguments edit(String what, String template, String edited,
            String cell) {
        return org.junit.jupiter.params.provider.Arguments.of(what, template, edited, cell);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void anEditedGrayRowIsRefusedAtItsCellWithTheTemplatesCode(String edit, String template, String edited, String cell)
            throws IOException {
        String text = Files.readString(EXAMPLE);
        assertThat(text).contains(template.strip());
        PlanFile plan = PlanFile.of("杨家庄村示例.drl.csv", text.replaceFirst(java.util.regex.Pattern.quote(template.strip()),
                java.util.regex.Matcher.quoteReplacement(edited.strip())));
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(plan)))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.cell()).isEqualTo(cell);
                            assertThat(problem.message()).contains("灰色代码行被改过", "请改回模板的写法");
                        }));
    }

    /** Attack tryout 17, H1: the gray row is the template's, the yellow label says the other direction. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            最少数量 | 最多数量                 | D10 | 「最多」和这一列实际的条件相反
            户标签   | 户标签（非党员户）        | E10 | 「非」和这一列实际的条件相反
            不含标签（这类户不计） | 只计这类户 | L10 | 没有说出这一列的条件
            最少数量 | 最大数量                 | D10 | 「最大」和这一列实际的条件相反
            事件类型 | 不含事件类型             | C10 | 「不含」和这一列实际的条件相反
            上限（分） | 每月最多次数           | B10 | 「次」和这一列实际的条件相反
            上限（分） | 下限（分）             | B10 | 「下限」和这一列实际的条件相反
            事件类型 | 非此事件类型             | C10 | 「非此」和这一列实际的条件相反
            上限（分） | 上限（分，按年）       | B10 | 「按年」和这一列实际的条件相反
            上限周期（月/季度/年/一次性） | 上限周期（月/季度/年/一次性，默认年） | M10 | 「默认年」和这一列实际的条件相反
            """)
    void aLabelSayingTheOppositeOfItsColumnIsRefusedAtTheLabel(String label, String changed, String cell, String why)
            throws IOException {
        String text = Files.readString(EXAMPLE);
        assertThat(text).contains("," + label + ",");
        PlanFile plan = PlanFile.of("杨家庄村示例.drl.csv", text.replaceFirst(java.util.regex.Pattern.quote("," + label + ","),
                "," + changed + ","));
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(plan)))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.cell()).isEqualTo(cell);
                            assertThat(problem.message()).contains(why, "请把标题改回「" + label + "」");
                        }));
    }

    @Test
    void aLabelInTheClerksOwnWordsThatSaysTheSameStays() throws IOException {
        String text = Files.readString(EXAMPLE).replaceFirst(",最少数量,", ",最少数量（处）,")
                .replaceFirst(",上限（分）,", ",每月最多（分）,")
                .replaceFirst(",户标签,", ",户标签（不填则每户都计）,");
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("杨家庄村示例.drl.csv", text))).rules())
                .isNotEmpty();
    }

    /** Attack tryout 18, F8: a points label saying 不乘数量 over a per-event code, or 基础分 over a bonus. */
    @ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            村民议事（每次分值）       | 村民议事（每次分值，不乘数量） | 标题写了「不乘数量」，这一列的分却要乘以事件的数量
            "附加分（分值, 类别）"     | 附加分（每次分值乘以数量）      | 标题写了乘以数量，这一列的分却不乘数量
            "附加分（分值, 类别）"     | "基础分（分值, 类别）"         | 标题写了「基础分」，这一列的分却是附加分
            """)
    void aPointsLabelSayingOtherwiseOfQuantityOrTheHundredIsRefused(String label, String changed, String why)
            throws IOException {
        String text = Files.readString(EXAMPLE);
        assertThat(text).contains("," + label + ",");
        PlanFile plan = PlanFile.of("杨家庄村示例.drl.csv", text.replaceFirst(java.util.regex.Pattern.quote("," + label + ","),
                java.util.regex.Matcher.quoteReplacement("," + changed + ",")));
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(plan)))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> assertThat(problem.message()).contains(why)));
    }
}
