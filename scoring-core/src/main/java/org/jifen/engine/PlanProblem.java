package org.jifen.engine;

import org.jspecify.annotations.Nullable;

/**
 * A finding about a plan, where: the file, the line or spreadsheet row (0 when it is not on one line), the cell of a
 * spreadsheet where one is to blame (such as {@code C12}, else null), and what is wrong and what to write instead,
 * in plain Chinese. The same shape serves refusals (the plan is not stored) and warnings (it is, and they are shown
 * with it until activation).
 */
public record PlanProblem(String file, int line, @Nullable String cell, String message) {

    /**
     * What a problem quotes of the upload is shown, never obeyed (ADR 0174): a control, format (zero-width, direction
     * override), private-use or unassigned character in a file name, cell or message is written out as its code,
     * e.g. {@code \u202E}, so that it cannot reorder, hide or colour what a clerk reads.
     */
    public PlanProblem {
        file = visible(file);
        cell = cell == null ? null : visible(cell);
        message = visible(message);
    }

    /** How the note that later checks follow begins (ADR 0173); it is no problem of its own. */
    private static final String LATER_CHECKS = "还有检查没有做：";

    public PlanProblem(String file, int line, String message) {
        this(file, line, null, message);
    }

    /** The note closing a refusal that stopped before the later checks: fixing these may show more. */
    static PlanProblem laterChecks(String which) {
        return new PlanProblem("", 0, null, LATER_CHECKS + "改正以上问题后再上传，还会接着检查" + which
                + "，可能还会指出别的问题");
    }

    /** Whether this is the note that later checks follow, not a problem to count. */
    public boolean isNote() {
        return file.isEmpty() && line == 0 && cell == null && message.startsWith(LATER_CHECKS);
    }

    static String visible(String text) {
        if (text.codePoints().noneMatch(PlanProblem::hidden)) {
            return text;
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (hidden(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return c != '\n' && c != '\t' && (type == Character.CONTROL || type == Character.FORMAT
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
    }
}
