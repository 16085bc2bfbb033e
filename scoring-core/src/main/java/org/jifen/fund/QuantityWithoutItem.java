package org.jifen.fund;

import org.jifen.problem.Unprocessable;

/** Goods bought for the supermarket name both the item and how many: one without the other is incomplete. */
public class QuantityWithoutItem extends Unprocessable {

    public QuantityWithoutItem() {
        super("购买积分超市物品须同时写明物品（rewardId）和数量（quantity）；不入库的支出两者都不写");
    }
}
