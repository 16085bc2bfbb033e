package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.TestDatabase;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Staff back-fill an event into a past month at the moment the group finalises that month. Whichever comes first,
 * the frozen totals and the events agree: the event is either recorded before the finalisation and counted in the
 * frozen totals, or refused with 409 and not recorded; never recorded yet missing from the totals.
 */
@AppTest
class BackfillRacingFinalisationIT {

    private static final int ROUNDS = 24;

    @Autowired
    Township township;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBackfilledEventIsEitherInTheFrozenTotalsOrRefused() throws Exception {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long racer = township.aHousehold(village);
        long baseline = township.aHousehold(village);
        List<Long> group = township.aSelfGovernanceGroup(village);
        Api staff = staffThrough(township.aUser("STAFF", village));
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        long villageId = jdbc.queryForObject("select id from village where code = ?", Long.class, village);
        Random random = new Random(2026);
        ExecutorService two = Executors.newFixedThreadPool(2);
        int recordedFirst = 0;
        int refused = 0;
        List<String> inconsistent = new ArrayList<>();
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        for (int round = 0; round < ROUNDS; round++) {
            month = month.minusMonths(1);
            YearMonth raced = month;
            String day = month.atDay(10).toString();
            township.anEvent(village, racer, "参加村民大会", day);
            township.anEvent(village, baseline, "参加村民大会", day);
            String eventId = "race-" + round;
            CountDownLatch start = new CountDownLatch(1);
            int eventDelay = random.nextInt(30);
            int finaliseDelay = random.nextInt(30);
            String finalise = "/api/villages/" + village + "/months/" + month + "/finalise";
            CompletableFuture<Api.Reply> event = CompletableFuture.supplyAsync(() -> {
                await(start, eventDelay);
                return staff.post("/api/villages/" + village + "/events", json("eventId", eventId, "householdId",
                        racer, "type", "参加村民大会", "occurredOn", raced.atDay(20).toString()));
            }, two);
            CompletableFuture<Api.Reply> finalised = CompletableFuture.supplyAsync(() -> {
                await(start, finaliseDelay);
                return admin.post(finalise, json("approvedBy", group));
            }, two);
            start.countDown();
            Api.Reply eventReply = event.get(1, TimeUnit.MINUTES);
            Api.Reply finaliseReply = finalised.get(1, TimeUnit.MINUTES);

            assertThat(finaliseReply.status()).as(month + " finalised: " + finaliseReply).isEqualTo(200);
            int racerTotal = frozenTotal(villageId, racer, month);
            int baselineTotal = frozenTotal(villageId, baseline, month);
            long stored = jdbc.queryForObject("select count(*) from behaviour_event where village_id = ?"
                    + " and event_id = ?", Long.class, villageId, eventId);
            if (eventReply.status() == 201) {
                recordedFirst++;
                int points = eventReply.json().at("/awards").findValues("points").stream()
                        .mapToInt(JsonNode::asInt).sum();
                if (racerTotal != baselineTotal + points) {
                    inconsistent.add(month + ": event recorded (+" + points + ") but frozen total " + racerTotal
                            + " against " + baselineTotal + " without it");
                }
            } else if (eventReply.status() == 409) {
                refused++;
                assertThat(eventReply.text("/type")).endsWith("/month-already-finalised");
                if (stored != 0 || racerTotal != baselineTotal) {
                    inconsistent.add(month + ": event refused but stored " + stored + " times, frozen total "
                            + racerTotal + " against " + baselineTotal);
                }
            } else {
                inconsistent.add(month + ": event answered " + eventReply);
            }
        }
        two.shutdown();
        Files.writeString(Path.of("target", "backfill-race-" + (TestDatabase.isPostgres() ? "postgres" : "h2")
                + ".txt"),
                "rounds: " + ROUNDS + ", event recorded first and counted: " + recordedFirst
                        + ", event refused with 409: " + refused + ", inconsistent: " + inconsistent.size() + "\n");

        assertThat(inconsistent).as("rounds where the events and the frozen totals disagree").isEmpty();
        assertThat(recordedFirst + refused).isEqualTo(ROUNDS);
        assertThat(recordedFirst).as("rounds the event won").isPositive();
    }

    /** The node the staff's events reach: the finalisation's here, the other in the two nodes' test. */
    Api staffThrough(Api staff) {
        return staff;
    }

    private int frozenTotal(long villageId, long household, YearMonth month) {
        return jdbc.queryForObject("select total_points from finalised_household_month where village_id = ?"
                + " and household_id = ? and score_month = ?", Integer.class, villageId, household, month.toString());
    }

    private static void await(CountDownLatch start, int delayMillis) {
        try {
            start.await();
            TimeUnit.MILLISECONDS.sleep(delayMillis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
