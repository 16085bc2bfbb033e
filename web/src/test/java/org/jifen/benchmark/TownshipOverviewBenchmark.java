package org.jifen.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * What the township's overview costs as village-months fill (tenth outside attack, F3; ADR 0226): the overview of
 * August before any data, then with one and two villages' August at 99,990 entries (recorded through the API, 99
 * awards an event, as the attack did), the first answer after each fill (the month read from the award table, as every
 * answer used to) and the next ones (the month kept), beside the two award queries every answer used to run.
 * Not part of the build; run it with
 * {@code ./mvnw -pl web -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=TownshipOverviewBenchmark}
 * and read target/benchmark-township-overview-{h2,postgres}.txt.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class TownshipOverviewBenchmark {

    private static final String MONTH = "2024-08";
    private static final int RULES = 99;
    private static final int EVENTS_A_BATCH = 101;
    private static final int BATCHES = 10;
    private static final int ROUNDS = 7;

    @Autowired
    Township township;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOverviewAsVillageMonthsFill() throws IOException {
        List<String> report = new ArrayList<>();
        report.add("database: " + (TestDatabase.isPostgres() ? "PostgreSQL (embedded)" : "H2 (in memory)"));
        report.add("GET /api/township/overview?month=" + MONTH + ", ms: first answer | median of the next " + ROUNDS
                + " | the old award queries alone (median of " + ROUNDS + ")");
        report.add(measure("no full village-month"));
        for (int village = 1; village <= 2; village++) {
            fill(township.aVillage());
            report.add(measure(village + " village-month(s) of 99,990 entries"));
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark-township-overview-" + (TestDatabase.isPostgres() ? "postgres" : "h2")
                + ".txt"), report);
    }

    private String measure(String state) {
        long first = overview();
        List<Long> next = new ArrayList<>();
        List<Long> old = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            next.add(overview());
            old.add(oldAwardQueries());
        }
        return state + ": " + first + " | " + median(next) + " | " + median(old);
    }

    private long overview() {
        long started = System.nanoTime();
        Api.Reply overview = township.api().get("/api/township/overview?month=" + MONTH);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        return millis;
    }

    /** The two queries of every village's month of awards that every overview ran before ADR 0226. */
    private long oldAwardQueries() {
        long started = System.nanoTime();
        jdbc.queryForList("""
                select a.village_id, count(distinct a.household_id) from award a
                where a.score_month = ? and a.event_id is not null
                and not exists (select 1 from award r where r.reverses_award_id = a.id) group by a.village_id""",
                MONTH);
        jdbc.queryForList("select village_id, category, sum(points) from award where score_month = ?"
                + " group by village_id, category", MONTH);
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** 1,010 August events of four households, each given 99 awards: 99,990 entries. */
    private void fill(String village) {
        List<Long> households = List.of(township.aHousehold(village), township.aHousehold(village),
                township.aHousehold(village), township.aHousehold(village));
        StringBuilder drl = new StringBuilder("package villages.test;\nimport org.jifen.rules.Event;\n"
                + "global org.jifen.rules.Awards awards;\n");
        for (int i = 0; i < RULES; i++) {
            drl.append("\nrule \"清扫").append(i).append("\"\nwhen\n    Event( type == \"清扫公共区域\" )\nthen\n"
                    + "    awards.add(1, \"人居环境\");\nend\n");
        }
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, PlanFile.of("清扫.drl", drl.toString()));
        for (int batch = 0; batch < BATCHES; batch++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < EVENTS_A_BATCH; i++) {
                int n = batch * EVENTS_A_BATCH + i;
                events.add(json("eventId", village + "-" + n, "householdId", households.get(n % households.size()),
                        "type", "清扫公共区域", "occurredOn", "2024-08-" + String.format("%02d", 1 + n % 28)));
            }
            Api.Reply recorded = township.api().post("/api/villages/" + village + "/events:batch",
                    json("events", events));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("select c.entries from ledger_month_count c join village v on v.id = c.village_id"
                + " where v.code = ? and c.score_month = ?", Long.class, village, MONTH)).isEqualTo(99_990);
    }

    private static long median(List<Long> millis) {
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }
}
