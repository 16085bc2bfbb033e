package org.jifen.engine;

import java.util.regex.Pattern;

/**
 * The line to show for a parser error that came without one (attack tryout 13, A6: a condition written as a path,
 * {@code $e : /events[…]}, was refused at 「line 0」). A clerk needs a line to look at: the first line holding what the
 * parser never reads in a plan (Chinese punctuation outside quotes, a condition starting with a path), or else the
 * first rule's line, or else the first line.
 */
final class UnplacedSyntax {

    private static final Pattern CHINESE_PUNCTUATION = Pattern.compile("[“”（），；：]");
    private static final Pattern PATH_CONDITION = Pattern.compile("^\\s*(\\$\\w+\\s*:\\s*)?/");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\b");

    private UnplacedSyntax() {
    }

    static int line(String drl) {
        String[] lines = drl.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String code = outsideQuotesAndComments(lines[i]);
            if (CHINESE_PUNCTUATION.matcher(code).find() || PATH_CONDITION.matcher(code).find()) {
                return i + 1;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (RULE.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String outsideQuotesAndComments(String line) {
        String code = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        int comment = code.indexOf("//");
        return comment >= 0 ? code.substring(0, comment) : code;
    }
}
