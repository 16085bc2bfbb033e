package org.jifen.engine;

import org.jspecify.annotations.Nullable;

/**
 * A finding about a plan, where: the file, the line or spreadsheet row (0 when it is not on one line), the cell of a
 * spreadsheet where one is to blame (such as {@code C12}, else null), and what is wrong and what to write instead,
 * in plain Chinese. The same shape serves refusals (the plan is not stored) and warnings (it is, and they are shown
 * with it until activation).
 */
public record PlanProblem(String file, int line, @Nullable String cell, String message) {

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
}
