package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A parser error that came without a line is shown at a line a clerk can look at (attack tryout 13, A6). */
class AnUnplacedWritingMistakeIsShownAtALineTest {

    @Test
    void aConditionWrittenAsAPathIsRefusedAtItsLine() {
        String drl = HostileCorpus.rule("$e : /events[ type == \"a\" ]", "awards.add(1, \"村民议事\");");
        int pathLine = List.of(drl.split("\n")).indexOf("    $e : /events[ type == \"a\" ]") + 1;

        assertThatThrownBy(() -> new PlanCompiler(1000).compileUpload(List.of(PlanFile.of("方案.drl", drl))))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> assertThat(rejected.problems())
                        .allSatisfy(problem -> assertThat(problem.line()).isPositive())
                        .anySatisfy(problem -> assertThat(problem.line()).isEqualTo(pathLine)));
    }

    @Test
    void theLineIsTheFirstWithChinesePunctuationOutsideQuotesElseTheFirstRule() {
        assertThat(UnplacedSyntax.line("rule \"甲\"\nwhen\n  Event( type == \"（会议）\" )\n  Event（）\nthen\nend"))
                .isEqualTo(4);
        assertThat(UnplacedSyntax.line("package x;\n\nrule \"甲\"\nwhen\nthen\nend")).isEqualTo(3);
    }
}
