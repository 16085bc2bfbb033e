package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Limits on the text of a rule file, counted before any parser runs (ADR 0044): the longest line, and how deeply
 * parentheses nest. About 500 nested parentheses overflowed the DRL parser's stack (a 500 answer); a 220 KB comment
 * line made a regular expression run for 22 s. Nothing a village writes comes near these limits.
 */
final class TextBudget {

    /** The longest line of a DRL file (or of the DRL a spreadsheet generates). */
    static final int MAX_LINE = 2000;
    /** The deepest parentheses may nest; the rule-file grammar has the same bound. */
    static final int MAX_NESTING = 32;

    private TextBudget() {
    }

    /** Lines longer than {@code maxLine}. */
    static List<PlanProblem> lines(String file, String text, int maxLine, String what) {
        List<PlanProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length && problems.size() < 10; i++) {
            if (lines[i].length() > maxLine) {
                problems.add(new PlanProblem(file, i + 1, what + "一行最多 " + maxLine + " 个字符，这一行有 "
                        + lines[i].length() + " 个，请分成几行或几条规则"));
            }
        }
        return problems;
    }

    /** The first line where parentheses (outside strings and comments) nest deeper than {@link #MAX_NESTING}. */
    static List<PlanProblem> nesting(String file, String text) {
        byte[] kinds = CodeText.kinds(text);
        int depth = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (kinds[i] != CodeText.CODE) {
                continue;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return List.of(new PlanProblem(file, line, "括号嵌套超过 " + MAX_NESTING + " 层，请拆成几个简单的条件"));
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return List.of();
    }
}
