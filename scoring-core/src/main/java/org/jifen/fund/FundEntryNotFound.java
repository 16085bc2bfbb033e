package org.jifen.fund;

import org.jifen.problem.NotFound;

public class FundEntryNotFound extends NotFound {

    public FundEntryNotFound(String village, long id) {
        super("村「" + village + "」的奖励资金没有编号为 " + id + " 的收支记录");
    }
}
