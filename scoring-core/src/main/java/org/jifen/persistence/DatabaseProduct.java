package org.jifen.persistence;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the service runs on, asked of the first connection that needs to know: the writers of recording's
 * rows send PostgreSQL one statement over arrays and H2, in the service's own process, a JDBC batch (ADR 0264, 0265).
 */
@Component
public class DatabaseProduct {

    private final JdbcTemplate jdbc;
    private volatile @Nullable Boolean postgres;

    DatabaseProduct(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(jdbc.execute((java.sql.Connection connection) ->
                    connection.getMetaData().getDatabaseProductName()));
            postgres = known;
        }
        return known;
    }
}
