package org.jifen.supermarket;

import org.jifen.problem.Conflict;

public class RewardNotOnSale extends Conflict {

    public RewardNotOnSale(String name) {
        super("「" + name + "」已下架，暂不能兑换");
    }
}
