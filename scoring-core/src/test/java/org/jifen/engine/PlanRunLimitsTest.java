package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.junit.jupiter.api.Test;

/**
 * One run of a plan is bounded (ADR 0047): in CPU time, in firings, and in the points of each award. Past a bound the
 * run is a plan fault that names the rule, in Chinese, and nothing of it is used.
 */
class PlanRunLimitsTest {

    private static final Household HOUSEHOLD = new Household("1", "一组", null, 3, 2, Set.of());
    private static final Event MEETING = new Event("参加村民大会", "1", LocalDate.of(2024, 7, 1), 1, Map.of());

    @Test
    void aRunOverItsTimeIsAPlanFaultNamingTheRule() {
        CompiledPlan plan = new PlanCompiler(new PlanLimits(1000, Duration.ofNanos(1)))
                .compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL)));

        assertThatThrownBy(() -> plan.fire(List.of(MEETING, HOUSEHOLD)))
                .isInstanceOfSatisfying(RuleFailed.class, failed -> {
                    assertThat(failed.rule()).isEqualTo("参加村民大会");
                    assertThat(failed.getMessage()).contains("参加村民大会").contains("毫秒的上限");
                });
    }

    @Test
    void aRunWithinItsTimeScores() {
        CompiledPlan plan = new PlanCompiler(new PlanLimits(1000, Duration.ofMillis(500)))
                .compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL)));

        assertThat(plan.fire(List.of(MEETING, HOUSEHOLD))).extracting(FiredAward::points).containsExactly(2);
    }

    @Test
    void aRuleWhoseOrBranchesMultiplyOneEventIntoHundredsOfAwardsIsAPlanFault() {
        // six `or`s matched by the same event: 64 firings of one rule, 128 awards, within the firing limit
        String branches = ("    ( Event( type == \"参加村民大会\" ) or Event( type == \"参加村民大会\", quantity >= 1 ) )\n")
                .repeat(6);
        CompiledPlan plan = new PlanCompiler(PlanLimits.firing(1000)).compile(List.of(PlanFile.of("方案.drl", """
                package villages.test;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;
                rule "扇出"
                when
                %s
                then
                    awards.add(1, "村民议事");
                    awards.bonus(1, "文明新风");
                end
                """.formatted(branches))));

        assertThatThrownBy(() -> plan.fire(List.of(MEETING, HOUSEHOLD)))
                .isInstanceOfSatisfying(RuleFailed.class, failed -> {
                    assertThat(failed.rule()).isEqualTo("扇出");
                    assertThat(failed.getMessage()).contains("规则「扇出」").contains("超过了 100 笔").contains("or");
                });
    }

    /** Tryout 3, M3: many rules matching one event, and no {@code or} anywhere; the message must not blame one. */
    @Test
    void manyRulesMatchingOneEventAreAPlanFaultThatSaysSo() {
        StringBuilder rules = new StringBuilder("import org.jifen.rules.Event;\nglobal org.jifen.rules.Awards awards;\n");
        for (int i = 0; i < 60; i++) {
            rules.append("rule \"开会").append(i).append("\"\nwhen\n    Event( type == \"参加村民大会\" )\nthen\n")
                    .append("    awards.add(1, \"村民议事\");\n    awards.bonus(1, \"文明新风\");\nend\n");
        }
        CompiledPlan plan = new PlanCompiler(PlanLimits.firing(1000)).compile(List.of(PlanFile.of("方案.drl",
                rules.toString())));

        assertThatThrownBy(() -> plan.fire(List.of(MEETING, HOUSEHOLD)))
                .isInstanceOfSatisfying(RuleFailed.class, failed -> assertThat(failed.getMessage())
                        .contains("超过了 100 笔").contains("同时符合的规则太多").contains("合并条件一样"));
    }
}
