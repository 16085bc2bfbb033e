package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The township evaluates a month in every village with one call (ADR 0103): each village's month-end rules run as if
 * its own admin had evaluated it, a village without a plan for the month is listed as refused with the reason and
 * the others go on, and evaluating again adds nothing. Only the township's admin may.
 */
@AppTest
class TheTownshipEvaluatesAMonthInEveryVillageIT {

    /** A patrol is worth 1 when recorded, and a month with any patrol 5 more at month-end. */
    private static final PlanFile PATROLS = PlanFile.of("巡逻.drl", """
            package villages.test;
            import org.jifen.rules.Event;
            import org.jifen.rules.MonthSummary;
            global org.jifen.rules.Awards awards;

            rule "参加平安巡逻"
            when
                Event( type == "参加平安巡逻" )
            then
                awards.add(1, "平安建设");
            end
            rule "当月参加过巡逻"
            when
                MonthSummary( count("参加平安巡逻") >= 1 )
            then
                awards.add(5, "平安建设");
            end
            """);

    private static final String MONTH = "2022-03";

    @Autowired
    Township township;

    @Test
    void everyVillagesMonthIsEvaluatedAndAVillageWithoutAPlanIsListedAsRefused() {
        String first = township.aVillage();
        long patrolling = township.aHousehold(first);
        township.aHousehold(first);
        township.anActivePlan(first, PATROLS);
        township.anEvent(first, patrolling, "参加平安巡逻", MONTH + "-05");
        String second = township.aVillage();
        long alsoPatrolling = township.aHousehold(second);
        township.anActivePlan(second, PATROLS);
        township.anEvent(second, alsoPatrolling, "参加平安巡逻", MONTH + "-20");
        String withoutPlan = township.aVillage();
        township.aHousehold(withoutPlan);

        Api.Reply byTheVillage = township.aUser("VILLAGE_ADMIN", first)
                .post("/api/township/months/" + MONTH + "/evaluate");
        Api.Reply evaluated = township.api().post("/api/township/months/" + MONTH + "/evaluate");
        Api.Reply again = township.api().post("/api/township/months/" + MONTH + "/evaluate");

        assertThat(byTheVillage.status()).as("a village's admin evaluates their own village only").isEqualTo(403);
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        JsonNode outcome = evaluated.json();
        assertThat(outcome.at("/month").asString()).isEqualTo(MONTH);
        assertThat(outcome.at("/villages").asInt()).as("every village of the township, ours among them")
                .isGreaterThanOrEqualTo(3).isEqualTo(outcome.at("/results").size());
        assertThat(outcome.at("/evaluated").asInt() + outcome.at("/refused").asInt())
                .isEqualTo(outcome.at("/villages").asInt());
        assertThat(result(outcome, first).at("/summary/households").asInt()).isEqualTo(2);
        assertThat(result(outcome, first).at("/summary/awardsAdded").asInt()).as("the patrolling household's 5")
                .isEqualTo(1);
        assertThat(result(outcome, second).at("/summary/awardsAdded").asInt()).isEqualTo(1);
        assertThat(result(outcome, withoutPlan).at("/refused").asString()).isEqualTo("no-active-plan");
        assertThat(result(outcome, withoutPlan).at("/message").asString()).contains("没有适用的积分方案");
        assertThat(result(outcome, withoutPlan).at("/summary").isNull()
                || result(outcome, withoutPlan).at("/summary").isMissingNode()).isTrue();
        assertThat(result(again.json(), first).at("/summary/awardsAdded").asInt()).as("evaluated again: nothing new")
                .isZero();
        assertThat(township.api().get("/api/villages/" + first + "/households/" + patrolling + "/months/" + MONTH)
                .json().at("/total").asInt()).as("1 for the patrol and 5 at month-end").isEqualTo(6);
    }

    private static JsonNode result(JsonNode outcome, String village) {
        for (JsonNode result : outcome.at("/results")) {
            if (result.at("/village").asString().equals(village)) {
                return result;
            }
        }
        throw new AssertionError(village + " is not among the results: " + outcome);
    }
}
