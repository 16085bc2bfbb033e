package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jifen.engine.HostileCorpus.Attack;
import org.jifen.rules.Event;
import org.jifen.rules.Household;
import org.jifen.rules.MonthSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The walls behind the rule-file check (ADR 0041), with the check switched off: every code-running plan of the
 * hostile corpus goes to Drools as written, and is compiled below {@link PlanClassLoader}, checked as built by
 * {@link BuiltRuleCheck}, and fired if it gets that far. None may write its marker or stop this JVM (a plan that
 * called {@code System.exit} would end the test run). Legitimate plans still build and score through the same walls.
 */
class PlanWallTest {

    private static final Logger log = LoggerFactory.getLogger(PlanWallTest.class);
    private static final PlanCompiler UNCHECKED = new PlanCompiler(PlanLimits.firing(1000), false);
    private static final Household HOUSEHOLD = new Household("1", "一组", null, 3, 2, Set.of("党员户"));

    @TempDir
    static Path sandbox;

    static Stream<Attack> codeThatRunsInTheService() {
        return HostileCorpus.codeThatRunsInTheService().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codeThatRunsInTheService")
    void theWallsAloneStopIt(Attack attack) {
        Path marker = sandbox.resolve(attack.name().replaceAll("[^\\p{L}\\p{N}]+", "-"));
        Attack planted = attack.withMarker(marker);

        String outcome;
        try {
            CompiledPlan plan = UNCHECKED.compile(planted.files());
            outcome = "built; " + fired(plan);
        } catch (PlanRejected rejected) {
            outcome = "refused: " + rejected.problems().get(0).message().lines().findFirst().orElse("");
        }

        log.info("{} -> {}", attack.name(), outcome);
        assertThat(Files.exists(marker)).as("the attack wrote its marker (%s)", outcome).isFalse();
    }

    /** What firing some facts through it did: nothing, or a rule that failed (a plan fault). */
    private static String fired(CompiledPlan plan) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            for (Object fact : List.of(new Event("参加村民大会", "1", LocalDate.of(2024, 7, 1), 1 + i, Map.of("x", "1")),
                    new MonthSummary("1", "2024-07", Map.of("x", 1), Map.of("x", 1), 10, 0, 0))) {
                try {
                    outcomes.add(plan.fire(List.of(fact, HOUSEHOLD)).isEmpty() ? "nothing" : "awards");
                } catch (RuleFailed failed) {
                    outcomes.add("plan fault: " + failed.getMessage());
                }
            }
        }
        return String.join(", ", outcomes.stream().distinct().toList());
    }

    @Test
    void legitimatePlansBuildAndScoreThroughTheWalls() {
        CompiledPlan contract = UNCHECKED.compile(List.of(PlanFile.of("方案.drl", ContractExample.DRL)));
        CompiledPlan everything = UNCHECKED.compile(List.of(PlanFile.of("全部写法.drl",
                LegitimatePlanTest.EVERY_ALLOWED_CONSTRUCT)));

        assertThat(contract.fire(List.of(new Event("宅前屋后乱堆物", "1", LocalDate.of(2024, 7, 1), 3, Map.of()),
                HOUSEHOLD))).extracting(FiredAward::points).containsExactly(-15);
        assertThat(everything.fire(List.of(new Event("庭院检查", "1", LocalDate.of(2024, 7, 1), 1, Map.of("得分", "90")),
                HOUSEHOLD))).extracting(FiredAward::points).containsExactly(9);
    }
}
