package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attack tryout 9, F4: a plan whose rules were silenced by their attributes (an agenda group, {@code enabled false},
 * a date it expired or takes effect by the server's day) was accepted without a word. A rule that can never score is
 * refused; a paused or dated one is accepted with a warning at its line.
 */
class RulesSwitchedOffOrDatedAreSaidAtUploadTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);

    private static PlanFile plan(String attributes) {
        return PlanFile.of("方案.drl", HostileCorpus.HEADER + """

                rule "参加村民大会"
                    %s
                when
                    Event( type == "参加村民大会" )
                then
                    awards.add(2, "村民议事");
                end
                """.formatted(attributes));
    }

    @Test
    void aRuleInAnAgendaGroupWithoutAutoFocusNeverScoresAndIsRefused() {
        assertThatThrownBy(() -> COMPILER.compileUpload(List.of(plan("agenda-group \"x\""))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(7);
                            assertThat(problem.message()).contains("规则「参加村民大会」写了 agenda-group「x」，却没有写 "
                                    + "auto-focus true：这样的规则永远不会计分");
                        }));
        assertThat(ofTheRule(COMPILER.compileUpload(List.of(plan("agenda-group \"x\"\n    auto-focus true")))))
                .isEmpty();
    }

    @Test
    void aPausedRuleIsAcceptedWithAWarning() {
        assertThat(ofTheRule(COMPILER.compileUpload(List.of(plan("enabled false"))))).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("写了 enabled false：已停用，不计分。如果不是有意的，请删去这一行"));
    }

    /** Judged by the event's day since ADR 0250, a dated rule scores the same whenever it runs: nothing to warn of. */
    @Test
    void aDatedRuleIsAcceptedWithoutAWarning() {
        assertThat(ofTheRule(COMPILER.compileUpload(List.of(plan("date-expires \"1-Dec-2026\""))))).isEmpty();
    }

    /** The plan's warnings about its rule (a plan without a catalog is warned of that too). */
    private static List<PlanProblem> ofTheRule(CompiledPlan plan) {
        return plan.warnings().stream().filter(warning -> warning.message().contains("参加村民大会」写了")).toList();
    }
}
