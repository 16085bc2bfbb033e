package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule compares an event's values with texts and numbers it writes; no event attribute is longer than
 * {@link PlanLimits#MAX_ATTRIBUTE_VALUE} characters, so neither is a text or number in a rule (ADR 0200). Longer ones
 * (up to a line of 2,000 characters) cost every check and every comparison and could never match.
 */
class ConditionLiteralsAreAsLongAsAnAttributeValueTest {

    private static final PlanCompiler COMPILER = new PlanCompiler(1000);

    @Test
    void aTextOfTwoHundredCharactersIsAcceptedAndOneMoreIsRefusedAtItsLine() {
        assertThat(COMPILER.compileUpload(List.of(plan("村".repeat(200))))).isNotNull();

        PlanProblem problem = refused(plan("村".repeat(201)));
        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.message()).contains("引号里的文字有 201 个字，太长了：规则里的一段文字最多 200 个字");
    }

    @Test
    void aNumberOfMoreThanTwoHundredDigitsIsRefusedAtItsLine() {
        PlanProblem problem = refused(PlanFile.of("方案.drl", HostileCorpus.rule(
                "Event( quantity < " + "9".repeat(201) + " )", HostileCorpus.AWARD)));

        assertThat(problem.message()).contains("这个数有 201 位，太长了：规则里的数最多 200 位");
    }

    private static PlanFile plan(String place) {
        return PlanFile.of("方案.drl", HostileCorpus.HEADER + """

                rule "在指定地点服务"
                when
                    Event( type == "参加志愿服务", attr("地点") == "%s" )
                then
                    awards.add(1, "文明新风");
                end
                """.formatted(place));
    }

    private static PlanProblem refused(PlanFile file) {
        @SuppressWarnings("unchecked")
        List<PlanProblem>[] problems = new List[1];
        assertThatThrownBy(() -> COMPILER.compileUpload(List.of(file))).isInstanceOfSatisfying(PlanRejected.class,
                rejected -> problems[0] = rejected.problems());
        assertThat(problems[0]).hasSize(1);
        assertThat(problems[0].get(0).file()).isEqualTo("方案.drl");
        return problems[0].get(0);
    }
}
