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
    void aPausedRuleAndADatedOneAreAcceptedWithAWarning() {
        assertThat(ofTheRule(COMPILER.compileUpload(List.of(plan("enabled false"))))).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("写了 enabled false：已停用，不计分。如果不是有意的，请删去这一行"));
        assertThat(ofTheRule(COMPILER.compileUpload(List.of(plan("date-expires \"1-Dec-2026\""))))).singleElement()
                .satisfies(warning -> {
                    assertThat(warning.line()).isEqualTo(7);
                    assertThat(warning.message()).contains("写了 date-expires「1-Dec-2026」：只在 2026年12月1日 之前评定时计分；是否计分按评定当天的日期判断，"
                            + "不按事件的日期", "Event( month >= \"2026-12\" )");
                });
    }

    /** The plan's warnings about its rule (a plan without a catalog is warned of that too). */
    private static List<PlanProblem> ofTheRule(CompiledPlan plan) {
        return plan.warnings().stream().filter(warning -> warning.message().contains("参加村民大会」写了")).toList();
    }
}
