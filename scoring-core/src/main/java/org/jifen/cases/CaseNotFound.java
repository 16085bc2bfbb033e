package org.jifen.cases;

import org.jifen.problem.NotFound;

public class CaseNotFound extends NotFound {

    public CaseNotFound(long id) {
        super("没有编号为 " + id + " 的典型案例");
    }
}
