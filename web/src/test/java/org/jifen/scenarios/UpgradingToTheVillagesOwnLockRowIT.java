package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.sql.DataSource;
import org.jifen.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database of the version before V32_1 (ADR 0227), upgraded: each village gets its own lock row, carrying the
 * reference version it had on the township's `village` row, which keeps no version any more. On H2 and PostgreSQL,
 * like every full-application test.
 */
class UpgradingToTheVillagesOwnLockRowIT {

    @Test
    void everyVillageGetsItsLockRowWithTheVersionItHad() {
        DataSource database = FreshDatabase.ofTheKindUnderTest();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        FreshDatabase.migrate(database, "31.1");
        jdbc.update("insert into village (code, name, created_at, reference_version) values "
                + "('yjz', '杨家庄村', current_timestamp, 3), ('dxc', '东新村', current_timestamp, 0)");

        FreshDatabase.migrate(database, "latest");

        assertThat(jdbc.queryForList("select v.code, l.reference_version from village v "
                + "join village_lock l on l.village_id = v.id order by v.code")).containsExactly(
                        Map.of("code", "dxc", "reference_version", 0L),
                        Map.of("code", "yjz", "reference_version", 3L));
        assertThatThrownBy(() -> jdbc.queryForObject("select max(reference_version) from village", Long.class))
                .as("the township's register keeps no version").isNotNull();
    }
}
