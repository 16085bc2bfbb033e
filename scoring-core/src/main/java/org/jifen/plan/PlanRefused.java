package org.jifen.plan;

import java.util.List;
import java.util.Map;
import org.jifen.engine.PlanProblem;
import org.jifen.problem.Unprocessable;

/** An upload refused with every problem found, each as {@code {file, line, message}}; nothing was stored. */
public class PlanRefused extends Unprocessable {

    private final List<PlanProblem> errors;

    public PlanRefused(List<PlanProblem> errors) {
        super("方案未通过检查，没有保存，当前启用的方案不受影响。共 " + errors.size() + " 处问题，第一处：" + describe(errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    private static String describe(PlanProblem problem) {
        String where = problem.file() + (problem.line() > 0 ? " 第 " + problem.line() + " 行" : "")
                + (problem.cell() != null ? "（单元格 " + problem.cell() + "）" : "");
        // a problem of the upload as a whole (too many files) has no file: no empty 「：」 before its message
        return where.isEmpty() ? problem.message() : where + "：" + problem.message();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
