package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jifen.plan.PlanTemplate;
import org.junit.jupiter.api.Test;

/**
 * A rule test of several events (ADR 0176): rows with the same 用例 are one household's month, each row an event and
 * what it earns, and a last 「月底」 row what the month-end items give for those events. A CSV plan carries the same
 * table as a {@code .test.csv} file. Every mistake is answered at its file, row and cell.
 */
class OneHouseholdsMonthInTheTestTableTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);
    private static final String PLAN = "积分表.drl.csv";
    private static final String TESTS = "积分表.test.csv";
    /** Meetings earn 2 each; heaps cost 5 each, at most 25; a month without deductions and with an event earns 10. */
    private static final String SHEET = resource("clerk-items.csv") + "参加村民大会,,参加村民大会,,,2,,,,,\n"
            + "宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5,,\n" + resource("clerk-month.csv") + "当月无扣分,0,1,,,10,,,\n";
    private static final String HEADER = "用例,事件类型,数量,户标签,属性,期望得分\n";

    @Test
    void aCsvPlansTestFileRunsOneHouseholdsMonthUpToItsMonthEnd() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER + """
                开会两次的月份,参加村民大会,,,,参加村民大会 2
                开会两次的月份,参加村民大会,,,,参加村民大会 2
                开会两次的月份,月底,,,,当月无扣分 10
                乱堆过的月份,宅前屋后乱堆物,2,,,宅前屋后乱堆物 -10
                乱堆过的月份,参加村民大会,,,,参加村民大会 2
                乱堆过的月份,月底,,,,不得分
                没登记过事的月份,月底,,,,不得分
                单独一件事,参加村民大会,,,,参加村民大会 2
                """)));

        assertThat(plan.rules()).containsKeys("参加村民大会", "当月无扣分");
    }

    /**
     * Tryout clerk 4, C1 (ADR 0244): a rule whose name holds a Chinese comma is named in a test as written; a comma
     * still separates two expected awards where the one before it ends with its points.
     */
    @Test
    void aRuleNamedWithACommaIsNamedInATestAsWritten() {
        String plan = resource("clerk-items.csv") + "参加村民大会,,参加村民大会,,,2,,,,,\n"
                + "好人好事（两委认定，公示后登记）,,好人好事,,,,,10,,,\n开会另加，文明分,,参加村民大会,,,,,1,,,\n";

        CompiledPlan compiled = COMPILER.compile(List.of(PlanFile.of(PLAN, plan), PlanFile.of(TESTS, HEADER + """
                好人好事一件,好人好事,,,,好人好事（两委认定，公示后登记） 10
                开会一次,参加村民大会,,,,参加村民大会 2，开会另加，文明分 1
                """)));

        assertThat(compiled.rules()).containsKeys("好人好事（两委认定，公示后登记）", "开会另加，文明分");
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(PLAN, plan), PlanFile.of(TESTS, HEADER + """
                好人好事一件,好人好事,,,,好人好事（两委认定，公示后登记） 20
                """)))).isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("期望 「好人好事（两委认定，公示后登记）」20 分，实际 「好人好事（两委认定，公示后登记）」10 分")));
    }

    /**
     * Tryout clerk 6, 1: a comma inside the name's brackets, right after a number, is part of the name; so are 「」
     * written around it.
     */
    @Test
    void aCommaInsideTheNamesBracketsAfterANumberIsPartOfTheName() {
        String plan = resource("clerk-items.csv") + "参加村民大会,,参加村民大会,,,2,,,,,\n"
                + "宅前屋后乱堆乱放（每处扣5分，每月扣完25分为止）,25,宅前屋后乱堆物,,,,,,-5,,\n";

        CompiledPlan compiled = COMPILER.compile(List.of(PlanFile.of(PLAN, plan), PlanFile.of(TESTS, HEADER + """
                乱堆三处,宅前屋后乱堆物,3,,,宅前屋后乱堆乱放（每处扣5分，每月扣完25分为止） -15
                乱堆一处,宅前屋后乱堆物,1,,,「宅前屋后乱堆乱放（每处扣5分，每月扣完25分为止）」 -5
                """)));

        assertThat(compiled.rules()).containsKey("宅前屋后乱堆乱放（每处扣5分，每月扣完25分为止）");
    }

    @Test
    void aRowDatedOnNoPlausibleDayIsRefusedAtItsCellByTheSameRuleAsTheYamlTests() {
        TestDays december2026 = new TestDays(java.time.LocalDate.of(2021, 12, 1), java.time.LocalDate.of(2027, 12, 31));

        assertThatThrownBy(() -> COMPILER.compileUpload(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER + """
                很久以前,参加村民大会,,,日期=0001-01-01,参加村民大会 2
                """)), december2026))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo(TESTS);
                            assertThat(problem.cell()).isEqualTo("E2");
                            assertThat(problem.message()).contains("日期「0001-01-01」不合常理：测试里的事件只能写 "
                                    + "2021-12-01 到 2027-12-31 之间的日子");
                        }));
    }

    @Test
    void aQuantityTooLargeIsSaidToBeTooLargeWithTheLimit() {
        assertThatThrownBy(() -> COMPILER.compileUpload(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER + """
                开了很多会,参加村民大会,99999999999,,,参加村民大会 2
                """))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.cell()).isEqualTo("C2");
                            assertThat(problem.message()).contains("数量写的是「99999999999」，太大了：最大是 10000")
                                    .doesNotContain("正整数");
                        }));
    }

    @Test
    void aMonthEndThatDoesNotHoldIsAnsweredAtItsRowWithTheMonthItWasScoredOn() {
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER + """
                乱堆过的月份,参加村民大会,,,,参加村民大会 2
                乱堆过的月份,宅前屋后乱堆物,,,,宅前屋后乱堆物 -5
                乱堆过的月份,月底,,,,当月无扣分 10
                """))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo(TESTS);
                            assertThat(problem.line()).isEqualTo(4);
                            assertThat(problem.cell()).isEqualTo("F4");
                            assertThat(problem.message()).contains("测试「乱堆过的月份」的月底评定未通过",
                                    "期望 「当月无扣分」10 分，实际 不得分", "参加村民大会 1 次、宅前屋后乱堆物 1 次",
                                    "月度项目那一行", "第 4 行，单元格 F4");
                        }));
    }

    @Test
    void anEventRowOfAMonthThatDoesNotHoldIsNamedByItsRow() {
        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER + """
                开会两次的月份,参加村民大会,,,,参加村民大会 2
                开会两次的月份,参加村民大会,,,,参加村民大会 3
                开会两次的月份,月底,,,,当月无扣分 10
                """))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.cell()).isEqualTo("F3");
                            assertThat(problem.message()).startsWith("测试「开会两次的月份」第 3 行未通过")
                                    .contains("积分项目那一行");
                        }));
    }

    @Test
    void everyMistakeInTheTableIsAnsweredAtItsCellTogetherWithTheRulesOwn() {
        assertThatThrownBy(() -> COMPILER.compile(List.of(
                PlanFile.of(PLAN, SHEET.replace("宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5", "宅前屋后乱堆物,25,宅前屋后乱堆物,,,,,,-5分")),
                PlanFile.of(TESTS, HEADER + """
                        一户,参加村民大会,两次,,级别,参加村民大会两分
                        一户,月底,1,,,当月无扣分 10
                        一户,参加村民大会,,,,参加村民大会 2
                        另一户,参加村民大会,,党员户,,参加村民大会 2
                        另一户,参加村民大会,,低保户,,参加村民大会 2
                        一户,参加村民大会,,,,参加村民大会 2
                        """))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                    assertThat(rejected.problems()).extracting(PlanProblem::file, PlanProblem::cell).containsExactly(
                            tuple(TESTS, "C2"), tuple(TESTS, "E2"),
                            tuple(TESTS, "F2"), tuple(TESTS, "C3"),
                            tuple(TESTS, "B4"), tuple(TESTS, "D6"),
                            tuple(TESTS, "A7"), tuple(PLAN, "I11"));
                    assertThat(rejected.problems()).extracting(PlanProblem::message).satisfiesExactly(
                            quantity -> assertThat(quantity).contains("数量写的是「两次」", "（第 2 行，单元格 C2）"),
                            attribute -> assertThat(attribute).contains("属性写的是「级别」"),
                            expected -> assertThat(expected).contains("期望得分写的是「参加村民大会两分」"),
                            monthEnd -> assertThat(monthEnd).contains("「月底」这一行不写数量"),
                            afterMonthEnd -> assertThat(afterMonthEnd).contains("「月底」那一行要写在这个用例的最后"),
                            tags -> assertThat(tags).contains("户标签写在第一行（第 5 行）", "「低保户」"),
                            apart -> assertThat(apart).contains("测试「一户」在第 2 行已经写过", "换一个用例名称"),
                            rule -> assertThat(rule).contains("「-5分」"));
                    assertThat(rejected.problems()).extracting(PlanProblem::message)
                            .noneMatch(message -> ClerkMistakesTest.ENGINE_WORDS.matcher(message).find());
                });
    }

    /** Tryout 3, F9: 「日期=…」 in the 属性 cell is the event's day, in the forms clerks write it, or refused there. */
    @Test
    void aDateAmongTheAttributesIsTheEventsDayOrRefusedAtItsCell() {
        CompiledPlan plan = COMPILER.compile(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER + """
                七月开会,参加村民大会,,,日期=2024/7/15,参加村民大会 2
                七月开会,参加村民大会,,,日期=2024年7月20日、会议=七月村民大会,参加村民大会 2
                七月开会,月底,,,,当月无扣分 10
                """)));
        assertThat(plan.rules()).containsKey("当月无扣分");

        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of(TESTS, HEADER
                + "开会,参加村民大会,,,日期=2024/13/1,参加村民大会 2\n"))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.cell()).isEqualTo("E2");
                            assertThat(problem.message()).contains("日期写的是「2024/13/1」", "2024年7月15日");
                        }));
    }

    /** Tryout 3, F7 and F8: commas between expected awards, and a test's type the catalog does not list. */
    @Test
    void commasSeparateTheExpectedAwardsAndATypeOffTheCatalogIsNamedAtItsCell() {
        String catalog = "事件类型,类别,名称\n参加村民大会,村民议事,参加村民大会\n宅前屋后乱堆物,人居环境,宅前屋后乱堆物\n";
        COMPILER.compile(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of("catalog.csv", catalog), PlanFile.of(TESTS,
                HEADER + "一户,参加村民大会,,,,参加村民大会 2\n一户,宅前屋后乱堆物,,,,宅前屋后乱堆物 -5\n"
                        + "两户,参加村民大会,,,,\"参加村民大会 2，\"\n")));

        assertThatThrownBy(() -> COMPILER.compile(List.of(PlanFile.of(PLAN, SHEET), PlanFile.of("catalog.csv", catalog),
                PlanFile.of(TESTS, HEADER + "开会,参加村民会议,,,,参加村民大会 2\n"))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.cell()).isEqualTo("B2");
                            assertThat(problem.message()).contains("「参加村民会议」不在本村的事件类型清单 catalog.csv 里",
                                    "是不是「参加村民大会」");
                        }));
    }

    @Test
    void theTemplateShowsOneHouseholdsMonthAndItHolds() {
        CompiledPlan template = COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx())));
        assertThat(template.rules()).containsKeys("当月无扣分", "美丽庭院");

        assertThatThrownBy(() -> COMPILER.compile(List.of(new PlanFile(PlanTemplate.FILE_NAME, ClerkMistakesTest.withTests(
                "用例|事件类型|数量|户标签|属性|期望得分", "一户|参加村民大会||||参加村民大会 2",
                "一户|宅前屋后乱堆物||||宅前屋后乱堆物 -5", "一户|月底||||当月无扣分 10")))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.cell()).isEqualTo("F4");
                            assertThat(problem.message()).contains("测试「一户」的月底评定未通过", "表格「测试」第 4 行");
                        }));
    }

    @Test
    void aTestFileIsTakenBesideAPlanAndNothingElseEndingInCsvIs() {
        assertThat(SheetTests.isTestTable("积分表.test.csv")).isTrue();
        assertThatThrownBy(() -> PlanCompiler.checkFiles(List.of(PlanFile.of("测试.csv", HEADER))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message()).contains(".test.csv")));
    }

    private static String resource(String name) {
        try (InputStream in = OneHouseholdsMonthInTheTestTableTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
