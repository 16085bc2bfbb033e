package org.jifen.web;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ProblemDetail;

/**
 * A request that waited too long for rows another request holds (a month-end evaluation of a large village holds
 * its village for as long as it runs; found from outside, where every event of that village answered 500). Nothing
 * was done, so it is a 503 with {@code Retry-After}, not a fault of the service.
 */
final class RecordsBusy {

    static final int RETRY_AFTER_SECONDS = 30;

    private RecordsBusy() {
    }

    static boolean causedIt(@Nullable Throwable failure) {
        return Causes.anyOf(failure, cause -> cause instanceof PessimisticLockingFailureException
                    || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.PessimisticLockException
                    // H2's lock timeout, PostgreSQL's lock_not_available (lock_timeout)
                    || cause instanceof SQLException sql && ("HYT00".equals(sql.getSQLState())
                            || "55P03".equals(sql.getSQLState())));
    }

    static final String DETAIL = "本村的记录正被另一项较长的操作（例如月底评定）占用，本次操作没有执行，也没有保存任何内容。"
            + "请稍后（约 " + RETRY_AFTER_SECONDS + " 秒后）用同样的内容重试；事件编号（eventId）相同的重试不会重复记录。";

    /** The 503 problem; the answer also carries {@code Retry-After: RETRY_AFTER_SECONDS}. */
    static ProblemDetail problem() {
        return WebProblem.RECORDS_BUSY.problem(DETAIL);
    }
}
