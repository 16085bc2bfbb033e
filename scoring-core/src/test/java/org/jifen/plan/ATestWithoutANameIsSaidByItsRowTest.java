package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanRejected;
import org.junit.jupiter.api.Test;

/**
 * The 用例 column of a workbook's 测试 sheet may be left empty (attack tryout 16, E1: such a row crashed the plan check,
 * answered 「检查程序意外退出」): the test is said by its row.
 */
class ATestWithoutANameIsSaidByItsRowTest {

    private static final List<String> HEADER = List.of("用例", "事件类型", "数量", "户标签", "属性", "期望得分");

    @Test
    void aPassingTestWithoutANameIsAccepted() {
        PlanFile plan = new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx(List.of(HEADER,
                List.of("", "参加村民大会", "", "", "", "参加村民大会 2"))));
        assertThat(new PlanCompiler(1000).compileUpload(List.of(plan)).rules()).isNotEmpty();
    }

    @Test
    void aFailingOneIsNamedByItsRow() {
        PlanFile plan = new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx(List.of(HEADER,
                List.of("", "参加村民大会", "", "", "", "参加村民大会 5"))));
        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(plan)))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .anySatisfy(problem -> assertThat(problem.message()).contains("测试「第 2 行」")));
    }
}
