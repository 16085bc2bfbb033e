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
        int depth = 0;
        int line = 1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                if (quote != 0) {
                    quote = 0; // strings end at the line; the parser reports the rest
                }
            } else if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int end = close < 0 ? text.length() : close + 2;
                for (int j = i; j < end; j++) {
                    if (text.charAt(j) == '\n') {
                        line++;
                    }
                }
                i = end - 1;
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
