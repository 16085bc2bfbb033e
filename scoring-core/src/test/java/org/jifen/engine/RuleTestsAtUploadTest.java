package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan may carry its own tests; they run at upload, and a failing one refuses the version, naming the case. */
class RuleTestsAtUploadTest {

    private static final String PASSING = """
            # 杨家庄村方案测试
            - 用例: 参加村民大会得 2 分
              事件类型: 参加村民大会
              期望:
                - {规则: 参加村民大会, 分数: 2}
            - 用例: 乱堆物按处扣分
              事件类型: 宅前屋后乱堆物
              数量: 3
              期望:
                - {规则: 宅前屋后乱堆物, 分数: -15}
            - 用例: 见义勇为是附加分
              事件类型: 见义勇为
              期望:
                - {规则: 见义勇为, 分数: 20, 类型: 附加分}
            - 用例: 违法搭建一票否决
              事件类型: 违法搭建
              期望:
                - {规则: 违法搭建, 类型: 一票否决}
            - 用例: 当月无扣分加 10 分
              月度: {次数: {参加村民大会: 1}, 扣分: 0}
              期望:
                - {规则: 当月无扣分, 分数: 10}
            - name: unknown events score nothing
              type: 没有这个类型
              expect: []
            """;

    @Test
    void aPlanWhoseTestsPassIsAccepted() {
        CompiledPlan plan = new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", PASSING)));

        assertThat(plan.rules()).hasSize(5);
    }

    /** Seventh outside attack, M2: cases of 50,000-character attributes held a check slot for a minute. */
    @Test
    void aCaseWhoseEventCouldNotBeRecordedIsRefusedAtItsLine() {
        String tooLong = PASSING.replace("  事件类型: 宅前屋后乱堆物\n", "  事件类型: 宅前屋后乱堆物\n  属性: {地点: " + "长".repeat(201) + "}\n");

        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", tooLong))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("方案.test.yaml");
                            assertThat(problem.line()).isEqualTo(6);
                            assertThat(problem.message()).contains("属性「地点」超出了登记事件时的限制", "值最多 200 个字");
                        }));
    }

    @Test
    void aFailingTestRefusesTheVersionAndNamesTheCase() {
        String failing = PASSING.replace("{规则: 参加村民大会, 分数: 2}", "{规则: 参加村民大会, 分数: 3}");

        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", failing))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo("方案.test.yaml");
                            assertThat(problem.line()).isEqualTo(2);
                            assertThat(problem.message()).contains("参加村民大会得 2 分")
                                    .contains("期望 「参加村民大会」3 分").contains("实际 「参加村民大会」2 分");
                        }));
    }

    /** Tryout 3, F2: a 月度 case that says something the month cannot hold is refused, not silently ignored. */
    @Test
    void aMonthCaseWithAKeyItCannotReadIsRefusedAtItsCase() {
        String month = """
                - 用例: 本月检查合格
                  月度: {次数: {参加村民大会: 1}, 属性: {结果: 合格}}
                  期望: []
                """;
        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", month))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(1);
                            assertThat(problem.message()).contains("「月度」里不能写「属性」", "最近");
                        }));
    }

    /** Attack tryout 7 (lead's additions): numbers a real event cannot have, or English for a bad number. */
    @Test
    void aQuantityOrCountNoEventCouldHaveIsRefusedInChineseAtItsCase() {
        for (String quantity : new String[] {"1.5", "0", "-5", "10001"}) {
            String test = "- 用例: 数量不对\n  事件类型: 宅前屋后乱堆物\n  数量: " + quantity + "\n  期望: []\n";
            assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                    PlanFile.of("方案.test.yaml", test))))
                    .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                            .singleElement().satisfies(problem -> {
                                assertThat(problem.line()).isEqualTo(1);
                                assertThat(problem.message()).contains("「" + quantity + "」")
                                        .doesNotContain("For input string");
                            }));
        }
        String wrapping = "- 用例: 次数合计溢出\n  月度: {次数: {参加村民大会: 2147483647, 宅前屋后乱堆物: 2}, 扣分: 0}\n"
                + "  期望: []\n";
        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", wrapping))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message()).contains("太大")));
    }

    @Test
    void aNumberTooLargeIsSaidToBeTooLargeWithItsLimit() {
        String huge = "- 用例: 次数太大\n  月度: {次数: {参加村民大会: 99999999999999999999}, 扣分: 0}\n  期望: []\n";

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", huge))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("「99999999999999999999」太大了：最大是 2147483647")
                                .doesNotContain("应是整数")));
    }

    @Test
    void aNumberWithAnExponentIsQuotedAsWrittenNotAsWhatItWouldBe() {
        String exponent = "- 用例: 指数\n  事件类型: 参加村民大会\n  数量: 1e999999999\n  期望: []\n";

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", exponent))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("「1e999999999」").doesNotContain("Infinity")));
    }

    /** The days of the months a plan could be put in force from or tried on in December 2026 (PlausibleMonths). */
    private static final TestDays DECEMBER_2026 = new TestDays(java.time.LocalDate.of(2021, 12, 1),
            java.time.LocalDate.of(2027, 12, 31));

    @Test
    void aTestDatedOnNoPlausibleDayIsRefusedWithTheDaysItMayBeDatedOn() {
        String dated = """
                - 用例: 去年的一次大会
                  事件类型: 参加村民大会
                  日期: 2025-07-15
                  期望: [{规则: 参加村民大会, 分数: 2}]
                """;
        new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", dated)), DECEMBER_2026);

        for (String day : List.of("0001-01-01", "9999-12-31", "2021-11-30", "2028-01-01")) {
            assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl",
                    ContractExample.DRL), PlanFile.of("方案.test.yaml", dated.replace("2025-07-15", day))), DECEMBER_2026))
                    .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                            .singleElement().satisfies(problem -> {
                                assertThat(problem.line()).isEqualTo(1);
                                assertThat(problem.message()).contains("测试「去年的一次大会」写法不正确：日期「" + day
                                        + "」不合常理：测试里的事件只能写 2021-12-01 到 2027-12-31 之间的日子");
                            }));
        }
    }

    @Test
    void aDateWrittenWithOrWithoutQuotesMeansTheSameDayAndABadOneIsRefusedClearly() {
        String dated = """
                - 用例: 日期不加引号
                  事件类型: 参加村民大会
                  日期: 2024-07-15
                  期望: [{规则: 参加村民大会, 分数: 2}]
                - 用例: 日期加引号
                  事件类型: 参加村民大会
                  日期: "2024-07-16"
                  期望: [{规则: 参加村民大会, 分数: 2}]
                """;
        new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", dated)));

        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", dated.replace("\"2024-07-16\"", "\"2024-13-45\"")))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message()).contains("日期")));
        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", dated.replace("2024-07-15", "2024-02-30")))))
                .as("an unquoted 30 February is no day, not 1 March (attack tryout 7)")
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("日期「2024-02-30」不是日历上有的日子")));
    }

    @Test
    void aMalformedTestFileIsRefusedClearly() {
        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", "用例: 不是列表\n"))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message()).contains("用例列表")));
        assertThatThrownBy(() -> new PlanCompiler(1000).compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL),
                PlanFile.of("方案.test.yaml", "- !!javax.script.ScriptEngineManager [x]\n"))))
                .isInstanceOf(PlanRejected.class);
    }
}
