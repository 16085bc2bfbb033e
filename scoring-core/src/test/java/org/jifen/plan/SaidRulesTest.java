package org.jifen.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jifen.engine.CompiledPlan;
import org.jifen.engine.PlanCompiler;
import org.jifen.engine.PlanFile;
import org.jifen.engine.PlanRejected;
import org.junit.jupiter.api.Test;

/** ADR 0246: no rule is stored whose words cannot say what it gives. */
class SaidRulesTest {

    private static final String HEADER = """
            package villages.said;
            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;
            """;

    @Test
    void aRuleThatGivesNothingSayableIsRefusedAtItsLine() {
        List<PlanFile> files = List.of(PlanFile.of("村规.drl", HEADER + """

                rule "空"
                when
                    Event( type == "参加村民大会" )
                then
                end
                """));
        CompiledPlan plan = new PlanCompiler(1000).compile(files);

        assertThatThrownBy(() -> SaidRules.check(files, plan))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(5);
                            assertThat(problem.message()).startsWith("规则「空」说不清它给多少分");
                        }));
    }

    @Test
    void aRuleThatSaysWhatItGivesPasses() {
        List<PlanFile> files = List.of(PlanFile.of("村规.drl", HEADER + """

                rule "参会"
                when
                    Event( type == "参加村民大会" )
                then
                    awards.add(2, "村民议事");
                end
                """));

        CompiledPlan plan = new PlanCompiler(1000).compile(files);

        org.assertj.core.api.Assertions.assertThatCode(() -> SaidRules.check(files, plan)).doesNotThrowAnyException();
    }
}
