package org.jifen.supermarket;

import org.jifen.problem.NotFound;

public class RewardNotFound extends NotFound {

    public RewardNotFound(String village, long id) {
        super("村「" + village + "」的积分超市没有编号为 " + id + " 的兑换物品");
    }
}
