package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jifen.support.AppTest;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Guards the guard: the build's second run of the use cases really talks to PostgreSQL, the first to H2. */
@AppTest
class DatabaseUnderTestIT {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationRunsOnTheDatabaseTheBuildChose() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestDatabase.isPostgres() ? "PostgreSQL" : "H2");
        }
    }
}
