package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.rules.Awards.Kind;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.junit.jupiter.api.Test;

class PlanCompilerTest {

    private final PlanCompiler compiler = new PlanCompiler(1000);
    private final Household household = new Household("7", "一组", null, 4, 3, Set.of("党员户"));

    @Test
    void theContractExampleCompilesAndEachRuleKnowsWhereItIsWritten() {
        CompiledPlan plan = compiler.compile(List.of(PlanFile.of("plan.drl", ContractExample.DRL)));

        assertThat(plan.rules()).containsOnlyKeys("参加村民大会", "宅前屋后乱堆物", "见义勇为", "违法搭建", "当月无扣分");
        RuleInfo piles = plan.rules().get("宅前屋后乱堆物");
        assertThat(piles.file()).isEqualTo("plan.drl");
        assertThat(piles.line()).isEqualTo(15);
        assertThat(piles.source()).startsWith("rule \"宅前屋后乱堆物\"").endsWith("end").contains("@cap(25)");
        assertThat(piles.cap()).isEqualTo(25);
        assertThat(piles.capWindow()).isEqualTo(CapWindow.MONTH);
        assertThat(plan.rules().get("参加村民大会").cap()).isNull();
    }

    @Test
    void anEventFiresTheRulesThatMatchIt() {
        CompiledPlan plan = compiler.compile(List.of(PlanFile.of("plan.drl", ContractExample.DRL)));

        assertThat(plan.fire(List.of(event("参加村民大会", 1), household)))
                .containsExactly(new FiredAward("参加村民大会", Kind.BASE, 2, "村民议事"));
        assertThat(plan.fire(List.of(event("宅前屋后乱堆物", 3), household)))
                .containsExactly(new FiredAward("宅前屋后乱堆物", Kind.BASE, -15, "人居环境"));
        assertThat(plan.fire(List.of(event("违法搭建", 1), household)))
                .containsExactly(new FiredAward("违法搭建", Kind.VETO, 0, "平安建设"));
        assertThat(plan.fire(List.of(event("没有这个类型", 1), household))).isEmpty();
    }

    @Test
    void aMonthSummaryFiresTheMonthEndRulesOnly() {
        CompiledPlan plan = compiler.compile(List.of(PlanFile.of("plan.drl", ContractExample.DRL)));
        MonthSummary quietMonth = new MonthSummary("7", "2024-07", Map.of("参加村民大会", 2), Map.of("参加村民大会", 2), 4, 0, 0);

        assertThat(plan.fire(List.of(quietMonth, household)))
                .containsExactly(new FiredAward("当月无扣分", Kind.BASE, 10, "文明新风"));
    }

    @Test
    void aSyntaxErrorIsRefusedWithItsFileAndLine() {
        String broken = """
                package villages.test;
                global org.jifen.rules.Awards awards;

                rule "缺少 then"
                when
                    org.jifen.rules.Event( type == "x" )
                    awards.add(1, "村民议事");
                end
                """;

        assertThatThrownBy(() -> compiler.compile(List.of(PlanFile.of("good.drl", ContractExample.DRL),
                PlanFile.of("broken.drl", broken))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                    assertThat(rejected.problems()).isNotEmpty();
                    assertThat(rejected.problems()).allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo("broken.drl");
                        assertThat(p.line()).isBetween(4, 8);
                    });
                });
    }

    @Test
    void aRuleNameUsedTwiceInOnePlanIsRefused() {
        String twin = ContractExample.DRL.replace("package villages.yangjiazhuang;", "package villages.other;");

        assertThatThrownBy(() -> compiler.compile(List.of(PlanFile.of("a.drl", ContractExample.DRL),
                PlanFile.of("b.drl", twin))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected ->
                        assertThat(rejected.problems()).first().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("b.drl");
                            assertThat(p.message()).contains("重复");
                        }));
    }

    @Test
    void aMistypedCategoryIsRefusedAtItsLine() {
        String typo = ContractExample.DRL.replace("awards.add(2, \"村民议事\");", "awards.add(2, \"村民义事\");");

        assertThatThrownBy(() -> compiler.compile(List.of(PlanFile.of("plan.drl", typo))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(12);
                            assertThat(problem.message()).contains("村民义事");
                        }));
    }

    @Test
    void aFileSavedWithAByteOrderMarkCompilesAndOneSavedAsGbkIsRefused() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = ContractExample.DRL.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertThat(compiler.compile(List.of(new PlanFile("记事本.drl", withBom))).rules()).hasSize(5);
        assertThatThrownBy(() -> compiler.compile(List.of(new PlanFile("旧电脑.drl",
                ContractExample.DRL.getBytes(java.nio.charset.Charset.forName("GBK"))))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected ->
                        assertThat(rejected.problems()).first().satisfies(p -> assertThat(p.message()).contains("UTF-8")));
    }

    private static Event event(String type, int quantity) {
        return new Event(type, "7", LocalDate.of(2024, 7, 15), quantity, Map.of());
    }
}
