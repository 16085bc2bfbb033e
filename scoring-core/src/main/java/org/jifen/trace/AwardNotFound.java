package org.jifen.trace;

import org.jifen.problem.NotFound;

public class AwardNotFound extends NotFound {

    public AwardNotFound(long id) {
        super("没有编号为 " + id + " 的积分记录");
    }
}
