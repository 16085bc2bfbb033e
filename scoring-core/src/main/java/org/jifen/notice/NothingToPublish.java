package org.jifen.notice;

import org.jifen.problem.Conflict;

/** A notice shows finalised months only; with none it would post an empty table on the notice board. */
public class NothingToPublish extends Conflict {

    public NothingToPublish(String village, Quarter quarter) {
        super("村「" + village + "」" + quarter.label() + "还没有定稿的月份，无可公示；请先完成月度评定并定稿");
    }
}
