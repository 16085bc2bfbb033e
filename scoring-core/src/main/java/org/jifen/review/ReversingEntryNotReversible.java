package org.jifen.review;

import org.jifen.problem.Conflict;

/** Reversing a reversal would put back what a decision took away; record a new event instead. */
public class ReversingEntryNotReversible extends Conflict {

    public ReversingEntryNotReversible(long awardId) {
        super("积分记录 " + awardId + " 本身是驳回或冲正记录，不能再冲销；如需恢复积分，请重新登记事件");
    }
}
