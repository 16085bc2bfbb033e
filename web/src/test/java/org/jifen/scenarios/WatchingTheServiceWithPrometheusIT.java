package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator's Prometheus scrapes {@code /actuator/prometheus} with an auditor's account (ADR 0082) and sees the
 * service's own work: events recorded, replayed and refused by reason, plan compiles, the month end and the hash
 * chains' appends, beside the JVM's and the database pool's meters.
 */
@AppTest
class WatchingTheServiceWithPrometheusIT {

    @Autowired
    Township township;

    @Test
    void theScrapeCountsEventsRecordedAndRefusedPlanCompilesTheMonthEndAndChainAppends() {
        Api scraper = township.aUser("AUDITOR", null);
        String village = township.aVillage();
        long household = township.aHousehold(village);
        double compiles = count(scraper, "jifen_plan_compile_seconds_count", "");
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        double recorded = count(scraper, "jifen_events_seconds_count", "outcome=\"recorded\"");
        double unknownHouseholds = count(scraper, "jifen_events_seconds_count", "reason=\"household-not-found\"");
        double ledgerAppends = count(scraper, "jifen_chain_append_seconds_count", "chain=\"ledger\"");
        double evaluations = count(scraper, "jifen_month_end_seconds_count", "step=\"evaluate\"");

        assertThat(township.anEvent(village, household, "参加村民大会", "2024-07-15").status()).isEqualTo(201);
        Api.Reply refused = township.api().post("/api/villages/" + village + "/events:batch", json("events", List.of(
                json("eventId", "w-2", "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-16"),
                json("eventId", "w-3", "householdId", 999_999_999, "type", "参加村民大会", "occurredOn", "2024-07-16"))));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(township.api().post("/api/villages/" + village + "/months/2024-07/evaluate").status())
                .isEqualTo(200);

        assertThat(count(scraper, "jifen_plan_compile_seconds_count", "")).isGreaterThan(compiles);
        assertThat(count(scraper, "jifen_events_seconds_count", "outcome=\"recorded\"")).isEqualTo(recorded + 2);
        assertThat(count(scraper, "jifen_events_seconds_count", "reason=\"household-not-found\""))
                .isEqualTo(unknownHouseholds + 1);
        assertThat(count(scraper, "jifen_chain_append_seconds_count", "chain=\"ledger\"")).isGreaterThan(ledgerAppends);
        assertThat(count(scraper, "jifen_chain_append_seconds_count", "chain=\"audit\"")).isPositive();
        assertThat(count(scraper, "jifen_month_end_seconds_count", "step=\"evaluate\"")).isEqualTo(evaluations + 1);
        assertThat(scrape(scraper)).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds_count");
    }

    @Test
    void theScrapeNeedsTheTownshipsOrAnAuditorsLogin() {
        assertThat(township.api().anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(township.aUser("STAFF", township.aVillage()).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(township.api().get("/actuator/prometheus").status()).isEqualTo(200);
    }

    private static String scrape(Api scraper) {
        Api.Reply reply = scraper.get("/actuator/prometheus");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain");
        return reply.body();
    }

    /** The sum of a counter's series whose labels contain {@code label}; 0 when there is none yet. */
    private static double count(Api scraper, String name, String label) {
        Matcher series = Pattern.compile("(?m)^" + name + "(?:\\{([^}]*)})? (\\S+)$").matcher(scrape(scraper));
        double sum = 0;
        while (series.find()) {
            if (series.group(1) == null ? label.isEmpty() : series.group(1).contains(label)) {
                sum += Double.parseDouble(series.group(2));
            }
        }
        return sum;
    }
}
