package org.jifen.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (rather than a fault in the service): then the request
 * did nothing and may simply be sent again later. Spring wraps the driver's failure differently depending on where
 * it struck (opening the transaction, a statement, the commit), so the whole cause chain is searched.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying; Hikari gives up on a connection after three. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    static boolean causedIt(@Nullable Throwable failure) {
        return Causes.anyOf(failure, cause -> cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    // Beginning, committing or rolling back failed at the connection: when the database terminates
                    // a session mid-transaction, Spring reports the failed rollback, not the statement before it.
                    || cause instanceof org.hibernate.TransactionException
                    // Hikari's stand-in for a connection it has already discarded as broken (no SQL state).
                    || cause instanceof SQLException closed && "Connection is closed".equals(closed.getMessage())
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")));
    }

    static final String DETAIL = "数据库暂时无法连接，本次操作没有执行，也没有保存任何内容。请稍后（约 "
            + RETRY_AFTER_SECONDS + " 秒后）用同样的内容重试；事件编号（eventId）相同的重试不会重复记录。";

    /** The 503 problem; the answer also carries {@code Retry-After: RETRY_AFTER_SECONDS}. */
    static ProblemDetail problem() {
        return WebProblem.DATABASE_UNAVAILABLE.problem(DETAIL);
    }
}
