package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workbook whose help sheet inflates to 20 MB of XML is refused from its cell count, streamed, before anything reads
 * the workbook into memory: building it ran the checking JVM out of its 256 MB after 24 s, and the refusal then
 * blamed the rules at line 0 (seventh outside attack, M1). The refusal names the sheet and the row. So is a workbook
 * whose cells show more text than a plan's ever holds, counting a shared text once for each cell that shows it (eighth
 * outside attack, N6: 17,100 cells showing one 32,000-character text were accepted after a 16 s check).
 */
class AWorkbookTooLargeToReadTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void isRefusedNamingItsSheetWithoutBuildingIt() {
        PlanFile workbook = new PlanFile("杨家庄村示例.drl.xlsx", HostileCorpus.inflatedWorkbook());
        assertThat(workbook.content().length).as("packed, within the upload's 256 KB").isLessThan(256 * 1024);
        long allocated = THREADS.getCurrentThreadAllocatedBytes();

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(workbook)))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("杨家庄村示例.drl.xlsx");
                            assertThat(problem.line()).as("%s", problem).isPositive();
                            assertThat(problem.message()).contains("表格「填写说明」", "单元格超过了 20000 个",
                                    "请删去和方案无关的工作表");
                        }));

        long megabytes = (THREADS.getCurrentThreadAllocatedBytes() - allocated) / (1024 * 1024);
        assertThat(megabytes).as("MB allocated to refuse it (the checking JVM has 256 MB)").isLessThan(200);
    }

    @Test
    void aHelpSheetShowingOneLongTextInEveryCellIsRefusedNamingItsSheetAndRowAtOnce() {
        PlanFile workbook = new PlanFile("杨家庄村示例.drl.xlsx", HostileCorpus.sharedTextWorkbook());
        assertThat(workbook.content().length).as("packed, within the upload's 256 KB").isLessThan(256 * 1024);
        long cpu = THREADS.getCurrentThreadCpuTime();

        List<PlanProblem> problems = SpreadsheetBudget.beforeReading(List.of(workbook));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("杨家庄村示例.drl.xlsx");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("文字超过了 1000000 个字", "到表格「填写说明」第 2 行就超过了",
                    "请删去和方案无关的工作表");
        });
        long millis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        assertThat(millis).as("CPU ms to refuse it (accepted after 16 s before)").isLessThan(2000);
    }

    @Test
    void theGuidesExampleWorkbookIsWithinTheBudget() throws java.io.IOException {
        PlanFile example = new PlanFile("杨家庄村示例.drl.xlsx", java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("..", "docs", "examples", "杨家庄村示例.drl.xlsx")));

        assertThat(SpreadsheetBudget.beforeReading(List.of(example))).isEmpty();
    }
}
