package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jifen.plan.PlanTemplate;
import org.junit.jupiter.api.Test;

/**
 * An uploaded plan is tried with typical events and month-ends before it is stored (ADR 0164): a plan that fails
 * every such event or month-end at run time is refused at upload, naming its file, line and rule in Chinese and
 * what to change; real plans pass.
 */
class TrialRunTest {

    private final PlanCompiler compiler = new PlanCompiler(1000);

    @Test
    void aHundredAndOneDifferentAlwaysTrueRulesForOneEventTypeAreRefusedAtTheRuleThatGoesPastTheLimit() {
        PlanFile plan = PlanFile.of("总是成立.drl", HostileCorpus.alwaysTrueEventRules(101));

        assertThat(refusal(plan)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("总是成立.drl");
            assertThat(problem.line()).isEqualTo(lineOf(plan, "rule \"r100\""));
            assertThat(problem.message()).contains("试算登记一件「参加村民大会」", "规则「r100」", "100 笔的上限",
                    "请合并条件一样");
        });
    }

    @Test
    void anAwardOverAThousandPointsForEveryEventIsRefusedSayingTheBound() {
        // said from the points' range now (ADR 0195), before the trial fires anything
        PlanFile plan = PlanFile.of("超上限.drl", HostileCorpus.thousandAndQuantity());

        assertThat(refusal(plan)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("超上限.drl");
            assertThat(problem.line()).isEqualTo(lineOf(plan, "awards.add(1000"));
            assertThat(problem.message()).contains("规则「恶意规则」", "分值可能超过 1000 分", "等于 1001");
        });
    }

    @Test
    void aHundredAndFiftyMonthEndRulesEveryHouseholdMeetsAreRefusedNamingTheMonthEnd() {
        PlanFile plan = PlanFile.of("月末.drl", HostileCorpus.alwaysTrueMonthEndRules(150));

        assertThat(refusal(plan)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("月末.drl");
            assertThat(problem.line()).isEqualTo(lineOf(plan, "rule \"m100\""));
            assertThat(problem.message()).contains("试算一户的月末评定", "规则「m100」", "100 笔的上限");
        });
    }

    @Test
    void moreThanAHundredRulesWithoutConditionsForOneTypeAreRefusedBeforeAnythingRuns() {
        String rules = IntStream.range(0, 101).mapToObj(n -> "rule \"u" + n + "\" when "
                + (n % 2 == 0 ? "Event( type == \"参加村民大会\" )" : "Event() Household()") + " then "
                + HostileCorpus.AWARD + " end\n").collect(Collectors.joining());
        PlanFile plan = PlanFile.of("无条件.drl", HostileCorpus.HEADER + rules);

        assertThatThrownBy(() -> compiler.compile(List.of(plan))).isInstanceOfSatisfying(PlanRejected.class,
                rejected -> assertThat(rejected.problems()).anySatisfy(problem -> {
                    assertThat(problem.line()).isEqualTo(lineOf(plan, "rule \"u100\""));
                    assertThat(problem.message()).contains("规则「u100」是第 101 条没有别的条件",
                            "每一件「参加村民大会」都会同时计 101 笔分");
                }));
    }

    @Test
    void anAwardThatGoesPastTheBoundOnlyForLargerQuantitiesSaysTheQuantity() {
        PlanFile plan = PlanFile.of("志愿.drl", HostileCorpus.rule("$e : Event( type == \"志愿服务\" )",
                "awards.add(300 * $e.getQuantity(), \"文明新风\");"));

        assertThat(refusal(plan)).singleElement().extracting(PlanProblem::message).asString()
                .contains("「志愿服务」（数量 5", "一次给出 1500 分");
    }

    @Test
    void aRuleThatFailsOnlyForHouseholdsWithATagIsFoundWithTheTag() {
        PlanFile plan = PlanFile.of("党员户.drl", HostileCorpus.rule(
                "$e : Event( type == \"参加村民大会\" ) Household( hasTag(\"党员户\") )",
                "awards.bonus(300 * $e.getQuantity(), \"村民议事\");"));

        assertThat(refusal(plan)).singleElement().extracting(PlanProblem::message).asString()
                .contains("户标签 党员户", "一次给出 1500 分");
    }

    /**
     * Tryout 5, M2: a condition that divides by zero for every single event, and one for every empty month; said from
     * the divisors' ranges now (ADR 0195), before the trial fires anything.
     */
    @Test
    void aConditionThatDividesByZeroForEveryEventOrMonthIsRefusedNamingItsRule() {
        PlanFile plan = PlanFile.of("除零.drl", HostileCorpus.divisionsByZero());

        assertThat(refusal(plan)).extracting(PlanProblem::message).anySatisfy(message -> assertThat(message)
                .contains("规则「除零条件」", "「(quantity - 1)」可能等于 0").doesNotContain("「?」"))
                .anySatisfy(message -> assertThat(message).contains("规则「月末除零」", "「events」可能等于 0"));
    }

    @Test
    void thePilotPlansTheTemplateAndTheGuidesExamplesPass() throws IOException {
        compiler.compileUpload(List.of(new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx())));
        for (String name : List.of("杨家庄村示例.drl", "杨家庄村示例.dslr", "杨家庄村示例.drl.csv", "杨家庄村示例.drl.xlsx")) {
            Path example = Path.of("..", "docs", "examples", name);
            assertThat(compiler.compileUpload(List.of(new PlanFile(name, Files.readAllBytes(example)))).rules())
                    .isNotEmpty();
        }
    }

    @Test
    void storedPlansAreCompiledWithoutTheTrial() {
        assertThat(compiler.compile(List.of(PlanFile.of("超上限.drl", HostileCorpus.thousandAndQuantity()))).rules())
                .containsKey("恶意规则");
    }

    private List<PlanProblem> refusal(PlanFile plan) {
        try {
            compiler.compileUpload(List.of(plan));
        } catch (PlanRejected rejected) {
            return rejected.problems();
        }
        throw new AssertionError("the plan was accepted");
    }

    private static int lineOf(PlanFile plan, String text) {
        List<String> lines = plan.text().lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).findFirst().orElseThrow() + 1;
    }
}
