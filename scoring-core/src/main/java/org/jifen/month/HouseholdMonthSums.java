package org.jifen.month;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jifen.engine.CapWindow;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.HouseholdMonthTotals;
import org.jifen.scoring.RuleTotal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * A household's month as its arithmetic needs it, summed per rule, kind and value of the cap's attribute, with its few
 * veto entries one by one (ADR 0131), as {@link HouseholdMonthTotals} keeps them (ADR 0261): one answer of a few rows
 * however many entries the month holds; and, in the same statement, what each rule asked in the earlier months of the
 * caps' windows (ADR 0239).
 * Scoring an event reads it (ADR 0058), a batch of events the months of all its households in one answer (ADR 0198),
 * and so do a month's page and freezing a month at finalisation (ADR 0169).
 *
 * <p>Plain SQL on the caller's transaction's connection, not a query of Hibernate's. It moves the totals by what the
 * transaction appended before it reads them ({@link HouseholdMonthTotals#write}), so recording's event and entry rows
 * can wait for the commit (ADR 0229); callers that persisted through Hibernate flush first ({@link #flushed}), as a
 * query's automatic flush did.
 */
@Component
class HouseholdMonthSums {

    /**
     * The months' sums, a row per rule, kind and cap value, a veto entry's row of its own: kept as they are by
     * {@link HouseholdMonthTotals} (ADR 0261), where summing the entries read a heap page for each.
     */
    private static final String MONTHS = """
            select -1, household_id, score_month, rule, kind, points, veto_id, reverses_award_id, cap_key
            from household_month_total where village_id = ? and household_id in (%s) and score_month in (%s)""";
    /** What each rule asked in the months [from, to): a window's earlier months, tagged with the span's place. */
    private static final String SPAN = """
            select %d, household_id, null, rule, kind, sum(points), null, null, cap_key
            from household_month_total where village_id = ? and household_id in (%s) and score_month >= ?
                and score_month < ?
            group by household_id, rule, kind, cap_key""";

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final HouseholdMonthTotals monthTotals;

    HouseholdMonthSums(DataSource dataSource, EntityManager entityManager, HouseholdMonthTotals totals) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManager = entityManager;
        this.monthTotals = totals;
    }

    /**
     * Writes what the transaction's persistence context holds unwritten (entries a re-scoring or a month-end just
     * persisted), as Hibernate's automatic flush before its own queries did; a read-only transaction has none.
     */
    void flushed() {
        Session session = entityManager.unwrap(Session.class);
        if (session.getHibernateFlushMode() != FlushMode.MANUAL) {
            session.flush();
        }
    }

    /** The earlier months of the window that holds {@code month}: [its first month, month). */
    record Span(YearMonth from, YearMonth to) {

        static Span before(CapWindow window, YearMonth month) {
            return new Span(window.start(month), month);
        }

        boolean covers(YearMonth month) {
            return !month.isBefore(from) && month.isBefore(to);
        }

        boolean isEmpty() {
            return !from.isBefore(to);
        }
    }

    /**
     * What one statement read: every pair of the households and months, by {@link #key} (a pair without entries an
     * empty month), and per span, per household, what each rule asked in it (an empty list for none).
     */
    record Read(Map<String, MonthArithmetic.Sums> months, Map<Span, Map<Long, List<RuleTotal>>> spans) {
    }

    /**
     * The households' months and their totals over the spans, in one statement; none when there is nothing to read
     * (no household, or only empty spans such as a quarter's first month's).
     */
    Read of(long villageId, Collection<Long> householdIds, Collection<YearMonth> months, Collection<Span> spans) {
        Map<String, List<MonthArithmetic.Line>> summed = new HashMap<>();
        for (long householdId : householdIds) {
            for (YearMonth month : months) {
                summed.put(key(householdId, month), new ArrayList<>());
            }
        }
        List<Span> read = new ArrayList<>();
        Map<Span, Map<Long, List<RuleTotal>>> totals = new HashMap<>();
        for (Span span : spans) {
            Map<Long, List<RuleTotal>> each = new HashMap<>();
            householdIds.forEach(householdId -> each.put(householdId, new ArrayList<>()));
            if (totals.put(span, each) == null && !span.isEmpty()) {
                read.add(span);
            }
        }
        if (!householdIds.isEmpty() && (!months.isEmpty() || !read.isEmpty())) {
            monthTotals.write(); // what this transaction appended so far

            String households = marks(householdIds.size());
            StringJoiner sql = new StringJoiner("\nunion all\n");
            List<Object> args = new ArrayList<>();
            if (!months.isEmpty()) {
                sql.add(MONTHS.formatted(households, marks(months.size())));
                args.add(villageId);
                args.addAll(householdIds);
                months.forEach(month -> args.add(month.toString()));
            }
            for (int i = 0; i < read.size(); i++) {
                sql.add(SPAN.formatted(i, households));
                args.add(villageId);
                args.addAll(householdIds);
                args.add(read.get(i).from().toString());
                args.add(read.get(i).to().toString());
            }
            jdbc.query(sql.toString(), (RowCallbackHandler) row -> {
                int part = row.getInt(1);
                long householdId = row.getLong(2);
                String month = row.getString(3);
                String rule = row.getString(4);
                Kind kind = Kind.valueOf(row.getString(5));
                long points = row.getLong(6);
                long vetoId = row.getLong(7);
                Long reverses = row.getObject(8) == null ? null : row.getLong(8);
                String capKey = HouseholdMonthTotals.capKey(row.getString(9));
                if (part >= 0) {
                    totals.get(read.get(part)).get(householdId).add(new RuleTotal(rule, capKey, kind, points));
                } else {
                    summed.get(householdId + "/" + month).add(kind == Kind.VETO
                            ? new MonthArithmetic.Line(vetoId, rule, kind, 0, reverses, capKey)
                            : new MonthArithmetic.Line(0, rule, kind, Math.toIntExact(points), null, capKey));
                }
            }, args.toArray());
        }
        Map<String, MonthArithmetic.Sums> sums = new HashMap<>();
        summed.forEach((key, lines) -> sums.put(key, MonthArithmetic.Sums.of(lines)));
        return new Read(sums, Collections.unmodifiableMap(totals));
    }

    static String key(long householdId, YearMonth month) {
        return householdId + "/" + month;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
