package org.jifen.household;

import org.jifen.problem.NotFound;

public class HouseholdNotFound extends NotFound {

    public HouseholdNotFound(String village, Object id) {
        super("村「" + village + "」没有编号为 " + id + " 的家庭户");
    }
}
