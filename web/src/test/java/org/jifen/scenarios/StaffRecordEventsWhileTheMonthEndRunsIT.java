package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.ManyMonthEndRules;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The third outside tryout's M1 at a tenth of its size: 100 month-end rules over 500 imported households. The
 * month-end no longer holds the village for its whole run (ADR 0130): staff record events of the same month, into
 * the same village, while it runs, and the month-end still grants every household its 100 awards once.
 */
@AppTest
class StaffRecordEventsWhileTheMonthEndRunsIT {

    private static final int RULES = 100;
    private static final int HOUSEHOLDS = 500;

    @Autowired
    Township township;

    @Test
    void staffRecordEventsInTheVillageWhileItsMonthIsEvaluated() throws Exception {
        String village = township.aVillage();
        List<Long> households = ManyMonthEndRules.register(township, village, HOUSEHOLDS);
        township.anActivePlan(village, ManyMonthEndRules.plan(RULES));
        Api staff = staffThrough(township.aUser("STAFF", village));

        CompletableFuture<Api.Reply> evaluation = CompletableFuture.supplyAsync(
                () -> township.api().post("/api/villages/" + village + "/months/2024-07/evaluate"));
        List<Integer> whileRunning = new ArrayList<>();
        int sent = 0;
        while (!evaluation.isDone()) {
            Api.Reply recorded = staff.post("/api/villages/" + village + "/events", json("eventId", "during-" + sent,
                    "householdId", households.get(sent % households.size()), "type", "A",
                    "occurredOn", "2024-07-15", "quantity", 1));
            if (!evaluation.isDone()) {
                whileRunning.add(recorded.status());
            }
            assertThat(recorded.status()).as(recorded.toString()).isIn(201, 503);
            sent++;
        }
        Api.Reply evaluated = evaluation.get(10, TimeUnit.MINUTES);
        LoggerFactory.getLogger(getClass()).warn("While the month-end of {} households x {} rules ran: {} events "
                + "answered 201, {} answered 503", HOUSEHOLDS, RULES, whileRunning.stream().filter(s -> s == 201).count(),
                whileRunning.stream().filter(s -> s == 503).count());

        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        assertThat(evaluated.json().at("/households").asInt()).isEqualTo(HOUSEHOLDS);
        assertThat(evaluated.json().at("/awardsAdded").asInt()).isEqualTo(RULES * HOUSEHOLDS);
        // Held for the whole month-end, the village answered 503 records-busy until it ended (measured: 32 events
        // during 73 s); at most the one waiting at its commit could be answered 201 before the month-end was.
        assertThat(whileRunning.stream().filter(status -> status == 201)).as("events answered while the month-end ran")
                .hasSizeGreaterThanOrEqualTo(3);
        Api.Reply again = township.api().post("/api/villages/" + village + "/months/2024-07/evaluate");
        assertThat(again.json().at("/awardsAdded").asInt()).as(again.toString()).isZero();
        assertThat(again.json().at("/awardsReversed").asInt()).isZero();
        var month = township.api().get("/api/villages/" + village + "/households/" + households.get(HOUSEHOLDS - 1)
                + "/months/2024-07").json();
        assertThat(month.at("/awards").findValuesAsString("source").stream().filter("MONTH_END"::equals))
                .hasSize(RULES);
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/valid")
                .asBoolean()).isTrue();
    }

    /** The node the staff's events reach: the month-end's here, the other in the two nodes' test. */
    Api staffThrough(Api staff) {
        return staff;
    }
}
