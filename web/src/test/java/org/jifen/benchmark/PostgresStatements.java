package org.jifen.benchmark;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where PostgreSQL's time goes, statement by statement, when the embedded database was started with
 * {@code pg_stat_statements} ({@code -Djifen.bench.statements=true}, {@link org.jifen.support.TestDatabase}): the
 * statements of the runs between {@link #reset} and {@link #top}, by total execution time, with calls and rows a call.
 * Nothing where the module is not loaded.
 */
final class PostgresStatements {

    static final boolean ON = Boolean.getBoolean("jifen.bench.statements");

    private final JdbcTemplate jdbc;

    PostgresStatements(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        if (ON) {
            jdbc.execute("create extension if not exists pg_stat_statements");
        }
    }

    void reset() {
        if (ON) {
            jdbc.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took most of the database's time since {@link #reset}, per event of the runs. */
    String top(String what, long events, int limit) {
        if (!ON) {
            return "";
        }
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select calls, total_exec_time, rows, total_plan_time, shared_blks_hit + shared_blks_read as blocks,
                    regexp_replace(query, '\\s+', ' ', 'g') as query
                from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                order by total_exec_time + total_plan_time desc limit ?""", limit);
        Map<String, Object> all = jdbc.queryForMap("""
                select coalesce(sum(total_exec_time), 0) as exec, coalesce(sum(total_plan_time), 0) as plan
                from pg_stat_statements""");
        StringBuilder report = new StringBuilder(String.format("%nPostgreSQL's statements, %s (%,d events; "
                + "µs per event, all statements: execution %,.0f, planning %,.0f):%n  µs/event  planning  calls/event  "
                + "rows/call  blocks/call  statement%n", what, events,
                1000 * ((Number) all.get("exec")).doubleValue() / Math.max(events, 1),
                1000 * ((Number) all.get("plan")).doubleValue() / Math.max(events, 1)));
        for (Map<String, Object> row : rows) {
            long calls = ((Number) row.get("calls")).longValue();
            String query = (String) row.get("query");
            report.append(String.format("  %8.1f  %8.1f  %11.2f  %9.1f  %11.1f  %s%n",
                    1000 * ((Number) row.get("total_exec_time")).doubleValue() / Math.max(events, 1),
                    1000 * ((Number) row.get("total_plan_time")).doubleValue() / Math.max(events, 1),
                    (double) calls / Math.max(events, 1), ((Number) row.get("rows")).doubleValue() / Math.max(calls, 1),
                    ((Number) row.get("blocks")).doubleValue() / Math.max(calls, 1),
                    query.length() > 160 ? query.substring(0, 160) + "…" : query));
        }
        return report.toString();
    }
}
