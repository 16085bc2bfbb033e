package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Statements;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finalising a month reads it a household at a time and freezes each household's total from the database's sums
 * (ADR 0169): the largest answer it reads is one household's month, not the village's, and a month of ten times the
 * entries costs the same number of statements. Counted at the data source, not timed.
 */
@AppTest
class FinalisingAMonthHoldsAPartOfItAtATimeIT {

    private static final Logger log = LoggerFactory.getLogger(FinalisingAMonthHoldsAPartOfItAtATimeIT.class);
    private static final int HOUSEHOLDS = 4;

    @Autowired
    Township township;

    @Autowired
    Statements statements;

    private int sequence;

    @Test
    void aMonthOfTenTimesTheEntriesIsFinalisedWithTheSameStatementsAndNoAnswerLargerThanAHousehold() {
        Statements.Counted<Api.Reply> small = finalised(5);
        Statements.Counted<Api.Reply> large = finalised(50);
        log.warn("Finalising {} households: 5 entries each {} statements, largest answer {} rows; 50 entries each {} "
                + "statements, largest answer {} rows", HOUSEHOLDS, small.statements(), small.largestAnswer(),
                large.statements(), large.largestAnswer());

        assertThat(large.largestAnswer()).as("the largest answer read while finalising 4 x 50 entries")
                .isLessThanOrEqualTo(50).isLessThan(HOUSEHOLDS * 50);
        assertThat(large.statements()).as("statements to finalise ten times the entries")
                .isLessThanOrEqualTo(small.statements() + 2);
        assertThat(large.result().json().at("/evaluation/households").asInt()).isEqualTo(HOUSEHOLDS);
    }

    /** A village's July of {@code entries} meetings for each household, finalised: what the finalisation cost. */
    private Statements.Counted<Api.Reply> finalised(int entries) {
        String village = township.aVillage();
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            households.add(township.aHousehold(village));
        }
        township.anActivePlan(village, org.jifen.support.Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < entries * HOUSEHOLDS; i++) {
            events.add(json("eventId", "e-" + ++sequence, "householdId", households.get(i % HOUSEHOLDS),
                    "type", "参加村民大会", "occurredOn", "2024-07-01"));
        }
        for (int from = 0; from < events.size(); from += 100) {
            Api.Reply recorded = staff.post("/api/villages/" + village + "/events:batch",
                    json("events", events.subList(from, Math.min(events.size(), from + 100))));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        }
        List<Long> group = township.aSelfGovernanceGroup(village);
        Statements.Counted<Api.Reply> finalised = statements.count(() -> township.api().post("/api/villages/"
                + village + "/months/2024-07/finalise", json("approvedBy", group)));
        assertThat(finalised.result().status()).as(finalised.result().toString()).isEqualTo(200);
        return finalised;
    }
}
