package org.jifen.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A schema as PostgreSQL's catalog describes it: each table's columns, the column lists of its unique keys (primary
 * key, unique constraints and unique indexes alike) and its foreign keys. Flyway's own history table is not the
 * application's and is left out.
 */
public record Catalog(Map<String, Table> tables) {

    public record Table(String name, Map<String, Column> columns, List<String> primaryKey,
            List<UniqueKey> uniqueKeys, List<ForeignKey> foreignKeys) {
    }

    public record Column(String type, boolean nullable) {
    }

    public record UniqueKey(String name, List<String> columns) {
    }

    public record ForeignKey(String name, List<String> columns, String referencedTable,
            List<String> referencedColumns) {
    }

    private static final String OWN_TABLES = "n.nspname = current_schema() and c.relname <> 'flyway_schema_history'";

    /** Reads the schema of the database's current schema (public, after Flyway). */
    public static Catalog of(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Map<String, Map<String, Column>> columns = new TreeMap<>();
        jdbc.query("select table_name, column_name, data_type, is_nullable from information_schema.columns where table_schema ="
                + " current_schema() and table_name in (select c.relname from pg_class c join pg_namespace n on"
                + " n.oid = c.relnamespace where c.relkind = 'r' and " + OWN_TABLES + ") order by ordinal_position",
                row -> {
                    columns.computeIfAbsent(row.getString(1), table -> new LinkedHashMap<>())
                            .put(row.getString(2), new Column(row.getString(3), "YES".equals(row.getString(4))));
                });
        Map<String, List<UniqueKey>> uniques = new TreeMap<>();
        Map<String, List<String>> primaryKeys = new TreeMap<>();
        // An expression in an index (attnum 0) is no column: the key is then the columns it also names.
        jdbc.query("select c.relname, i.relname, x.indisprimary, (select coalesce(string_agg(a.attname, ',' order by"
                + " k.ord), '') from unnest(x.indkey) with ordinality k(attnum, ord) join pg_attribute a on"
                + " a.attrelid = c.oid and a.attnum = k.attnum) from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c"
                + " on c.oid = x.indrelid join pg_namespace n on n.oid = c.relnamespace where x.indisunique and "
                + OWN_TABLES + " order by i.relname", row -> {
                    List<String> keyColumns = row.getString(4).isEmpty() ? List.of()
                            : List.of(row.getString(4).split(","));
                    uniques.computeIfAbsent(row.getString(1), table -> new ArrayList<>())
                            .add(new UniqueKey(row.getString(2), keyColumns));
                    if (row.getBoolean(3)) {
                        primaryKeys.put(row.getString(1), keyColumns);
                    }
                });
        Map<String, List<ForeignKey>> foreignKeys = new TreeMap<>();
        jdbc.query("select c.relname, k.conname, f.relname, " + columnList("k.conkey", "k.conrelid") + ", "
                + columnList("k.confkey", "k.confrelid") + " from pg_constraint k join pg_class c on c.oid ="
                + " k.conrelid join pg_class f on f.oid = k.confrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where k.contype = 'f' and " + OWN_TABLES + " order by k.conname", row -> {
                    foreignKeys.computeIfAbsent(row.getString(1), table -> new ArrayList<>())
                            .add(new ForeignKey(row.getString(2), List.of(row.getString(4).split(",")),
                                    row.getString(3), List.of(row.getString(5).split(","))));
                });
        return new Catalog(columns.keySet().stream().collect(Collectors.toMap(name -> name,
                name -> new Table(name, columns.get(name), primaryKeys.getOrDefault(name, List.of()),
                        uniques.getOrDefault(name, List.of()), foreignKeys.getOrDefault(name, List.of())),
                (first, second) -> first, TreeMap::new)));
    }

    private static String columnList(String attributes, String table) {
        return "(select string_agg(a.attname, ',' order by x.ord) from unnest(" + attributes + ") with ordinality"
                + " x(attnum, ord) join pg_attribute a on a.attrelid = " + table + " and a.attnum = x.attnum)";
    }
}
