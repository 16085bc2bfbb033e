package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 「同一件事两条规则都会计分」 is said only where both can score (attack tryout 15, W1): not beside a rule paused with
 * {@code enabled false} or dated; twins sharing an activation group, where one never scores, are refused.
 */
class TwinRulesThatCannotBothScoreAreNotWarnedTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);

    @Test
    void twoRulesWithTheSameConditionsAreWarnedOf() {
        assertThat(bothScore(twins("", ""))).hasSize(1);
    }

    @Test
    void aPausedOrADatedTwinIsNot() {
        assertThat(bothScore(twins("", "    enabled false\n"))).isEmpty();
        assertThat(bothScore(twins("", "    date-effective \"1-Jan-2030\"\n"))).isEmpty();
    }

    /** Attack tryout 19, F16: one of two twins in an activation group never scores, and is refused as such. */
    @Test
    void anActivationGroupedTwinThatNeverScoresIsRefusedByName() {
        assertThat(RefusedWorkbooks.refused(PlanFile.of("村规.drl", twins("    activation-group \"登记\"\n    salience 100\n",
                "    activation-group \"登记\"\n")))).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("每次都只有 salience 大的「登记确认」计分，「好人好事奖励20分」永远不会计分"));
        assertThat(RefusedWorkbooks.refused(PlanFile.of("村规.drl", twins("    activation-group \"登记\"\n",
                "    activation-group \"登记\"\n")))).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("每次只有其中一条计分，是哪一条说不准"));
    }

    /** Attack tryout 20, H2: the twin's conditions written otherwise, or wider; the trial run sees it never score. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Event( type in (\"好人好事\") )",
        "Event( \"好人好事\" == type )", "Event( type == \"好人好事\", quantity >= 1 )",
        "Event( type == \"好人好事\", quantity <= 10000 )", "Event( type == \"好人好事\", month >= \"2020-01\" )"})
    void aTwinThatNeverScoresInItsGroupIsRefusedHoweverItsConditionsAreWritten(String wider) {
        String drl = twins("    activation-group \"登记\"\n", "    activation-group \"登记\"\n    salience 100\n")
                .replaceFirst("Event\\( type == \"好人好事\" \\)\nthen\n    awards.bonus\\(20", wider.replace("$", "\\$")
                        + "\nthen\n    awards.bonus(20");
        assertThat(drl).contains(wider);
        assertThat(RefusedWorkbooks.refused(PlanFile.of("村规.drl", drl))).anySatisfy(problem -> assertThat(
                problem.message()).startsWith("规则「登记确认」的条件在试算中成立过").contains("一次也没有计分"));
    }

    private static List<PlanProblem> bothScore(String drl) {
        return COMPILER.compileUpload(List.of(PlanFile.of("村规.drl", drl))).warnings().stream()
                .filter(warning -> warning.message().contains("两条规则都会计分")).toList();
    }

    private static String twins(String first, String second) {
        return """
                package villages.twins;
                import org.jifen.rules.Event;
                global org.jifen.rules.Awards awards;

                rule "登记确认"
                %swhen
                    Event( type == "好人好事" )
                then
                    awards.bonus(1, "文明新风");
                end

                rule "好人好事奖励20分"
                %swhen
                    Event( type == "好人好事" )
                then
                    awards.bonus(20, "文明新风");
                end
                """.formatted(first, second);
    }
}
