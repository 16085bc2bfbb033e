package org.jifen.fund;

import java.util.Map;
import org.jifen.problem.Conflict;

public class FundEntryAlreadyReversed extends Conflict {

    private final long reversedBy;

    public FundEntryAlreadyReversed(long id, long reversedBy) {
        super("收支记录 " + id + " 已由记录 " + reversedBy + " 冲红过，不能再次冲红");
        this.reversedBy = reversedBy;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reversedBy", reversedBy);
    }
}
