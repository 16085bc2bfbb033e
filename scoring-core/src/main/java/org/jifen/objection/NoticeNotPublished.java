package org.jifen.objection;

import org.jifen.notice.Quarter;
import org.jifen.problem.Conflict;

/** Objections belong to the notice period, which starts when the quarter's notice is published. */
public class NoticeNotPublished extends Conflict {

    public NoticeNotPublished(long awardId, Quarter quarter) {
        super("积分记录 " + awardId + " 所在的" + quarter.label() + "积分尚未公示；公示公布后，可在公示期内提出异议");
    }
}
