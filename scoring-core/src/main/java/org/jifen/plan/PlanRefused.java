package org.jifen.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.engine.PlanProblem;
import org.jifen.problem.Unprocessable;
import org.jspecify.annotations.Nullable;

/**
 * An upload refused with every problem found, each as {@code {file, line, message}}; nothing was stored. Where the
 * check stopped before its later stages, the answer says so in its detail and in {@code laterChecks} (ADR 0173); what
 * the checks that ran would only have warned of comes with it as {@code warnings} (ADR 0177).
 */
public class PlanRefused extends Unprocessable {

    private final List<PlanProblem> errors;
    private final @Nullable String laterChecks;
    private final List<PlanProblem> warnings;

    public PlanRefused(List<PlanProblem> errors, @Nullable String laterChecks) {
        this(errors, laterChecks, List.of());
    }

    /** With {@code warnings}: what the checks that ran would only have warned of, answered now too (ADR 0177). */
    public PlanRefused(List<PlanProblem> errors, @Nullable String laterChecks, List<PlanProblem> warnings) {
        super("方案未通过检查，没有保存，当前启用的方案不受影响。共 " + errors.size() + " 处问题，第一处：" + describe(errors.get(0))
                + (warnings.isEmpty() ? "" : "；另有 " + warnings.size() + " 条提醒，也请一并看过")
                + (laterChecks == null ? "" : "。" + laterChecks));
        this.errors = List.copyOf(errors);
        this.laterChecks = laterChecks;
        this.warnings = List.copyOf(warnings);
    }

    private static String describe(PlanProblem problem) {
        String where = problem.file() + (problem.line() > 0 ? " 第 " + problem.line() + " 行" : "")
                + (problem.cell() != null ? "（单元格 " + problem.cell() + "）" : "");
        // a problem of the upload as a whole (too many files) has no file: no empty 「：」 before its message
        return where.isEmpty() ? problem.message() : where + "：" + problem.message();
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("errors", errors);
        if (!warnings.isEmpty()) {
            properties.put("warnings", warnings);
        }
        if (laterChecks != null) {
            properties.put("laterChecks", laterChecks);
        }
        return properties;
    }
}
