package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples of the rule author's guide (docs/examples) are accepted as they are written, each with the example's
 * own rule tests: what the guide shows a village must never be refused by the checks.
 */
class DocumentedExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @ParameterizedTest
    @ValueSource(strings = {"杨家庄村示例.drl", "杨家庄村示例.dslr", "杨家庄村示例.drl.csv", "杨家庄村示例.drl.xlsx"})
    void eachWayOfWritingTheExampleIsAcceptedWithItsTests(String name) throws IOException {
        CompiledPlan plan = new PlanCompiler(1000).compileUpload(Stream.of(name, "杨家庄村示例.test.yaml")
                .map(DocumentedExamplesTest::read).toList());

        assertThat(plan.rules()).isNotEmpty();
    }

    @Test
    void theCsvExampleCarriesItsTableOfTestsWithOneHouseholdsMonth() {
        CompiledPlan plan = new PlanCompiler(1000).compile(Stream.of("杨家庄村示例.drl.csv", "杨家庄村示例.test.csv")
                .map(DocumentedExamplesTest::read).toList());

        assertThat(plan.rules()).containsKey("当月无扣分");
    }

    private static PlanFile read(String name) {
        try {
            return new PlanFile(name, Files.readAllBytes(EXAMPLES.resolve(name)));
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
