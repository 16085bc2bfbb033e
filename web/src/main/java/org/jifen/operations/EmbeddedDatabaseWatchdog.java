package org.jifen.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Ends the process when the embedded H2 database has been closed under the running service (ADR 0052). H2 closes
 * a database itself only after a fatal error: an OutOfMemoryError inside a statement, a failed write, a corrupt
 * file. What remains is not to be trusted, and before this the service went on answering 503 until someone
 * restarted it by hand. A session of its own (the sentinel, outside the connection pool) belongs to the database as
 * it was opened; when that session finds itself closed, the database it belonged to was closed, even if the pool has
 * quietly opened the file again since. Checked every two seconds and on every health request. The health component
 * {@code embeddedDatabase} says DOWN from then on, WARNING while H2 delays writing commits to its file (ADR 0050).
 */
@Component("embeddedDatabaseHealthIndicator")
@Conditional(EmbeddedH2.class)
class EmbeddedDatabaseWatchdog implements HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);
    private static final long CHECK_EVERY_SECONDS = 2;

    private final DataSourceProperties database;
    private @Nullable Connection sentinel;
    private @Nullable ScheduledExecutorService checks;
    private volatile boolean running;
    private volatile long writeDelayMillis;
    private volatile @Nullable String closedBecause;

    EmbeddedDatabaseWatchdog(DataSourceProperties database) {
        this.database = database;
    }

    @Override
    public synchronized void start() {
        try {
            sentinel = DriverManager.getConnection(database.determineUrl(), database.determineUsername(),
                    database.determinePassword());
            writeDelayMillis = writeDelay(sentinel);
        } catch (SQLException unopenable) {
            throw new IllegalStateException("Cannot open the embedded H2 database to watch it", unopenable);
        }
        if (writeDelayMillis != 0) {
            log.warn("{} /actuator/health reports WARNING until then.", writeDelayProblem());
        }
        checks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "h2-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, CHECK_EVERY_SECONDS, CHECK_EVERY_SECONDS, TimeUnit.SECONDS);
        running = true;
    }

    /** Stopped first when the application closes, so closing the database on purpose is never taken for a fault. */
    @Override
    public synchronized void stop() {
        running = false;
        if (checks != null) {
            checks.shutdownNow();
        }
        if (sentinel != null) {
            try {
                sentinel.close();
            } catch (SQLException alreadyClosed) {
                log.debug("The watchdog's session was already closed", alreadyClosed);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public Health health() {
        check();
        String closed = closedBecause;
        if (closed != null) {
            return Health.down().withDetail("problem", closed)
                    .withDetail("action", "the process is ending so that its supervisor starts a fresh one").build();
        }
        Health.Builder health = writeDelayMillis == 0 ? Health.up() : Health.status(Statuses.WARNING);
        health.withDetail("writeDelayMs", writeDelayMillis);
        if (writeDelayMillis != 0) {
            health.withDetail("problem", writeDelayProblem());
        }
        return health.build();
    }

    private synchronized void check() {
        if (!running || closedBecause != null || sentinel == null) {
            return;
        }
        String closed = closedProblem(sentinel);
        if (closed != null) {
            closedBecause = closed;
            log.error("The embedded H2 database was closed under the running service ({}). H2 does that only after "
                    + "a fatal error (out of memory, a failed write, a corrupt file; see jifen.trace.db beside the "
                    + "database). Ending the process with status {} so that its supervisor starts a fresh one.",
                    closed, ProcessExit.FAILURE);
            ProcessExit.now();
        }
    }

    private static @Nullable String closedProblem(Connection sentinel) {
        try {
            if (sentinel.isClosed() || !sentinel.isValid(1)) {
                return "the database closed every session, the watchdog's own included";
            }
            return null;
        } catch (SQLException failed) {
            return failed.getMessage();
        }
    }

    private static long writeDelay(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            return setting.next() ? Long.parseLong(setting.getString(1)) : 0;
        }
    }

    private String writeDelayProblem() {
        return "H2 writes commits to its file only every " + writeDelayMillis + " ms (WRITE_DELAY): what was "
                + "answered in the last " + writeDelayMillis + " ms before a crash can be lost. Remove WRITE_DELAY "
                + "from spring.datasource.url or set it to 0 (docs/operations.md, H2).";
    }
}
