package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jifen.schema.Catalog;
import org.jifen.schema.CitusRules;
import org.jifen.support.FreshDatabase;
import org.jifen.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema can be distributed by village with Citus (docs/scaling.md, ADR 0206): read from PostgreSQL's catalog
 * after every migration, each village-owned table carries the village key in its primary key and unique keys and in
 * its foreign keys to other village-owned tables, and docs/scaling.md distributes every table. The catalog read is
 * PostgreSQL's (Citus is PostgreSQL), so the test runs in the build's PostgreSQL run only; the migrations are the
 * same on H2.
 */
class TheSchemaIsReadyForCitusIT {

    /** Reference tables: the township's own, each node holds them whole. Every other table is village-owned. */
    static final Set<String> TOWNSHIP_WIDE = Set.of("village", "app_user", "audit_entry", "persistent_logins",
            "login_lockout", "start_up_claim", "plan_year_change", "pilot_village", "demonstration_base");

    /** The chains' heads are keyed by their owner: a village's id, 0 for the township's audit log. */
    static final CitusRules RULES = new CitusRules(TOWNSHIP_WIDE, Map.of("chain_head", "owner_id"));

    private static final Pattern STATEMENT = Pattern.compile(
            "select create_(reference|distributed)_table\\('(\\w+)'(?:, '(\\w+)'(?:, colocate_with => '(\\w+)')?)?\\);");

    DataSource database;

    @BeforeEach
    void theLatestSchemaOnPostgres() {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL's catalog");
        database = FreshDatabase.onPostgres();
        FreshDatabase.migrate(database, "latest");
    }

    @Test
    void everyVillageOwnedTableKeepsItsRowsWithinItsVillage() {
        assertThat(RULES.violations(Catalog.of(database))).isEmpty();
    }

    @Test
    void aNewTableThatBreaksTheRulesIsNamed() {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.execute("create table tally (id bigint primary key, village_id bigint not null, name varchar(20) unique)");
        jdbc.execute("create table tally_line (id bigint primary key, tally_id bigint references tally (id))");

        assertThat(RULES.violations(Catalog.of(database))).containsExactlyInAnyOrder(
                "tally: unique key tally_pkey [id] lacks village_id",
                "tally: unique key tally_name_key [name] lacks village_id",
                "tally_line: village-owned but has no village key village_id");
    }

    @Test
    void theScalingPageDistributesEveryTableOnceAfterTheTablesItPointsAt() throws IOException {
        Catalog catalog = Catalog.of(database);
        Matcher statements = STATEMENT.matcher(Files.readString(Path.of("..", "docs", "scaling.md")));
        List<String> done = new ArrayList<>();
        while (statements.find()) {
            String table = statements.group(2);
            assertThat(done).as(table + " distributed once").doesNotContain(table);
            assertThat(catalog.tables()).as(table + " is a table of the schema").containsKey(table);
            if (statements.group(1).equals("reference")) {
                assertThat(TOWNSHIP_WIDE).as(table + " is township-wide").contains(table);
                assertThat(done).as("reference tables before the distributed ones").isSubsetOf(TOWNSHIP_WIDE);
            } else {
                assertThat(TOWNSHIP_WIDE).as(table + " is village-owned").doesNotContain(table);
                assertThat(statements.group(3)).as(table + "'s distribution column")
                        .isEqualTo(RULES.villageKeyOf(table));
                assertThat(statements.group(4)).as(table + " colocated with the first")
                        .isEqualTo(done.size() == TOWNSHIP_WIDE.size() ? null : "household");
                catalog.tables().get(table).foreignKeys().stream().map(reference -> reference.referencedTable())
                        .filter(parent -> !parent.equals(table)).forEach(parent -> assertThat(done)
                                .as(table + " after " + parent).contains(parent));
            }
            done.add(table);
        }
        assertThat(done).as("every table of the schema").containsExactlyInAnyOrderElementsOf(catalog.tables().keySet());
    }
}
