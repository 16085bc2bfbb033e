package org.jifen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Code, strings and comments are told apart as the DRL lexer tells them, for every check that reads plain text. */
class CodeTextTest {

    @Test
    void aStringHidesCommentMarksAndEndsAtItsQuoteOrTheLinesEnd() {
        assertThat(kinds("a \"// \\\" x\" b")).isEqualTo("CCSSSSSSSSSCC");
        assertThat(kinds("'x\ny")).isEqualTo("SSCC");
    }

    @Test
    void aLineCommentEndsAtTheLinesEndAndABlockCommentAtItsClose() {
        assertThat(kinds("a // \"x\nb")).isEqualTo("CCLLLLLCC");
        assertThat(kinds("a /* x\n*/ b")).isEqualTo("CCBBBBBBBCC");
        assertThat(kinds("/* open")).isEqualTo("BBBBBBB");
    }

    private static String kinds(String text) {
        StringBuilder said = new StringBuilder();
        for (byte kind : CodeText.kinds(text)) {
            said.append("CSLB".charAt(kind));
        }
        return said.toString();
    }
}
