package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attack tryout 18, F13 and F15: a rule whose only event or month pattern is negated fires where that fact is absent
 * (every household's month-end, every event), so it is refused; a rule that says when it scores stays.
 */
class RulesSayWhenTheyScoreTest {

    @ParameterizedTest
    @ValueSource(strings = {"not Event( type != \"参加志愿服务\" )", "not MonthSummary( deductions > 0 || events == 0 )",
            "Household( members > 0 )\n    not Event( type == \"违法搭建\" )",
            "$e : Event( type == \"参加志愿服务\" ) or not Event()",
            "Household( members > 0 )\n    ( $e : Event( type == \"参加志愿服务\" ) or ( Household( members > 1 ) and not Event() ) )",
            // attack 18b, N13: the absent branch one or deeper
            "Household( members > 0 )\n    ( $e : Event( type == \"参加志愿服务\" ) or ( Household( members > 1 ) and "
                    + "( Event( type == \"好人好事\" ) or not Event() ) ) )"})
    void aRuleTriggeredOnlyByWhatIsAbsentIsRefused(String when) {
        assertThat(refused(PlanFile.of("方案.drl", HostileCorpus.rule(when, "awards.add(2, \"文明新风\");"))))
                .anySatisfy(problem -> assertThat(problem.message()).startsWith("规则「恶意规则」的条件里")
                        .contains("只出现在 not（或 forall）里面"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MonthSummary( deductions == 0 )\n    not Event( type == \"违法搭建\" )",
            "$e : Event( type == \"参加志愿服务\" )\n    not Event( type == \"违法搭建\" )",
            "( $e : Event( type == \"参加志愿服务\" ) or ( $e : Event( type == \"好人好事\" ) and not Event( type == \"违法搭建\" ) ) )"})
    void aRuleThatSaysWhenItScoresStays(String when) {
        assertThat(new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl",
                HostileCorpus.rule(when, "awards.add(2, \"文明新风\");")))).rules()).containsKey("恶意规则");
    }
}
