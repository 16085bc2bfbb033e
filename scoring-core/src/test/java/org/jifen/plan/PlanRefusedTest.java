package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.engine.PlanProblem;
import org.junit.jupiter.api.Test;

/** The refusal's one-line summary names the first problem's place, and says nothing where there is none. */
class PlanRefusedTest {

    @Test
    void aProblemOfTheWholeUploadIsSummedUpWithoutAnEmptyPlace() {
        String detail = new PlanRefused(List.of(new PlanProblem("", 0, "一个方案最多 30 个文件")), null).getMessage();

        assertThat(detail).contains("第一处：一个方案最多 30 个文件").doesNotContain("：：");
    }

    @Test
    void aProblemAtACellIsSummedUpWithItsFileLineAndCell() {
        String detail = new PlanRefused(List.of(new PlanProblem("积分表.drl.csv", 11, "C11", "没有填事件类型")), null)
                .getMessage();

        assertThat(detail).contains("第一处：积分表.drl.csv 第 11 行（单元格 C11）：没有填事件类型");
    }
}
