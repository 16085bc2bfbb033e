package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.Instant;
import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The village keeps its household registry up to date: a clerk changes a household's facts, every changed field is
 * kept with who changed it, when and why, and a change of eligibility counts for events recorded from then on.
 */
@AppTest
class HouseholdRegistryIT {

    @Autowired
    Township township;

    @Test
    void aClerksChangeIsRecordedFieldByFieldWithWhoWhenAndWhy() {
        String village = township.aVillage();
        long household = township.aHousehold(village, "党员户");
        String clerkName = "clerk-" + household;
        assertThat(township.api().post("/api/users", json("username", clerkName, "password", "password-of-clerk",
                "role", "VILLAGE_ADMIN", "village", village)).status()).isEqualTo(201);
        Api clerk = township.api().as(clerkName, "password-of-clerk");
        Instant before = Instant.now();

        Api.Reply changed = clerk.patch(path(village, household), json("group", "二组", "members", 5,
                "tags", List.of("党员户", "低保户"), "reason", "分户后迁入二组"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("/group")).isEqualTo("二组");
        assertThat(changed.json().at("/eligible").asBoolean()).isTrue();
        Api.Reply read = township.api().get(path(village, household));
        assertThat(read.text("/group")).isEqualTo("二组");
        assertThat(read.json().at("/members").asInt()).isEqualTo(5);
        assertThat(read.json().at("/permanentResidents").asInt()).isEqualTo(2);
        assertThat(read.text("/centralVillage")).isEqualTo("中心村");

        JsonNode history = township.api().get(path(village, household) + "/changes").json();
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.findValuesAsString("field")).containsExactly("group", "members", "tags");
        assertThat(history.findValuesAsString("label")).containsExactly("村民小组", "家庭人口", "标签");
        assertThat(history.findValuesAsString("oldValue")).containsExactly("一组", "3", "党员户");
        assertThat(history.findValuesAsString("newValue")).containsExactly("二组", "5", "低保户、党员户");
        assertThat(history.findValuesAsString("changedBy")).containsOnly(clerkName);
        assertThat(history.findValuesAsString("reason")).containsOnly("分户后迁入二组");
        Instant changedAt = Instant.parse(history.get(0).at("/changedAt").asString());
        assertThat(changedAt).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));

        Api.Reply same = township.api().patch(path(village, household), json("group", "二组", "reason", "核对"));
        assertThat(same.status()).isEqualTo(200);
        assertThat(township.api().get(path(village, household) + "/changes").json().size()).isEqualTo(3);
        township.api().patch(path(village, household), json("centralVillage", "", "tags", List.of()));
        JsonNode cleared = township.api().get(path(village, household)).json();
        assertThat(cleared.at("/centralVillage").isNull()).isTrue();
        assertThat(cleared.at("/tags").size()).isZero();
        JsonNode later = township.api().get(path(village, household) + "/changes").json();
        assertThat(later.size()).isEqualTo(5);
        assertThat(later.get(3).at("/changedBy").asString()).isEqualTo("admin");
        assertThat(later.get(3).at("/newValue").isNull()).isTrue();
        assertThat(later.get(3).at("/reason").isNull()).isTrue();
    }

    @Test
    void aHouseholdThatLosesItsHomesteadIsRefusedFromThenOnAndKeepsWhatItEarned() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2025-03-10");

        Api.Reply demolished = township.api().patch(path(village, household), json("homestead", false,
                "reason", "宅基地房屋已拆除"));
        assertThat(demolished.json().at("/eligible").asBoolean()).isFalse();
        Api.Reply refused = township.api().post("/api/villages/" + village + "/events", json("eventId",
                "after-" + household, "householdId", household, "type", "参加村民大会", "occurredOn", "2025-03-20"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/type")).endsWith("/household-not-eligible");
        Api.Reply month = township.api().get(path(village, household) + "/months/2025-03");
        assertThat(month.json().at("/awards").size()).isEqualTo(1);
        assertThat(month.json().at("/base").asInt()).isEqualTo(2);

        township.api().patch(path(village, household), json("homestead", true, "reason", "新房建成"));
        Api.Reply scoredAgain = township.api().post("/api/villages/" + village + "/events", json("eventId",
                "after-" + household, "householdId", household, "type", "参加村民大会", "occurredOn", "2025-03-20"));
        assertThat(scoredAgain.status()).as(scoredAgain.toString()).isEqualTo(201);
        assertThat(township.api().get(path(village, household) + "/changes").json().findValuesAsString("reason"))
                .containsExactly("宅基地房屋已拆除", "新房建成");
    }

    @Test
    void householdsNoLongerEligibleStillShowInTheNoticeForTheMonthsTheyWereScored() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long moved = township.aHouseholdIn(village, "一组", "钱国华");
        long stays = township.aHouseholdIn(village, "一组", "孙桂英");
        township.anIneligibleHousehold(village);
        township.anEvent(village, moved, "参加村民大会", "2025-02-10");
        township.aFinalisedMonth(village, "2025-02", township.aSelfGovernanceGroup(village));

        township.api().patch(path(village, moved), json("localHukou", false, "reason", "户口迁出本村"));
        township.api().patch(path(village, stays), json("permanentResidents", 0, "reason", "全家外出"));

        JsonNode rows = township.api().get("/api/villages/" + village + "/notices/2025-Q1").json()
                .at("/groups/0/households");
        assertThat(rows.findValues("householdId")).extracting(JsonNode::asLong).containsExactly(moved, stays);
        assertThat(rows.get(0).at("/total").asInt()).isEqualTo(12);
        assertThat(rows.get(1).at("/total").asInt()).isZero();
    }

    @Test
    void aChangeIsCheckedAsARegistrationIsAndARefusedChangeLeavesNoTrace() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        long neighbour = township.aHousehold(village);
        String neighbourNo = township.api().get(path(village, neighbour)).text("/householdNo");

        Api.Reply strangeGroup = township.api().patch(path(village, household), json("group", "三组", "members", 9));
        assertThat(strangeGroup.status()).isEqualTo(422);
        assertThat(strangeGroup.text("/detail")).contains("三组");
        assertThat(township.api().patch(path(village, household), json("centralVillage", "别村")).status())
                .isEqualTo(422);
        assertThat(township.api().patch(path(village, household), json("householdNo", neighbourNo)).status())
                .isEqualTo(409);
        assertThat(township.api().patch(path(village, household), json("headName", " ")).status()).isEqualTo(400);
        assertThat(township.api().patch(path(village, household), json("permanentResidents", 100)).status())
                .isEqualTo(400);
        assertThat(township.api().patch(path(village, household), json("reason", "很".repeat(201))).status())
                .isEqualTo(400);
        assertThat(township.api().patch(path(village, 424242), json("members", 2)).status()).isEqualTo(404);
        assertThat(township.api().get(path(village, 424242) + "/changes").status()).isEqualTo(404);
        assertThat(township.aUser("AUDITOR", null).patch(path(village, household), json("members", 2)).status())
                .isEqualTo(403);

        assertThat(township.api().get(path(village, household)).json().at("/members").asInt()).isEqualTo(3);
        assertThat(township.api().get(path(village, household) + "/changes").json().size()).isZero();
    }

    @Test
    void theRegistryIsListedWholeOrByVillagerGroup() {
        String village = township.aVillage();
        long first = township.aHouseholdIn(village, "一组", "王建华");
        long second = township.aHouseholdIn(village, "二组", "李秀英");

        JsonNode all = township.api().get("/api/villages/" + village + "/households").json();
        JsonNode groupTwo = township.api().get("/api/villages/" + village + "/households?group=二组").json();

        assertThat(all.findValues("id")).extracting(JsonNode::asLong).containsExactly(first, second);
        assertThat(groupTwo.findValues("id")).extracting(JsonNode::asLong).containsExactly(second);
        assertThat(township.api().get("/api/villages/" + village + "/households?group=九组").json().size()).isZero();
    }

    private static String path(String village, long household) {
        return "/api/villages/" + village + "/households/" + household;
    }
}
