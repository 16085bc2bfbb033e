package org.jifen.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jifen.schema.Catalog.Column;
import org.jifen.schema.Catalog.ForeignKey;
import org.jifen.schema.Catalog.Table;
import org.jifen.schema.Catalog.UniqueKey;

/**
 * What a schema must keep to be distributed by village with Citus (docs/scaling.md, ADR 0206). Every table not named
 * township-wide is village-owned and becomes a distributed table colocated with the others by its village key; the
 * township-wide tables become reference tables, copied to every node. Citus then needs:
 * <ul>
 * <li>the village key in every village-owned table, not null and of one type (colocated tables hash the same
 * values to the same shards);</li>
 * <li>the key in its primary key and in every unique key: a shard can only check uniqueness within itself;</li>
 * <li>a foreign key between village-owned tables matching the key to the key: a shard can only check a reference
 * within itself;</li>
 * <li>no foreign key from a township-wide table to a village-owned one: a reference table is on every node, the
 * rows it would point at are on one.</li>
 * </ul>
 *
 * @param townshipWide the tables every node holds whole
 * @param villageKeys a village-owned table's key where it is not {@code village_id}
 */
public record CitusRules(Set<String> townshipWide, Map<String, String> villageKeys) {

    static final String KEY_TYPE = "bigint";

    public String villageKeyOf(String table) {
        return villageKeys.getOrDefault(table, "village_id");
    }

    /** Each rule the schema breaks, one line each, naming the table and the key; empty when it keeps them all. */
    public List<String> violations(Catalog catalog) {
        List<String> found = new ArrayList<>();
        townshipWide.stream().filter(table -> !catalog.tables().containsKey(table)).sorted()
                .forEach(table -> found.add(table + ": listed as township-wide but no such table"));
        for (Table table : catalog.tables().values()) {
            if (townshipWide.contains(table.name())) {
                table.foreignKeys().stream().filter(key -> !townshipWide.contains(key.referencedTable()))
                        .forEach(key -> found.add(table.name() + ": township-wide, but its foreign key " + key.name()
                                + " points at village-owned " + key.referencedTable()));
            } else {
                villageOwned(table, found);
            }
        }
        return found;
    }

    private void villageOwned(Table table, List<String> found) {
        String key = villageKeyOf(table.name());
        Column column = table.columns().get(key);
        if (column == null) {
            found.add(table.name() + ": village-owned but has no village key " + key);
            return;
        }
        if (!KEY_TYPE.equals(column.type()) || column.nullable()) {
            found.add(table.name() + ": its village key " + key + " is " + column.type()
                    + (column.nullable() ? " null" : "") + ", not " + KEY_TYPE + " not null");
        }
        if (table.primaryKey().isEmpty()) {
            found.add(table.name() + ": village-owned but has no primary key");
        }
        for (UniqueKey unique : table.uniqueKeys()) {
            if (!unique.columns().contains(key)) {
                found.add(table.name() + ": unique key " + unique.name() + " " + unique.columns() + " lacks " + key);
            }
        }
        for (ForeignKey reference : table.foreignKeys()) {
            if (!townshipWide.contains(reference.referencedTable()) && !keyToKey(key, reference)) {
                found.add(table.name() + ": foreign key " + reference.name() + " " + reference.columns() + " -> "
                        + reference.referencedTable() + " " + reference.referencedColumns()
                        + " does not match " + key + " to " + villageKeyOf(reference.referencedTable()));
            }
        }
    }

    private boolean keyToKey(String key, ForeignKey reference) {
        String referencedKey = villageKeyOf(reference.referencedTable());
        return IntStream.range(0, reference.columns().size()).anyMatch(i -> reference.columns().get(i).equals(key)
                && reference.referencedColumns().get(i).equals(referencedKey));
    }
}
