package org.jifen.finalisation;

import java.util.List;
import java.util.Map;
import org.jifen.problem.Unprocessable;

/** Approvals must come from this village's own group: an id of another village's member counts as unknown. */
public class UnknownApprovers extends Unprocessable {

    private final List<Long> unknown;

    public UnknownApprovers(List<Long> unknown) {
        super("以下编号不是本村积分管理自治小组的成员：" + unknown);
        this.unknown = List.copyOf(unknown);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("unknown", unknown);
    }
}
