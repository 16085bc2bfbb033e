package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Events and ledger entries take their ids from sequences handed out 50 at a time, so that a batch of events is
 * written with JDBC batch inserts rather than one round trip per row (ADR 0100). Each sequence starts after the
 * largest id its table holds; the identity columns stop generating, so that nothing can insert a row with an id the
 * sequence will hand out later. In Java because the start depends on the data, the same on H2 and PostgreSQL.
 */
public class V17_1__PooledEventAndAwardIds extends BaseJavaMigration {

    /** Hibernate's pooled ids: the value read is the top of a block of 50, the block below it is the ids used. */
    private static final int BLOCK = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        pooled(connection, "behaviour_event", "behaviour_event_ids");
        pooled(connection, "award", "award_ids");
    }

    private static void pooled(Connection connection, String table, String sequence) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long largest;
            try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                max.next();
                largest = max.getLong(1);
            }
            statement.execute("create sequence " + sequence + " start with " + (largest + BLOCK)
                    + " increment by " + BLOCK);
            statement.execute("alter table " + table + " alter column id drop identity");
        }
    }
}
