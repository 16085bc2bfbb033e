package org.jifen.evidence;

import org.jifen.problem.NotFound;

public class EvidenceNotFound extends NotFound {

    public EvidenceNotFound(String village, long id) {
        super("村「" + village + "」没有编号为 " + id + " 的证据材料");
    }
}
