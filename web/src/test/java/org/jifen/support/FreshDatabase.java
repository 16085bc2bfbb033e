package org.jifen.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An empty database of a test's own, for tests of the schema and its migrations rather than of the service. */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    /** Of the kind the build tests against: H2 in PostgreSQL mode, or a database on the embedded PostgreSQL. */
    public static DataSource ofTheKindUnderTest() {
        if (!TestDatabase.isPostgres()) {
            return new DriverManagerDataSource("jdbc:h2:mem:" + name()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
        return onPostgres();
    }

    /** A database on the embedded PostgreSQL, whichever database the build tests against. */
    public static DataSource onPostgres() {
        String name = name();
        new JdbcTemplate(TestDatabase.postgres().getPostgresDatabase()).execute("create database " + name);
        return new DriverManagerDataSource(TestDatabase.postgres().getJdbcUrl("postgres", name), "postgres",
                "postgres");
    }

    /** Brings the database to a version of the schema ({@code "latest"} for all of them). */
    public static void migrate(DataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }

    private static String name() {
        return "fresh_" + UUID.randomUUID().toString().replace("-", "");
    }
}
