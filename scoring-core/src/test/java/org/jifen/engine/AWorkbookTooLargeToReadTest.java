package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workbook whose help sheet inflates to 20 MB of XML is refused from its cell count, streamed, before anything reads
 * the workbook into memory: building it ran the checking JVM out of its 256 MB after 24 s, and the refusal then
 * blamed the rules at line 0 (seventh outside attack, M1). The refusal names the sheet and the row.
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
}
