package org.jifen.notice;

import org.jifen.problem.Conflict;

public class NoticeAlreadyPublished extends Conflict {

    public NoticeAlreadyPublished(String village, Quarter quarter) {
        super("村「" + village + "」" + quarter.label() + "的积分公示已经公布过了");
    }
}
