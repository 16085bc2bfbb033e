package org.jifen.supermarket;

import java.util.Map;
import org.jifen.problem.Conflict;

/** A receipt whose goods were (partly) redeemed or written off since: it cannot be taken back whole. */
public class ReceivedGoodsAlreadyGone extends Conflict {

    private final int stock;
    private final int requested;

    public ReceivedGoodsAlreadyGone(String name, int stock, int requested) {
        super("「" + name + "」现有库存 " + stock + " 件，少于这笔入库的 " + requested + " 件：物品已兑换或报损，不能整笔冲红；"
                + "多入库的部分请报损并写明原因");
        this.stock = stock;
        this.requested = requested;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("stock", stock, "requested", requested);
    }
}
