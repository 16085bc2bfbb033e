package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.engine.RefusedWorkbooks.refused;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fifth clerk tryout's sentence files (ADR 0249): each mistake is refused at the line the clerk wrote, with what to
 * write instead, and nothing is blamed on a correct line of another rule.
 */
class AClerksOwnWordsAreAnsweredAtTheirLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            m04  | 52 | 一行只写一个条件
            m08  | 21 | 要写在 rule 那一行的下一行
            m24  | 21 | 要写在 rule 那一行的下一行
            m09  | 24 | @cap(25)
            m14  | 45 | 「家庭户没有标签 "党员户"」
            m15  | 69 | 「本月无扣分」
            m16  | 27 | 不能用 #
            m16b | 27 | 不能用 #
            m16c | 1  | 不能用 #
            """)
    void eachMistakeIsAnsweredAtItsOwnLineWithWhatToWrite(String mistake, int line, String instead) throws IOException {
        assertThat(refused(List.of(resource(mistake + ".dslr")))).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains(instead);
        });
    }

    private static PlanFile resource(String name) throws IOException {
        try (InputStream in = AClerksOwnWordsAreAnsweredAtTheirLineTest.class.getResourceAsStream("clerk5/" + name)) {
            return PlanFile.of("盛新村积分方案.dslr", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
