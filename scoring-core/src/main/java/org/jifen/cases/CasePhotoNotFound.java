package org.jifen.cases;

import org.jifen.problem.NotFound;

public class CasePhotoNotFound extends NotFound {

    public CasePhotoNotFound(String village, long id) {
        super("村「" + village + "」没有编号为 " + id + " 的典型案例照片");
    }
}
