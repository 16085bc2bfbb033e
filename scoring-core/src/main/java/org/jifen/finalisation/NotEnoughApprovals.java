package org.jifen.finalisation;

import java.util.Map;
import org.jifen.problem.Conflict;

public class NotEnoughApprovals extends Conflict {

    private final int approvals;

    public NotEnoughApprovals(int approvals) {
        super("只有 " + approvals + " 名小组成员同意，定稿至少需要 " + FinalisedMonth.MINIMUM_APPROVALS
                + " 名不同的成员同意");
        this.approvals = approvals;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("approvals", approvals, "required", FinalisedMonth.MINIMUM_APPROVALS);
    }
}
