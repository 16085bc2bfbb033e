package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Staff record events and the answer says, beside what each rule asked, what it added to the household's month after
 * the caps, the 0..100 base, the bonus and the veto, and what the month now holds (ADR 0058), so nobody reads "+2"
 * where the month gained nothing. A repeat of the request answers exactly as the first time, whatever came since.
 */
@AppTest
class RecordingAnEventSaysWhatItCountsIT {

    @Autowired
    Township township;

    @Test
    void eachAwardSaysWhatItAddedToTheMonthAfterTheFloorTheCapTheBonusAndTheVeto() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);

        Api.Reply meeting = event(village, household, "a-1", "参加村民大会", 1);
        assertAward(meeting, 2, 2);
        assertMonth(meeting, 2, 0, 2, false, 2);

        Api.Reply dumping = event(village, household, "a-2", "宅前屋后乱堆物", 3);
        assertAward(dumping, -15, -2);
        assertMonth(dumping, 0, 0, 0, false, -2);

        Api.Reply moreDumping = event(village, household, "a-3", "宅前屋后乱堆物", 3);
        assertAward(moreDumping, -15, 0);

        Api.Reply hero = event(village, household, "a-4", "见义勇为", 1);
        assertThat(hero.text("/awards/0/kind")).isEqualTo("BONUS");
        assertAward(hero, 20, 20);
        assertMonth(hero, 0, 20, 20, false, 20);

        Api.Reply veto = event(village, household, "a-5", "违法搭建", 1);
        assertThat(veto.text("/awards/0/kind")).isEqualTo("VETO");
        assertAward(veto, 0, -20);
        assertMonth(veto, 0, 0, 0, true, -20);

        Api.Reply afterVeto = event(village, household, "a-6", "参加村民大会", 1);
        assertAward(afterVeto, 2, 0);
        assertMonth(afterVeto, 0, 0, 0, true, 0);
        assertThat(township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-08")
                .json().at("/total").asInt()).isZero();
    }

    @Test
    void theFullScoreOfAHundredAndARulesCapShowInWhatCounts() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.generous());

        List<Long> counted = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            counted.add(event(village, household, "g-" + i, "清扫公共区域", 1).json().at("/awards/0/counted").asLong());
        }

        assertThat(counted).as("30 points asked each time, the base full at 100").containsExactly(30L, 30L, 30L, 10L);
        // -30 asked, at most -25 by the rule's cap; the 120 asked before less 25 is still 95 of the full 100.
        Api.Reply capped = event(village, household, "g-5", "宅前屋后乱堆物", 6);
        assertAward(capped, -30, -5);
        assertMonth(capped, 95, 0, 95, false, -5);
    }

    @Test
    void anAwardIsToldOnlyWhatLoweredItNotTheOtherKindsFloor() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        event(village, household, "o-1", "宅前屋后乱堆物", 3);
        event(village, household, "o-2", "违法搭建", 1);

        Api.Reply hero = event(village, household, "o-3", "见义勇为", 1);

        assertAward(hero, 20, 0);
        assertThat(hero.json().at("/notices").toString())
                .as("the veto lowered the bonus; the base's floor was there before and says nothing of it")
                .contains("一票否决").doesNotContain("基础分");
    }

    @Test
    void anAwardThatCountsLessThanItAskedSaysWhyInTheAnswer() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.generous());
        for (int i = 1; i <= 3; i++) {
            assertThat(event(village, household, "w-" + i, "清扫公共区域", 1).json().at("/notices").size())
                    .as("counted as asked: nothing to explain").isZero();
        }

        Api.Reply full = event(village, household, "w-4", "清扫公共区域", 1);
        Api.Reply capped = event(village, household, "w-5", "宅前屋后乱堆物", 6);
        event(village, household, "w-6", "违法搭建", 1);
        Api.Reply afterVeto = event(village, household, "w-7", "参加村民大会", 1);

        assertThat(full.json().at("/notices").toString()).contains("基础分每月满分 100 分");
        assertThat(capped.json().at("/notices").toString()).contains("「宅前屋后乱堆物」每月最多计 25 分");
        assertThat(afterVeto.json().at("/notices").toString()).contains("一票否决：本月积分计 0 分");
    }

    @Test
    void aRepeatAnswersWhatTheFirstRecordingAnsweredEvenAfterTheMonthChanged() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        var body = json("eventId", "phone-7", "householdId", household, "type", "参加村民大会",
                "occurredOn", "2024-08-03");
        Api.Reply first = staff.post("/api/villages/" + village + "/events", body);
        event(village, household, "later", "违法搭建", 1);

        Api.Reply again = staff.post("/api/villages/" + village + "/events", body);
        Api.Reply read = staff.get("/api/villages/" + village + "/events/phone-7");
        Api.Reply inABatch = staff.post("/api/villages/" + village + "/events:batch", json("events", List.of(body,
                json("eventId", "batch-1", "householdId", household, "type", "见义勇为", "occurredOn", "2024-08-04"))));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(read.json()).isEqualTo(first.json());
        assertThat(first.json().at("/month/total").asInt()).as("as it was then, not vetoed").isEqualTo(2);
        assertThat(inABatch.json().at("/results/0")).isEqualTo(first.json());
        JsonNode vetoed = inABatch.json().at("/results/1");
        assertThat(vetoed.at("/awards/0/points").asInt()).isEqualTo(20);
        assertThat(vetoed.at("/awards/0/counted").asInt()).isZero();
        assertThat(vetoed.at("/month/vetoed").asBoolean()).isTrue();
        assertThat(first.json().at("/awards/0").propertyNames()).as("the published fields stay, counted added")
                .containsExactly("id", "rule", "category", "kind", "points", "counted");
    }

    private Api.Reply event(String village, long household, String id, String type, int quantity) {
        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events", json("eventId", id,
                "householdId", household, "type", type, "occurredOn", "2024-08-15", "quantity", quantity));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded;
    }

    private static void assertAward(Api.Reply recorded, int points, int counted) {
        assertThat(recorded.json().at("/awards").size()).isEqualTo(1);
        assertThat(recorded.json().at("/awards/0/points").asInt()).as("asked").isEqualTo(points);
        assertThat(recorded.json().at("/awards/0/counted").asInt()).as("counted").isEqualTo(counted);
    }

    private static void assertMonth(Api.Reply recorded, int base, int bonus, int total, boolean vetoed, int gained) {
        JsonNode month = recorded.json().at("/month");
        assertThat(List.of(month.at("/base").asInt(), month.at("/bonus").asInt(), month.at("/total").asInt(),
                month.at("/gained").asInt())).containsExactly(base, bonus, total, gained);
        assertThat(month.at("/vetoed").asBoolean()).isEqualTo(vetoed);
    }
}
