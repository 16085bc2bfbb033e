package org.jifen.objection;

import org.jifen.problem.Unprocessable;

/** A household objects to its own entries only. */
public class AwardOfAnotherHousehold extends Unprocessable {

    public AwardOfAnotherHousehold(long awardId) {
        super("积分记录 " + awardId + " 不是本户的记录，只能对本户的积分记录提出异议");
    }
}
