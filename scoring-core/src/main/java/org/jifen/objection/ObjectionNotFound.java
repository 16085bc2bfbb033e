package org.jifen.objection;

import org.jifen.problem.NotFound;

public class ObjectionNotFound extends NotFound {

    public ObjectionNotFound(long id) {
        super("本村没有编号为 " + id + " 的异议");
    }
}
