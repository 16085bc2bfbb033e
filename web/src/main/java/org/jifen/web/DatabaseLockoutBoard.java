package org.jifen.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lock-out board in the database every node shares (V23_1). Every API request is a login (HTTP Basic), so the
 * board is read at most once per {@code refresh} into this node's memory rather than once per request: a lock-out
 * posted on another node is honoured here within that time; one posted here, at once. When the database cannot be
 * reached the board keeps what it last read and this node's own counts go on: the login itself then fails on the
 * database and is answered 503, as every request is, never 500 because of the board.
 */
final class DatabaseLockoutBoard implements LockoutBoard {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLockoutBoard.class);

    /** How long a record is kept after its lock-out ended, so that a returning guesser's lock-outs keep growing. */
    private static final Duration REMEMBERED = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final LongSupplier wallMillis;
    private final long refreshMillis;
    private Map<String, Posted> recent = Map.of();
    private long readAt = Long.MIN_VALUE;

    DatabaseLockoutBoard(JdbcTemplate jdbc, LongSupplier wallMillis, Duration refresh) {
        this.jdbc = jdbc;
        this.wallMillis = wallMillis;
        this.refreshMillis = refresh.toMillis();
    }

    @Override
    public synchronized Map<String, Posted> recent() {
        long now = wallMillis.getAsLong();
        if (readAt == Long.MIN_VALUE || now - readAt >= refreshMillis) {
            readAt = now;
            try {
                Map<String, Posted> read = new HashMap<>();
                jdbc.query("select lockout_key, locked_until_ms, lockouts from login_lockout where locked_until_ms > ?",
                        row -> {
                            read.put(row.getString(1), new Posted(row.getLong(2), row.getInt(3)));
                        }, now - REMEMBERED.toMillis());
                recent = read;
            } catch (DataAccessException unreachable) {
                log.warn("Lock-outs of other nodes not read, the last ones read still apply: {}", unreachable.toString());
            }
        }
        return recent;
    }

    @Override
    public synchronized void post(String key, Posted lockout) {
        Map<String, Posted> updated = new HashMap<>(recent);
        updated.put(key, lockout);
        recent = updated;
        try {
            write(key, lockout);
        } catch (DataAccessException unreachable) {
            log.warn("Lock-out of {} not posted for other nodes: {}", key, unreachable.toString());
        }
    }

    private void write(String key, Posted lockout) {
        if (jdbc.update("update login_lockout set locked_until_ms = ?, lockouts = ? where lockout_key = ?",
                lockout.untilMillis(), lockout.lockouts(), key) == 0) {
            try {
                jdbc.update("insert into login_lockout (lockout_key, locked_until_ms, lockouts) values (?, ?, ?)",
                        key, lockout.untilMillis(), lockout.lockouts());
            } catch (DuplicateKeyException postedMeanwhile) {
                jdbc.update("update login_lockout set locked_until_ms = ?, lockouts = ? where lockout_key = ?",
                        lockout.untilMillis(), lockout.lockouts(), key);
            }
        }
        jdbc.update("delete from login_lockout where locked_until_ms < ?",
                wallMillis.getAsLong() - REMEMBERED.toMillis());
    }

    @Override
    public synchronized void forget(String key) {
        if (recent.containsKey(key)) {
            Map<String, Posted> updated = new HashMap<>(recent);
            updated.remove(key);
            recent = updated;
            try {
                jdbc.update("delete from login_lockout where lockout_key = ?", key);
            } catch (DataAccessException unreachable) {
                log.warn("Lock-out record of {} not cleared for other nodes: {}", key, unreachable.toString());
            }
        }
    }
}
