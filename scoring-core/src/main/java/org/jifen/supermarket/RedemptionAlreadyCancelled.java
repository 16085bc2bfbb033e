package org.jifen.supermarket;

import org.jifen.problem.Conflict;

public class RedemptionAlreadyCancelled extends Conflict {

    public RedemptionAlreadyCancelled(String redemptionId) {
        super("兑换单「" + redemptionId + "」已经撤销过，积分和物品已退回，不能再次撤销");
    }
}
