package org.jifen.supermarket;

import org.jifen.problem.NotFound;

public class StockMovementNotFound extends NotFound {

    public StockMovementNotFound(String reward, long id) {
        super("「" + reward + "」没有编号为 " + id + " 的库存变动");
    }
}
