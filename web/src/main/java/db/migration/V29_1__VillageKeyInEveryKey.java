package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every key of a village-owned table holds its village (ADR 0206, docs/scaling.md), so that the tables can be
 * distributed by village with Citus: a shard checks a primary key, a unique key or a foreign key only within itself.
 * <ol>
 * <li>The rows that only named their parent (a household's tags, a plan version's files, rules and warnings, a
 * finalised month's approvals, a typical case's steps) get the parent's village.</li>
 * <li>Each primary key gets the village after its columns: {@code (id, village_id)}, so that a row is still found by
 * its id alone through the key's index, as JPA finds it.</li>
 * <li>Each unique key that held within a village anyway (ids are unique in the whole database) gets it likewise.</li>
 * <li>Each foreign key between two village-owned tables becomes {@code (x_id, village_id) -> x (id, village_id)}: a
 * row can no longer point at another village's.</li>
 * </ol>
 * In Java because H2 and PostgreSQL named the constraints written inline differently, so they are found by what the
 * database says of them. The keys are named as PostgreSQL names them, so both databases end up alike.
 */
public class V29_1__VillageKeyInEveryKey extends BaseJavaMigration {

    /** The township's own tables that name a village: they stay as they are (reference tables). */
    private static final Set<String> TOWNSHIP_WIDE = Set.of("audit_entry", "pilot_village", "demonstration_base");

    /** Child table, its parent column and the parent: the child's village is its parent's. */
    private static final String[][] CHILDREN = {
        {"household_tag", "household_id", "household"},
        {"rule_set_file", "rule_set_id", "rule_set"},
        {"rule_set_rule", "rule_set_id", "rule_set"},
        {"rule_set_warning", "rule_set_id", "rule_set"},
        {"finalised_month_approval", "finalised_month_id", "finalised_month"},
        {"typical_case_step", "case_id", "typical_case"},
    };

    /** Unique keys that held within a village: table, name, columns, and whether a constraint or an index. */
    private static final String[][] UNIQUE_KEYS = {
        {"award", "award_reversed_at_most_once", "reverses_award_id", "constraint"},
        {"points_entry", "points_entry_once_per_redemption", "redemption_row_id, kind", "constraint"},
        {"household_card", "household_card_token_unique", "token_sha256", "constraint"},
        {"rule_set_rule", "rule_name_unique_in_rule_set", "rule_set_id, name", "constraint"},
        {"fund_entry", "fund_entry_reversed_once", "reverses_id", "index"},
        {"stock_movement", "stock_movement_reversed_once", "reverses_id", "index"},
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            for (String[] child : CHILDREN) {
                villageOfParent(sql, child[0], child[1], child[2]);
            }
            Set<String> villageOwned = villageOwned(connection);
            List<ForeignKey> withinVillage = new ArrayList<>();
            for (String table : villageOwned) {
                for (ForeignKey key : foreignKeys(connection, table)) {
                    if (villageOwned.contains(key.parent())) {
                        withinVillage.add(key);
                        sql.execute("alter table " + table + " drop constraint \"" + key.name() + "\"");
                    }
                }
            }
            for (String table : villageOwned) {
                villageInPrimaryKey(connection, sql, table);
            }
            sql.execute("alter table redemption_cancellation drop constraint \""
                    + uniqueConstraintOn(connection, "redemption_cancellation") + "\"");
            sql.execute("alter table redemption_cancellation add constraint redemption_cancelled_once"
                    + " unique (redemption_row_id, village_id)");
            for (String[] unique : UNIQUE_KEYS) {
                sql.execute(unique[3].equals("index") ? "drop index " + unique[1]
                        : "alter table " + unique[0] + " drop constraint " + unique[1]);
                sql.execute(unique[3].equals("index")
                        ? "create unique index " + unique[1] + " on " + unique[0] + " (" + unique[2] + ", village_id)"
                        : "alter table " + unique[0] + " add constraint " + unique[1] + " unique (" + unique[2]
                                + ", village_id)");
            }
            for (ForeignKey key : withinVillage) {
                sql.execute("alter table " + key.table() + " add constraint " + key.table() + "_" + key.column()
                        + "_fkey foreign key (" + key.column() + ", village_id) references " + key.parent()
                        + " (id, village_id)");
            }
        }
    }

    private static void villageOfParent(Statement sql, String child, String parentColumn, String parent)
            throws SQLException {
        sql.execute("alter table " + child + " add column village_id bigint");
        sql.execute("update " + child + " set village_id = (select p.village_id from " + parent + " p where p.id = "
                + child + "." + parentColumn + ")");
        sql.execute("alter table " + child + " alter column village_id set not null");
        sql.execute("alter table " + child + " add constraint " + child + "_village_id_fkey foreign key (village_id)"
                + " references village (id)");
    }

    /** The tables with a village_id that are a village's own: all of them but the township's. */
    private static Set<String> villageOwned(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "%",
                "village_id")) {
            while (columns.next()) {
                tables.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        tables.removeAll(TOWNSHIP_WIDE);
        return tables;
    }

    private record ForeignKey(String table, String name, String column, String parent) {
    }

    /** The table's single-column foreign keys (all it has: none so far spans two columns). */
    private static List<ForeignKey> foreignKeys(Connection connection, String table) throws SQLException {
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        try (ResultSet imported = connection.getMetaData().getImportedKeys(null, connection.getSchema(), table)) {
            while (imported.next()) {
                String name = imported.getString("FK_NAME");
                if (keys.put(name, new ForeignKey(table, name, imported.getString("FKCOLUMN_NAME"),
                        imported.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT))) != null) {
                    throw new IllegalStateException(table + "'s foreign key " + name + " spans several columns");
                }
            }
        }
        return List.copyOf(keys.values());
    }

    private static void villageInPrimaryKey(Connection connection, Statement sql, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        Map<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet primaryKey = metaData.getPrimaryKeys(null, connection.getSchema(), table)) {
            while (primaryKey.next()) {
                columns.put(primaryKey.getInt("KEY_SEQ"), primaryKey.getString("COLUMN_NAME"));
                name = primaryKey.getString("PK_NAME");
            }
        }
        if (name == null || columns.containsValue("village_id")) {
            return;
        }
        sql.execute("alter table " + table + " drop constraint \"" + name + "\"");
        sql.execute("alter table " + table + " add constraint " + table + "_pkey primary key ("
                + String.join(", ", columns.values()) + ", village_id)");
    }

    private static String uniqueConstraintOn(Connection connection, String table) throws SQLException {
        try (var query = connection.prepareStatement("select constraint_name from information_schema.table_constraints"
                + " where table_schema = ? and table_name = ? and constraint_type = 'UNIQUE'")) {
            query.setString(1, connection.getSchema());
            query.setString(2, table);
            try (ResultSet unique = query.executeQuery()) {
                unique.next();
                return unique.getString(1);
            }
        }
    }
}
