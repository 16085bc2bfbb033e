package org.jifen.supermarket;

import java.util.Map;
import org.jifen.problem.Conflict;

public class ReceiptAlreadyReversed extends Conflict {

    private final long reversedBy;

    public ReceiptAlreadyReversed(long id, long reversedBy) {
        super("入库 " + id + " 已由库存变动 " + reversedBy + " 冲红过，不能再次冲红");
        this.reversedBy = reversedBy;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reversedBy", reversedBy);
    }
}
