package org.jifen.plan;

import org.jifen.problem.Conflict;

public class NoActivePlan extends Conflict {

    public NoActivePlan(String village) {
        super("村「" + village + "」还没有启用积分方案，请先上传并启用方案");
    }
}
