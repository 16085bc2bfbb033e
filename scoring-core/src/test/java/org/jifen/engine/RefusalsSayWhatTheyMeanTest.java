package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jifen.plan.PlanTemplate;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.junit.jupiter.api.Test;

/**
 * The minor findings of the fifth outside tryout (ADR 0174): a cap past its bound says the bound, a formula in the
 * 测试 sheet names its cell, the properties a refusal offers are the contract's, what a refusal quotes cannot hide
 * or reorder text, a workbook's other sheets count in its cell budget, and a person counts once for a cap however
 * the attribute's spaces and widths were typed.
 */
class RefusalsSayWhatTheyMeanTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final PlanCompiler compiler = new PlanCompiler(1000);

    @Test
    void aCapPastItsBoundSaysTheBoundInChinese() {
        assertThat(refused(PlanFile.of("上限.drl", HostileCorpus.HEADER
                + "rule \"参加村民大会\" @cap(2147483647) when Event() then " + HostileCorpus.AWARD + " end\n")))
                .anySatisfy(problem -> assertThat(problem.message()).contains("上限 @cap(2147483647) 太大",
                        "最多写 999999 分"));
    }

    @Test
    void anUnknownNameIsAnsweredWithTheContractsPropertiesOnly() {
        assertThat(refused(PlanFile.of("属性.drl", HostileCorpus.rule("Event( colour == \"红\" )", HostileCorpus.AWARD))))
                .anySatisfy(problem -> assertThat(problem.message()).contains("不认识的名称「colour」", "quantity")
                        .doesNotContain("doubleValue", "intValue", "longValue"));
    }

    @Test
    void aDirectionOverrideOrAnEscapeInWhatARefusalQuotesIsShownAsItsCode() {
        List<PlanProblem> problems = refused(PlanFile.of("方向.drl", HostileCorpus.rule(
                "Event( type == \"参加\u202e会大\u001b[31m\" , colour == 1 )", HostileCorpus.AWARD)));

        assertThat(problems).allSatisfy(problem -> assertThat(problem.message() + problem.file())
                .doesNotContain("\u202e", "\u001b"));
        assertThat(new PlanProblem("a\u202eb.drl", 1, "「x\u001b[31my」").message()).isEqualTo("「x\\u001B[31my」");
        assertThat(new PlanProblem("a\u202eb.drl", 1, "x").file()).isEqualTo("a\\u202Eb.drl");
    }

    @Test
    void aFormulaInTheTestSheetIsRefusedAtItsCell() throws IOException {
        byte[] workbook = withSheets(PlanTemplate.xlsx(), book -> book.getSheet("测试").getRow(1).getCell(0)
                .setCellFormula("\"开会\"&\"得 2 分\""));

        assertThat(refused(new PlanFile(PlanTemplate.FILE_NAME, workbook))).anySatisfy(problem -> {
            assertThat(problem.cell()).isEqualTo("A2");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("表格「测试」的单元格 A2 是公式");
        });
    }

    @Test
    void anExtraSheetOfAHundredThousandCellsIsRefusedByTheCellBudgetQuickly() throws IOException {
        byte[] workbook = withSheets(PlanTemplate.xlsx(), book -> {
            Sheet extra = book.createSheet("全村名单");
            for (int r = 0; r < 1000; r++) {
                Row row = extra.createRow(r);
                for (int c = 0; c < 104; c++) {
                    row.createCell(c).setCellValue(c % 2);
                }
            }
        });
        long cpu = THREADS.getCurrentThreadCpuTime();

        assertThat(refused(new PlanFile(PlanTemplate.FILE_NAME, workbook))).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("超过了 20000 个", "表格「全村名单」", "删去和方案无关的工作表"));
        long millis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        org.slf4j.LoggerFactory.getLogger(RefusalsSayWhatTheyMeanTest.class).info(
                "a workbook with an extra sheet of 104,000 cells ({} bytes) refused in {} ms of CPU", workbook.length, millis);
        assertThat(millis / 1000).as("CPU seconds").isLessThan(10);
    }

    @Test
    void aPersonCountsOnceForACapHoweverTheSpacesAndWidthsOfTheNameWereTyped() {
        CompiledPlan plan = compiler.compile(List.of(PlanFile.of("参军.drl", HostileCorpus.HEADER
                + "rule \"参军入伍\" @cap(20) @capPer(\"ever\") @capBy(\"姓名\")\nwhen\n    Event( type == \"参军入伍\" )\n"
                + "then\n    awards.bonus(20, \"平安建设\");\nend\n")));
        Household household = new Household("1", "一组", null, 3, 3, Set.of());

        assertThat(List.of("张三", "张三\u00a0", " 张三\u3000", "Ｚｈａｎｇ  San", "Zhang San")).extracting(name ->
                plan.fire(List.of(new Event("参军入伍", "1", LocalDate.of(2024, 7, 1), 1, Map.of("姓名", name)),
                        household)).get(0).capKey())
                .containsExactly("张三", "张三", "张三", "Zhang San", "Zhang San");
    }

    private List<PlanProblem> refused(PlanFile plan) {
        try {
            compiler.compileUpload(List.of(plan));
        } catch (PlanRejected rejected) {
            return rejected.problems();
        }
        throw new AssertionError("the plan was accepted");
    }

    private static byte[] withSheets(byte[] workbook, java.util.function.Consumer<XSSFWorkbook> change)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}
