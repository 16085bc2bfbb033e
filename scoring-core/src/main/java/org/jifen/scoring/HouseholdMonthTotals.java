package org.jifen.scoring;

import static org.jifen.persistence.ArrayColumns.column;
import static org.jifen.persistence.ArrayColumns.Type.BIGINT;
import static org.jifen.persistence.ArrayColumns.Type.TEXT;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jifen.persistence.ArrayColumns;
import org.jifen.persistence.DatabaseProduct;
import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each household's month summed per rule, kind and cap key, a veto entry a row of its own (ADR 0261): what scoring an
 * event, a month's page and a finalisation read instead of summing the month's and the cap window's entries, which
 * cost one heap page an entry (issue 13: most of PostgreSQL's time per single event). Every award appended
 * ({@link Ledger#appendAll}) is added here in memory and the rows move when the transaction reads them back
 * ({@link #write}) or commits, while it holds the village's chain head, so no other transaction moves them meanwhile.
 */
@Component
public class HouseholdMonthTotals {

    /**
     * Adds to a row, or starts it: a statement a row, sent as one JDBC batch (MERGE, in PostgreSQL since 15 and in H2).
     * What H2 runs: in the service's own process a statement costs no round trip.
     */
    private static final String ADD = """
            merge into household_month_total t
            using (select cast(? as bigint) village_id, cast(? as bigint) household_id, cast(? as varchar(7)) score_month,
                    cast(? as varchar(200)) rule, cast(? as varchar(10)) kind, cast(? as varchar(201)) cap_key,
                    cast(? as bigint) veto_id, cast(? as bigint) reverses_award_id, cast(? as bigint) points,
                    cast(? as bigint) entries) s
            on t.village_id = s.village_id and t.household_id = s.household_id and t.score_month = s.score_month
                and t.rule = s.rule and t.kind = s.kind and t.cap_key = s.cap_key and t.veto_id = s.veto_id
            when matched then update set points = t.points + s.points, entries = t.entries + s.entries
            when not matched then insert (village_id, household_id, score_month, rule, kind, cap_key, veto_id,
                reverses_award_id, points, entries)
            values (s.village_id, s.household_id, s.score_month, s.rule, s.kind, s.cap_key, s.veto_id,
                s.reverses_award_id, s.points, s.entries)""";
    /** A row's columns in the statements' order. */
    private static final ArrayColumns<Row> COLUMNS = ArrayColumns.of(
            column("village_id", BIGINT, row -> row.key().villageId()),
            column("household_id", BIGINT, row -> row.key().householdId()),
            column("score_month", TEXT, row -> row.key().month().toString()),
            column("rule", TEXT, row -> row.key().rule()),
            column("kind", TEXT, row -> row.key().kind().name()),
            column("cap_key", TEXT, row -> row.key().capKey()),
            column("veto_id", BIGINT, row -> row.key().vetoId()),
            column("reverses_award_id", BIGINT, row -> row.total().reverses),
            column("points", BIGINT, row -> row.total().points),
            column("entries", BIGINT, row -> row.total().entries));
    /**
     * Adds to each row, or starts it, in PostgreSQL: one statement for all the rows, as one array a column, so that its
     * text is the same however many rows (ADR 0264). Each row finds its own by the primary key, as the insert's
     * conflict; a {@code MERGE} over the arrays left the join to the planner, which could scan the whole table for
     * every write (a month-end's thousand writes of 100 new rows each ran 8% slower).
     */
    private static final String ADD_ALL = COLUMNS.insertAll("household_month_total") + """

            on conflict (village_id, household_id, score_month, rule, kind, cap_key, veto_id) do update
                set points = household_month_total.points + excluded.points,
                    entries = household_month_total.entries + excluded.entries""";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final DatabaseProduct database;

    HouseholdMonthTotals(DataSource dataSource, EntityManager entityManager, DatabaseProduct database) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
        this.database = database;
    }

    /** The cap key as the table keeps it: '' for none, '=' and the key otherwise (an empty key is a key). */
    public static String storedCapKey(@Nullable String capKey) {
        return capKey == null ? "" : "=" + capKey;
    }

    /** The cap key the table keeps, as an entry has it. */
    public static @Nullable String capKey(String stored) {
        return stored.isEmpty() ? null : stored.substring(1);
    }

    /** Adds awards appended in the caller's transaction, to be written before it reads them back or commits. */
    void appended(List<Award> awards) {
        Pending pending = pending();
        for (Award award : awards) {
            boolean veto = award.getKind() == Kind.VETO;
            Total total = pending.totals.computeIfAbsent(new Key(award.getVillageId(), award.getHouseholdId(),
                    award.getMonth(), award.getRule(), award.getKind(), storedCapKey(award.getCapKey()),
                    veto ? award.id() : 0), key -> new Total(veto ? award.getReversesAwardId() : null));
            total.points += award.getPoints();
            total.entries++;
        }
    }

    /**
     * Moves the rows by what the caller's transaction appended so far: call it before reading them in a transaction
     * that may have appended: one statement in PostgreSQL, one JDBC batch in H2.
     */
    public void write() {
        TransactionScoped.bound(entityManager, Pending.class).ifPresent(Pending::write);
    }

    /** One row of the table and what the transaction adds to it. */
    private record Row(Key key, Total total) {
    }

    /** One row of the table. */
    private record Key(long villageId, long householdId, YearMonth month, String rule, Kind kind, String capKey,
            long vetoId) {
    }

    private static final class Total {
        final @Nullable Long reverses;
        long points;
        long entries;

        Total(@Nullable Long reverses) {
            this.reverses = reverses;
        }
    }

    private Pending pending() {
        return TransactionScoped.of(entityManager, Pending.class, Pending::new);
    }

    /** The totals of the transaction of this persistence context. */
    private final class Pending extends TransactionScoped {

        private final Map<Key, Total> totals = new LinkedHashMap<>();

        Pending(Object key) {
            super(key);
        }

        void write() {
            if (totals.isEmpty()) {
                return;
            }
            List<Row> rows = new ArrayList<>(totals.size());
            totals.forEach((key, total) -> rows.add(new Row(key, total)));
            if (database.postgres()) {
                jdbc.update(ADD_ALL, statement -> COLUMNS.bind(statement, 1, rows));
            } else {
                jdbc.batchUpdate(ADD, rows, rows.size(), COLUMNS::bindOne);
            }
            totals.clear();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

    }

}
