package org.jifen.audit;

import org.jifen.problem.Refusal;

/** An audit-log query with a page, size or date range that cannot be answered. */
public class MalformedAuditQuery extends Refusal {

    public MalformedAuditQuery(String detail) {
        super(Kind.BAD_REQUEST, "审计日志查询条件不正确：" + detail);
    }
}
