package org.jifen.objection;

import org.jifen.problem.Conflict;

/** One open objection per entry: the group decides it before another is taken. */
public class ObjectionAlreadyOpen extends Conflict {

    public ObjectionAlreadyOpen(long awardId) {
        super("积分记录 " + awardId + " 已有一条异议正在等待积分管理自治小组处理，请勿重复提出");
    }
}
