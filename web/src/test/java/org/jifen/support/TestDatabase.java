package org.jifen.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application under test at the database that {@code -Djifen.test.database} names: {@code h2} (an
 * in-memory H2 in PostgreSQL mode, the default) or {@code postgres} (a real PostgreSQL started from a Maven
 * artifact, once per JVM). The build runs every full-application test on both.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres postgres;

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("jifen.test.database", "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = isPostgres()
                ? Map.of("spring.datasource.url", postgres().getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username", "postgres",
                        "spring.datasource.password", "postgres",
                        // as the postgres profile sets it (application-postgres.properties)
                        "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true")
                : Map.of("spring.datasource.url", "jdbc:h2:mem:jifen-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "spring.datasource.username", "sa",
                        "spring.datasource.password", "");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("jifen-test-database", properties));
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                if (Boolean.getBoolean("jifen.bench.statements")) {
                    // what each statement costs the database, for the benchmark's report (EventThroughputBenchmark)
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                    builder.setServerConfig("pg_stat_statements.track_planning", "on");
                }
                postgres = builder.start();
            } catch (IOException cannotStart) {
                throw new UncheckedIOException(cannotStart);
            }
        }
        return postgres;
    }
}
