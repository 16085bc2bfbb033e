package org.jifen.scenarios;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.jifen.support.HouseholdMonthTotalsCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10's mid-month switch: version A caps a per-event rule at 3 points a month, version B has a rule of the same
 * name without a cap, at month-end. Mixing them once counted all twelve of A's points (its awards lost their cap to
 * B's rule) and going back to A did not restore the cap. Now one version governs the month, so the household's month
 * is always what one version alone gives: 3 under A, 5 under B, 3 again under A (ADR 0055-0057). The clock stands on
 * 10 September 2024, so September is the open month.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class SwitchingPlanVersionsMidMonthIT {

    @Autowired
    DataSource householdMonthTotalsDatabase;

    /** ADR 0261: what this test appended, in every way it did, left the households' months' totals right. */
    @AfterEach
    void theHouseholdsMonthTotalsAreWhatTheirEntriesSumTo() {
        HouseholdMonthTotalsCheck.agreeWithTheEntries(householdMonthTotalsDatabase);
    }

    /** Version A: every patrol +1, at most 3 a month. */
    static final PlanFile A = PlanFile.of("巡逻.drl", """
            package villages.test;
            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;

            rule "参加平安巡逻"
                @cap(3)
            when
                Event( type == "参加平安巡逻" )
            then
                awards.add(1, "平安建设");
            end
            """);

    /** Version B: a rule of the same name, at month-end, without a cap: 5 points for a month with any patrol. */
    static final PlanFile B = PlanFile.of("巡逻.drl", """
            package villages.test;
            import org.jifen.rules.MonthSummary;
            global org.jifen.rules.Awards awards;

            rule "参加平安巡逻"
            when
                MonthSummary( count("参加平安巡逻") >= 1 )
            then
                awards.add(5, "平安建设");
            end
            """);

    @Autowired
    Township township;

    @Test
    void aHouseholdsMonthIsAlwaysWhatOneVersionAloneGivesAcrossSwitchesAndBack() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, A);
        List<Api.Reply> patrols = patrols(village, household, 12);
        String months = "/api/villages/" + village + "/months/2024-09";

        assertThat(patrols).extracting(reply -> reply.json().at("/awards/0/counted").asLong())
                .as("what each patrol adds to the month: the cap binds after three")
                .containsExactly(1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(total(village, household)).isEqualTo(3);

        // B uploaded and activated the way a village does it mid-month: it takes over from October.
        upload(village, B);
        Api.Reply activated = township.api().post("/api/villages/" + village + "/rule-sets/2/activate");
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(activated.text("/activation/from")).isEqualTo("2024-10");
        assertThat(activated.text("/status")).isEqualTo("SCHEDULED");
        assertThat(township.api().post(months + "/evaluate").json().at("/ruleSetVersion").asInt()).isEqualTo(1);
        assertThat(total(village, household)).as("September stays A's: before the fix, 12 + 5 counted").isEqualTo(3);
        assertThat(month(village, household).at("/ruleSetVersion").asInt()).isEqualTo(1);

        // B from September on: the month is re-scored, A's entries taken back, and B alone counts.
        Api.Reply toB = activate(village, 2, "2024-09");
        assertThat(toB.json().at("/activation/rescored/0/awardsReversed").asInt()).isEqualTo(12);
        assertThat(toB.json().at("/activation/rescored/0/monthEnd/awardsAdded").asInt()).isEqualTo(1);
        assertThat(total(village, household)).isEqualTo(whatBAloneGives()).isEqualTo(5);
        assertThat(month(village, household).at("/ruleSetVersion").asInt()).isEqualTo(2);

        // And back to A: its cap holds again.
        Api.Reply toA = activate(village, 1, "2024-09");
        assertThat(toA.json().at("/activation/rescored/0/awardsAdded").asInt()).isEqualTo(12);
        assertThat(toA.json().at("/activation/rescored/0/monthEnd/awardsReversed").asInt()).isEqualTo(1);
        JsonNode september = month(village, household);
        assertThat(september.at("/total").asInt()).isEqualTo(3);
        assertThat(september.at("/ruleSetVersion").asInt()).isEqualTo(1);
        assertThat(september.at("/adjustments").findValuesAsString("reason")).containsExactly("CAP");
        int sum = 0;
        for (JsonNode entry : september.at("/awards")) {
            sum += entry.at("/points").asInt();
        }
        for (JsonNode adjustment : september.at("/adjustments")) {
            sum += adjustment.at("/points").asInt();
        }
        assertThat(sum).as("what the ledger shows adds up to the total").isEqualTo(3);
        Api.Reply verified = township.api().get("/api/villages/" + village + "/ledger/verify");
        assertThat(verified.json().at("/valid").asBoolean()).isTrue();
        assertThat(verified.json().at("/entries").asInt()).as("12 + 12 taken back + 1 + 1 taken back + 12")
                .isEqualTo(38);
    }

    /** B's total for the same month in a village that only ever had B. */
    private int whatBAloneGives() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, B);
        patrols(village, household, 12);
        township.api().post("/api/villages/" + village + "/months/2024-09/evaluate");
        return total(village, household);
    }

    private List<Api.Reply> patrols(String village, long household, int count) {
        List<Api.Reply> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replies.add(township.anEvent(village, household, "参加平安巡逻", "2024-09-0" + (1 + i % 9)));
        }
        return replies;
    }

    private void upload(String village, PlanFile plan) {
        Api.Reply uploaded = township.api().upload("/api/villages/" + village + "/rule-sets", plan);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    }

    private Api.Reply activate(String village, int version, String from) {
        Api.Reply activated = township.api().post("/api/villages/" + village + "/rule-sets/" + version
                + "/activate", json("from", from));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(activated.json().at("/activation/changed").asBoolean()).isTrue();
        return activated;
    }

    private JsonNode month(String village, long household) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-09")
                .json();
    }

    private int total(String village, long household) {
        return month(village, household).at("/total").asInt();
    }
}
