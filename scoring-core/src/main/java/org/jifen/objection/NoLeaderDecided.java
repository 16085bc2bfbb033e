package org.jifen.objection;

import org.jifen.problem.Unprocessable;

/** The group's leader (组长) answers for every decision on an objection (ADR 0029). */
public class NoLeaderDecided extends Unprocessable {

    public NoLeaderDecided() {
        super("处理异议须有积分管理自治小组组长（角色为「" + ObjectionPanel.LEADER + "」）参与决定");
    }
}
