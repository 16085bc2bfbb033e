package org.jifen.finalisation;

import java.util.List;
import java.util.Map;
import org.jifen.problem.Conflict;

/** Approvals must come from this village's own group; others do not count, so the month is not approved (409). */
public class UnknownApprovers extends Conflict {

    private final List<Long> unknown;

    public UnknownApprovers(List<Long> unknown) {
        super("以下编号不是本村积分管理自治小组现有的成员（不是本村小组的，或已退出小组）：" + unknown);
        this.unknown = List.copyOf(unknown);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("unknown", unknown);
    }
}
