package org.jifen.supermarket;

import org.jifen.problem.Conflict;

/** The same redemptionId sent again with a different household, item, quantity or note. */
public class RedemptionIdReused extends Conflict {

    public RedemptionIdReused(String redemptionId) {
        super("兑换单号「" + redemptionId + "」已用于另一笔兑换（户、物品、数量或备注不同）；新的兑换请用新的单号");
    }
}
