package org.jifen.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule file must show on one screen what runs (ADR 0237, attack tryout 12, N8): a live {@code awards.veto(…)} looked
 * commented out because the {@code *}{@code /} closing a comment sat 1,880 columns right, behind a run of spaces. No
 * honest file needs that, so in any text file of the plan a run of blank-looking characters wider than
 * {@link #LONGEST_BLANKS} before more text is refused wherever it stands (in a comment or a string too), and so is a
 * line of a DRL, sentence or sentence-list file that holds a comment and is wider than {@link #WIDEST} columns (a long
 * condition stays allowed: it is code, and said in words on the plan page), with the file and line. So is code after the close of a
 * comment begun on an earlier line: that line reads as comment ({@code // 不再否决 *}{@code / awards.veto(…);}).
 */
final class ScreenLines {

    /** Columns a reviewer's editor or the plan page shows without scrolling; the pilot plans' widest line is 121. */
    static final int WIDEST = 160;
    /** Blank columns before more text on a line; the pilot plans indent by 4 and never leave more than 6 inside. */
    static final int LONGEST_BLANKS = 24;
    private static final int TAB_STOP = 8;
    private static final int MOST_SAID = 10;

    private ScreenLines() {
    }

    static List<PlanProblem> of(String file, String text) {
        String lower = file.toLowerCase(Locale.ROOT);
        boolean rules = lower.endsWith(".drl") || lower.endsWith(".dslr") || lower.endsWith(".dsl");
        List<PlanProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        byte[] kinds = rules ? CodeText.kinds(text) : new byte[0];
        boolean inComment = false;
        int at = 0;
        for (int i = 0; i < lines.length && problems.size() < MOST_SAID; at = text.indexOf('\n', at) + 1, i++) {
            boolean comment = inComment;
            if (rules) {
                int runs = inComment ? runsAfterClose(lines[i]) : -1;
                if (runs >= 0) {
                    String code = lines[i].substring(runs).strip();
                    problems.add(new PlanProblem(file, i + 1, "上面的 /* 注释到这一行的 */ 才结束，这一行看起来是注释，后面的「"
                            + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "」却会执行：请把要执行的内容另起一行写"
                            + "（不要的就删掉），让 */ 后面不再有别的内容"));
                }
                for (int k = at; k < at + lines[i].length(); k++) {
                    comment |= kinds[k] >= CodeText.LINE_COMMENT;
                }
                int end = at + lines[i].length(); // the line's break: still in a block comment when it stays open
                inComment = end < kinds.length && kinds[end] == CodeText.BLOCK_COMMENT;
            }
            int blanks = longestBlanks(lines[i]);
            if (blanks > LONGEST_BLANKS) {
                problems.add(new PlanProblem(file, i + 1, "这一行有一长串空格或制表符（占 " + blanks + " 格宽，最多 "
                        + LONGEST_BLANKS + " 格），会把后面的内容推到屏幕外面，看文件的人看不到它，系统却照样会执行："
                        + "请删掉多余的空格，让这一行的内容都能一眼看到"));
            } else if (comment && width(lines[i]) > WIDEST) {
                problems.add(new PlanProblem(file, i + 1, "这一行有注释，又太长（占 " + width(lines[i]) + " 格宽，一个汉字算 2 格，"
                        + "最多 " + WIDEST + " 格），看文件的人一屏看不全，注释后面的内容可能被漏看，系统却照样会执行："
                        + "请把注释分成几行，每行一句"));
            }
        }
        return problems;
    }

    /**
     * Where code starts after the {@code *}{@code /} that closes a comment begun on an earlier line, or -1: such a line
     * reads as part of the comment (a {@code //} line, a line of comment text) while what follows the close runs.
     */
    private static int runsAfterClose(String line) {
        int close = line.indexOf("*/");
        if (close < 0) {
            return -1;
        }
        String rest = line.substring(close + 2).strip();
        return rest.isEmpty() || rest.startsWith("//") ? -1 : line.indexOf(rest, close + 2);
    }

    /** The columns a line takes in a monospaced editor: Chinese (wide) characters 2, a tab to the next stop. */
    static int width(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            width = c == '\t' ? (width / TAB_STOP + 1) * TAB_STOP : width + (wide(c) ? 2 : 1);
            i += Character.charCount(c);
        }
        return width;
    }

    /** The widest run of blank-looking characters followed by more text on the line (trailing blanks hide nothing). */
    private static int longestBlanks(String line) {
        int longest = 0;
        int column = 0;
        int start = -1;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            boolean blank = blank(c);
            if (blank && start < 0) {
                start = column;
            } else if (!blank && start >= 0) {
                longest = Math.max(longest, column - start);
                start = -1;
            }
            column = c == '\t' ? (column / TAB_STOP + 1) * TAB_STOP : column + (wide(c) ? 2 : 1);
            i += Character.charCount(c);
        }
        return longest;
    }

    /** Spaces of any width, and the letters that draw nothing (Hangul and braille fillers). */
    private static boolean blank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x2800 || c == 0x3164 || c == 0xFFA0
                || c == 0x115F || c == 0x1160;
    }

    private static boolean wide(int c) {
        return c == 0x3000 || (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
