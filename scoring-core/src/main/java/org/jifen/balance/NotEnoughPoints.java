package org.jifen.balance;

import java.util.Map;
import org.jifen.problem.Conflict;

/** A redemption that would take more than the household's available points. */
public class NotEnoughPoints extends Conflict {

    private final int available;
    private final int needed;

    public NotEnoughPoints(int available, int needed) {
        super("本户可用积分不足：需要 " + needed + " 分，现可用 " + available + " 分（已定稿月份的积分才可使用）");
        this.available = available;
        this.needed = needed;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("available", available, "needed", needed);
    }
}
