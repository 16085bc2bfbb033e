package org.jifen.engine;

import org.jspecify.annotations.Nullable;

/**
 * A finding about a plan, where: the file, the line or spreadsheet row (0 when it is not on one line), the cell of a
 * spreadsheet where one is to blame (such as {@code C12}, else null), and what is wrong and what to write instead,
 * in plain Chinese. The same shape serves refusals (the plan is not stored) and warnings (it is, and they are shown
 * with it until activation).
 */
public record PlanProblem(String file, int line, @Nullable String cell, String message) {

    public PlanProblem(String file, int line, String message) {
        this(file, line, null, message);
    }
}
