package org.jifen.finalisation;

import java.util.Map;
import org.jifen.problem.Conflict;

public class GroupTooSmall extends Conflict {

    private final int members;

    public GroupTooSmall(int members) {
        super("积分管理自治小组只有 " + members + " 人，按镇方案至少需要 " + FinalisedMonth.MINIMUM_APPROVALS
                + " 人才能评定定稿");
        this.members = members;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("members", members, "required", FinalisedMonth.MINIMUM_APPROVALS);
    }
}
