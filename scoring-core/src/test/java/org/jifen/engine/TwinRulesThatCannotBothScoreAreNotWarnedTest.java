package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 「同一件事两条规则都会计分」 is said only where both can score (attack tryout 15, W1): not beside a rule paused with
 * {@code enabled false}, dated, or sharing an activation group, where only one of them scores.
 */
class TwinRulesThatCannotBothScoreAreNotWarnedTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);

    @Test
    void twoRulesWithTheSameConditionsAreWarnedOf() {
        assertThat(bothScore(twins("", ""))).hasSize(1);
    }

    @Test
    void aPausedADatedOrAnActivationGroupedTwinIsNot() {
        assertThat(bothScore(twins("", "    enabled false\n"))).isEmpty();
        assertThat(bothScore(twins("", "    date-effective \"1-Jan-2030\"\n"))).isEmpty();
        assertThat(bothScore(twins("    activation-group \"登记\"\n    salience 100\n",
                "    activation-group \"登记\"\n"))).isEmpty();
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
