package org.jifen.cases;

import org.jifen.problem.Conflict;

public class CaseNotShortlisted extends Conflict {

    public CaseNotShortlisted(long id, CaseStatus status) {
        super("典型案例 " + id + " 现在是「" + status.label() + "」，只有审核入围的案例才能发布");
    }
}
