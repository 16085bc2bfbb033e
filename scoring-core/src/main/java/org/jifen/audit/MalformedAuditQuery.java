package org.jifen.audit;

import org.jifen.problem.BadRequest;

/** An audit-log query with a page, size or date range that cannot be answered. */
public class MalformedAuditQuery extends BadRequest {

    public MalformedAuditQuery(String detail) {
        super("审计日志查询条件不正确：" + detail);
    }
}
