package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jifen.support.AppTest;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guards the guard: the build's second run of the use cases really talks to PostgreSQL, the first to H2; and that
 * PostgreSQL is the version production runs (compose.yaml).
 */
@AppTest
class DatabaseUnderTestIT {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationRunsOnTheDatabaseTheBuildChose() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestDatabase.isPostgres() ? "PostgreSQL" : "H2");
            if (TestDatabase.isPostgres()) {
                assertThat(connection.getMetaData().getDatabaseProductVersion())
                        .as("the PostgreSQL of production, compose.yaml's image").startsWith(productionPostgres());
            }
        }
    }

    private static String productionPostgres() throws IOException {
        Matcher image = Pattern.compile("image: postgres:([0-9.]+)")
                .matcher(Files.readString(Path.of("..", "compose.yaml")));
        assertThat(image.find()).as("compose.yaml names a PostgreSQL image").isTrue();
        return image.group(1);
    }
}
