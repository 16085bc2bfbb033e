package org.jifen.support.hostile;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.integrity.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database holds, compactly: the row count of every table the information schema lists, a hash of every
 * behaviour event and award, and the ledger check of the villages named. Two equal states mean nothing was stored.
 * The audit log is the one table a refusal may add to (it records refused administrative acts, ADR 0030), so of it
 * only the acts done are counted.
 */
public record StoredState(Map<String, Long> rowCounts, String eventsAndAwards, Map<String, String> ledgers) {

    public static StoredState of(JdbcTemplate jdbc, Map<String, String> ledgers) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')", String.class);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            String rows = table.equalsIgnoreCase("audit_entry") ? table + " where outcome <> 'REFUSED'" : table;
            counts.put(table.toLowerCase(), jdbc.queryForObject("select count(*) from " + rows, Long.class));
        }
        String rows = jdbc.queryForList("select * from behaviour_event order by id").toString()
                + jdbc.queryForList("select * from award order by id");
        return new StoredState(counts, Sha256.hex(rows), new TreeMap<>(ledgers));
    }

    /** The differences from an earlier state, in words; empty when nothing changed. */
    public List<String> changesSince(StoredState before) {
        List<String> changes = new java.util.ArrayList<>();
        rowCounts.forEach((table, count) -> {
            Long was = before.rowCounts.get(table);
            if (!count.equals(was)) {
                changes.add(table + ": " + was + " → " + count + " rows");
            }
        });
        if (!eventsAndAwards.equals(before.eventsAndAwards)) {
            changes.add("behaviour_event/award contents changed");
        }
        if (!ledgers.equals(before.ledgers)) {
            changes.add("ledger check changed: " + before.ledgers + " → " + ledgers);
        }
        return changes;
    }
}
