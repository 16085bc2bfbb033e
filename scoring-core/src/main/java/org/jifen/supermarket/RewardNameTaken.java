package org.jifen.supermarket;

import org.jifen.problem.Conflict;

public class RewardNameTaken extends Conflict {

    public RewardNameTaken(String name) {
        super("本村积分超市已有名为「" + name + "」的物品；要补货请登记入库，要改价请修改该物品");
    }
}
