package org.jifen.objection;

import org.jifen.problem.Conflict;

/** The group decides an objection once; a second decision would contradict the first on record. */
public class ObjectionAlreadyResolved extends Conflict {

    public ObjectionAlreadyResolved(long id, ObjectionStatus status) {
        super("异议 " + id + " 已经处理过（" + status.label() + "），不能再次处理");
    }
}
