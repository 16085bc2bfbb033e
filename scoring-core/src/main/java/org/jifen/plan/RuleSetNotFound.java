package org.jifen.plan;

import org.jifen.problem.NotFound;

public class RuleSetNotFound extends NotFound {

    public RuleSetNotFound(String village, int version) {
        super("村「" + village + "」没有第 " + version + " 版方案");
    }
}
