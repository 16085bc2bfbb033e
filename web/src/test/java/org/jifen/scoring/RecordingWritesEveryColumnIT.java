package org.jifen.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jifen.support.FreshDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recording writes its event and ledger rows with its own insert statements (ADR 0229), beside the entities'
 * mappings that every other read and write uses. Hibernate's schema validation holds the mappings to the tables;
 * this holds the inserts to the same tables, on the kind of database under test after every migration: a column a
 * migration adds is written by recording too, or recording would store rows the rest of the service reads wrong.
 */
class RecordingWritesEveryColumnIT {

    @ParameterizedTest
    @CsvSource({"behaviour_event, EVENT", "award, AWARD"})
    void recordingsInsertNamesEveryColumnOfItsTable(String table, String insert) throws Exception {
        DataSource database = FreshDatabase.ofTheKindUnderTest();
        FreshDatabase.migrate(database, "latest");

        assertThat(insertedColumns(insert)).isEqualTo(columnsOf(database, table));
    }

    private static Set<String> insertedColumns(String constant) throws ReflectiveOperationException {
        Field field = RecordedRows.class.getDeclaredField(constant);
        field.setAccessible(true);
        String statement = (String) field.get(null);
        String columns = statement.substring(statement.indexOf('(') + 1, statement.indexOf(')'));
        return Arrays.stream(columns.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> columnsOf(DataSource database, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = database.getConnection()) {
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rows = connection.getMetaData().getColumns(null, null, name, null)) {
                    while (rows.next()) {
                        columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
