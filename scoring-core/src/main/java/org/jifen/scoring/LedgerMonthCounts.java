package org.jifen.scoring;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many ledger entries each month of a village holds (ADR 0219), without counting them: every award appended
 * ({@link Ledger#appendAll}, by recording, a month-end, a re-scoring or a review alike) is added here, in memory,
 * and each month's row moves once when the transaction commits, while it still holds the village's chain head. So
 * the row is the month's true number of entries, on any number of nodes: appends of a village take turns on its
 * head, and a transaction that holds the head reads every count committed before it.
 */
@Component
class LedgerMonthCounts {

    /** Adds to the month's count; 0 rows where the month has none yet. */
    private static final String ADD =
            "update ledger_month_count set entries = entries + ? where village_id = ? and score_month = ?";
    private static final String START =
            "insert into ledger_month_count (village_id, score_month, entries) values (?, ?, ?)";

    private final LedgerMonthRows rows;
    private final EntityManager entityManager;
    /**
     * Plain JDBC on the transaction's connection: a query of Hibernate's that writes flushes the session and, for
     * plain SQL, empties every cache region first (6% of a single event's request CPU in a flight recording; the
     * gain of this change was within the runs' spread, ADR 0262).
     */
    private final JdbcTemplate jdbc;

    LedgerMonthCounts(LedgerMonthRows rows, EntityManager entityManager, DataSource dataSource) {
        this.rows = rows;
        this.entityManager = entityManager;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Counts awards appended in the caller's transaction, to be written when it commits. */
    void appended(List<Award> awards) {
        Pending pending = pending();
        awards.forEach(award -> pending.of(award.getVillageId(), award.getMonth()).added++);
    }

    /**
     * The entries of the village's month, this transaction's own included. The caller holds the village's chain head
     * (so no other transaction can add to the month before this one commits): read once a transaction.
     */
    long entries(long villageId, YearMonth month) {
        Tally tally = pending().of(villageId, month);
        if (tally.stored == null) {
            tally.stored = rows.entriesOf(villageId, month).orElse(-1L);
        }
        return Math.max(tally.stored, 0) + tally.added;
    }

    /** A village's month as this transaction sees it: its stored count once read (-1: no row), and what it adds. */
    private static final class Tally {
        @Nullable Long stored;
        long added;
    }

    private record Month(long villageId, YearMonth month) {
    }

    /** What the transaction of this persistence context counted so far. */
    private final class Pending extends TransactionScoped {

        private final Map<Month, Tally> months = new LinkedHashMap<>();

        Pending(Object key) {
            super(key);
        }

        Tally of(long villageId, YearMonth month) {
            return months.computeIfAbsent(new Month(villageId, month), m -> new Tally());
        }

        /** Each month's row moves once, by adding: one statement where the row exists, two for a month's first. */
        @Override
        public void beforeCommit(boolean readOnly) {
            months.forEach((month, tally) -> {
                if (tally.added == 0) {
                    return;
                }
                String yearMonth = month.month().toString();
                if (Long.valueOf(-1).equals(tally.stored)
                        || jdbc.update(ADD, tally.added, month.villageId(), yearMonth) == 0) {
                    jdbc.update(START, month.villageId(), yearMonth, tally.added);
                }
            });
        }

    }

    private Pending pending() {
        return TransactionScoped.of(entityManager, Pending.class, Pending::new);
    }
}
