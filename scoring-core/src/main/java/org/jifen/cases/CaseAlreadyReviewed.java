package org.jifen.cases;

import org.jifen.problem.Conflict;

public class CaseAlreadyReviewed extends Conflict {

    public CaseAlreadyReviewed(long id, CaseStatus status) {
        super("典型案例 " + id + " 已经审核过（" + status.label() + "），不能再次审核");
    }
}
