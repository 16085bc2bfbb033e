package org.jifen.web;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ProblemDetail;

/**
 * Whether a failure is a unique constraint of the database refusing a row. The services check every uniqueness
 * (户号, event id, rule-set version...) before they write, so a violation that still arrives means another request
 * stored the same key between that check and this write: the caller's act was not done, and the record it wanted
 * now exists. Both H2 and PostgreSQL report SQL state 23505.
 */
final class ConcurrentDuplicate {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentDuplicate() {
    }

    static boolean causedIt(@Nullable Throwable failure) {
        return Causes.anyOf(failure, cause -> cause instanceof DuplicateKeyException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    static ProblemDetail problem() {
        return WebProblem.CONCURRENT_DUPLICATE.problem(
                "另一项同时进行的操作刚刚保存了相同的记录（例如同一户号），本次操作未保存任何内容。请刷新后查看，需要时再试。");
    }
}
