package org.jifen.engine;

/**
 * Which characters of a rule file's text are code, string or comment, read as the DRL lexer reads them: a string ends
 * at its quote or at the line's end, a backslash escapes the next character, {@code //} comments to the line's end and
 * a block comment to its close (or the text's end). The one reading behind the checks that count brackets outside
 * strings (ADR 0044) and that see where comments hide code (ADR 0237).
 */
final class CodeText {

    static final byte CODE = 0;
    static final byte STRING = 1;
    static final byte LINE_COMMENT = 2;
    static final byte BLOCK_COMMENT = 3;

    private CodeText() {
    }

    /** The kind of each character of the text. */
    static byte[] kinds(String text) {
        byte[] kinds = new byte[text.length()];
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == '"' || c == '\'') {
                kinds[i] = STRING;
                for (i++; i < n && text.charAt(i) != '\n' && text.charAt(i) != c; i++) {
                    kinds[i] = STRING;
                    if (text.charAt(i) == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                        kinds[++i] = STRING;
                    }
                }
                if (i < n && text.charAt(i) == c) {
                    kinds[i] = STRING;
                } else {
                    i--; // the line's end ends the string and stays code
                }
            } else if (c == '/' && next == '/') {
                for (; i < n && text.charAt(i) != '\n'; i++) {
                    kinds[i] = LINE_COMMENT;
                }
                i--;
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", i + 2);
                int end = close < 0 ? n : close + 2;
                for (; i < end; i++) {
                    kinds[i] = BLOCK_COMMENT;
                }
                i--;
            }
        }
        return kinds;
    }
}
