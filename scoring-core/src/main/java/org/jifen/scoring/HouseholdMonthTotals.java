package org.jifen.scoring;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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
     * Adds to each row, or starts it: one statement for all the rows a transaction moves (MERGE, in PostgreSQL since 15
     * and in H2), the rows as one array a column, so that its text, and the plan the database keeps for it, is the same
     * however many rows there are (ADR 0264). A batch moved a hundred rows a statement each before.
     */
    private static final String ADD = """
            merge into household_month_total t
            using (select * from unnest(cast(? as bigint array), cast(? as bigint array), cast(? as varchar(7) array),
                    cast(? as varchar(200) array), cast(? as varchar(10) array), cast(? as varchar(201) array),
                    cast(? as bigint array), cast(? as bigint array), cast(? as bigint array), cast(? as bigint array))
                as r (village_id, household_id, score_month, rule, kind, cap_key, veto_id, reverses_award_id, points,
                    entries)) s
            on t.village_id = s.village_id and t.household_id = s.household_id and t.score_month = s.score_month
                and t.rule = s.rule and t.kind = s.kind and t.cap_key = s.cap_key and t.veto_id = s.veto_id
            when matched then update set points = t.points + s.points, entries = t.entries + s.entries
            when not matched then insert (village_id, household_id, score_month, rule, kind, cap_key, veto_id,
                reverses_award_id, points, entries)
            values (s.village_id, s.household_id, s.score_month, s.rule, s.kind, s.cap_key, s.veto_id,
                s.reverses_award_id, s.points, s.entries)""";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    HouseholdMonthTotals(DataSource dataSource, EntityManager entityManager) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
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
     * that may have appended: one statement.
     */
    public void write() {
        TransactionScoped.bound(entityManager, Pending.class).ifPresent(Pending::write);
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
            int size = totals.size();
            Object[][] columns = new Object[10][];
            for (int column : new int[] {0, 1, 6, 7, 8, 9}) {
                columns[column] = new Long[size];
            }
            for (int column : new int[] {2, 3, 4, 5}) {
                columns[column] = new String[size];
            }
            int i = 0;
            for (Map.Entry<Key, Total> row : totals.entrySet()) {
                Key key = row.getKey();
                columns[0][i] = key.villageId();
                columns[1][i] = key.householdId();
                columns[2][i] = key.month().toString();
                columns[3][i] = key.rule();
                columns[4][i] = key.kind().name();
                columns[5][i] = key.capKey();
                columns[6][i] = key.vetoId();
                columns[7][i] = row.getValue().reverses;
                columns[8][i] = row.getValue().points;
                columns[9][i] = row.getValue().entries;
                i++;
            }
            jdbc.update(ADD, statement -> {
                for (int column = 0; column < columns.length; column++) {
                    statement.setArray(column + 1, statement.getConnection()
                            .createArrayOf(columns[column] instanceof Long[] ? "bigint" : "varchar", columns[column]));
                }
            });
            totals.clear();
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write();
        }

    }

}
