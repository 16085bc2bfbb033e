package org.jifen.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestComponent;

/**
 * The event benchmark's baseline rows: an event row and the award rows the service granted, written by plain JDBC
 * through the service's own connection pool, one transaction a call, each table one JDBC batch. Both raw JDBC's
 * threads and the HTTP floor ({@link FloorEndpoint}) write them, so both share these ids and the count of events.
 *
 * <p>The rows are the ones the service writes for the load driver's events (ADR 0264): counted here, the n-th event
 * goes to the n-th household in turn and to the month and day the driver's schedule gives n ({@link LoadDriver#month},
 * {@link LoadDriver#day}), and its awards with it, so that the indexes by household and month take the same keys.
 * Earlier every row went to one household and one month, whose keys PostgreSQL put in one place of each index.
 */
@TestComponent
class RawRows {

    /** Where the rows go, and the award rows a transaction writes for one event or a batch. */
    record Target(long village, List<Long> households, long ruleSet, int awards) {

        Target withAwards(int awards) {
            return new Target(village, households, ruleSet, awards);
        }
    }

    private final DataSource dataSource;
    private final AtomicLong ids = new AtomicLong(1_000_000_000_000L);
    private final AtomicLong seq = new AtomicLong();
    /** The events written so far: the n-th takes the load driver's n-th household, month and day. */
    private final AtomicInteger nth = new AtomicInteger();
    /** For one event and for a batch of 100, once the warm-up's first answers told the awards an event gets. */
    private volatile Target single;
    private volatile Target batch;

    RawRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void aim(Target single, Target batch) {
        this.single = single;
        this.batch = batch;
    }

    Target single() {
        return single;
    }

    Target batch() {
        return batch;
    }

    private static long household(Target to, int n) {
        return to.households().get(n % to.households().size());
    }

    /** {@code events} event rows and the target's award rows in one transaction; the awards. */
    int write(Target to, int events) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            long firstEvent = ids.getAndAdd(events);
            int firstNth = nth.getAndAdd(events) + 1;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into behaviour_event (id, village_id, event_id, household_id, type, occurred_on, score_month,
                    quantity, attributes, rule_set_id, rule_set_version, fingerprint, recorded_by, recorded_at, answered)
                    values (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?, 1, ?, 'benchmark', ?, ?)""")) {
                for (int j = 0; j < events; j++) {
                    long id = firstEvent + j;
                    int n = firstNth + j;
                    YearMonth month = LoadDriver.month(n, to.households().size());
                    insert.setLong(1, id);
                    insert.setLong(2, to.village());
                    insert.setString(3, "raw-" + id);
                    insert.setLong(4, household(to, n));
                    insert.setString(5, LoadDriver.TYPES[n % LoadDriver.TYPES.length]);
                    insert.setObject(6, LoadDriver.day(n, month));
                    insert.setString(7, month.toString());
                    insert.setInt(8, 1 + n % 3);
                    insert.setLong(9, to.ruleSet());
                    insert.setString(10, "f".repeat(64));
                    insert.setTimestamp(11, now);
                    insert.setString(12, "{\"counted\":[2],\"month\":{\"base\":60,\"bonus\":0,\"total\":60,"
                            + "\"vetoed\":false,\"gained\":2}}");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into award (id, village_id, household_id, score_month, source, event_row_id, event_id,
                    rule_set_id, rule_set_version, rule_set_sha256, rule, category, kind, points, created_at,
                    recorded_by, chain_seq, chain_hash) values (?, ?, ?, ?, 'EVENT', ?, ?, ?, 1, ?, ?, ?,
                    'BASE', 2, ?, 'benchmark', ?, ?)""")) {
                for (int j = 0; j < to.awards(); j++) {
                    long id = ids.getAndIncrement();
                    // the awards go to the events in turn, each with its event's household and month
                    int n = firstNth + j % events;
                    insert.setLong(1, id);
                    insert.setLong(2, to.village());
                    insert.setLong(3, household(to, n));
                    insert.setString(4, LoadDriver.month(n, to.households().size()).toString());
                    insert.setLong(5, firstEvent + j % events);
                    insert.setString(6, "raw-" + (firstEvent + j % events));
                    insert.setLong(7, to.ruleSet());
                    insert.setString(8, "a".repeat(64));
                    insert.setString(9, "参加村民大会");
                    insert.setString(10, "村民议事");
                    insert.setTimestamp(11, now);
                    insert.setLong(12, seq.incrementAndGet());
                    insert.setString(13, "b".repeat(64));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            return to.awards();
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
