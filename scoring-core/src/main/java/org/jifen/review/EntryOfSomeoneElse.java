package org.jifen.review;

import org.jifen.problem.Forbidden;

/**
 * Staff take back their own mistakes only (ADR 0085): an entry someone else recorded, or one the month-end rules
 * gave, is for the village admin to review with the group.
 */
public class EntryOfSomeoneElse extends Forbidden {

    public EntryOfSomeoneElse(long awardId) {
        super("记录号 " + awardId + " 不是您本人登记的事件所得积分：记分员只能撤销自己记错的积分，其他积分请村管理员审核驳回");
    }
}
