package org.jifen.supermarket;

import java.util.Map;
import org.jifen.problem.Conflict;

/** Taking more of an item than is in stock, by redemption or write-off. */
public class NotEnoughStock extends Conflict {

    private final int stock;
    private final int requested;

    public NotEnoughStock(String name, int stock, int requested) {
        super("「" + name + "」库存不足：需要 " + requested + " 件，现有 " + stock + " 件");
        this.stock = stock;
        this.requested = requested;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("stock", stock, "requested", requested);
    }
}
