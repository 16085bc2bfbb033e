package org.jifen.review;

import org.jifen.problem.Conflict;

public class AwardAlreadyReversed extends Conflict {

    public AwardAlreadyReversed(long awardId) {
        super("积分记录 " + awardId + " 已经被驳回或冲正过，不能再次冲销");
    }
}
