package org.jifen.supermarket;

import org.jifen.problem.NotFound;

public class RedemptionNotFound extends NotFound {

    public RedemptionNotFound(String village, String redemptionId) {
        super("村「" + village + "」没有兑换单号为「" + redemptionId + "」的兑换记录");
    }
}
