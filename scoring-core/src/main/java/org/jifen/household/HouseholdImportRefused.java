package org.jifen.household;

import java.util.List;
import java.util.Map;
import org.jifen.problem.Unprocessable;
import org.jifen.sheet.RowProblem;

/** An import refused with every bad row, each as {@code {file, line, message}}; nothing was stored. */
public class HouseholdImportRefused extends Unprocessable {

    private final List<RowProblem> errors;

    public HouseholdImportRefused(List<RowProblem> errors) {
        super("导入未完成，所有家庭户都没有保存。共 " + errors.size() + " 处问题，请改正后重新上传整个文件。第一处："
                + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
