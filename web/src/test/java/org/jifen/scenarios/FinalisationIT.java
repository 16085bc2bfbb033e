package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The self-governance group, at least six people, approves the month; from then on it is immutable. The township's
 * plan (四(三)) asks for the group and a monthly sign-off.
 */
@AppTest
class FinalisationIT {

    @Autowired
    Township township;

    @Test
    void sixDifferentMembersOfTheGroupFinaliseTheMonthWhichIsEvaluatedFirstIfItNeverWas() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        List<Long> group = new ArrayList<>(township.aSelfGovernanceGroup(village));
        group.add(township.aGroupMember(village, "村民代表"));
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        String finalise = "/api/villages/" + village + "/months/2024-07/finalise";

        Api.Reply five = admin.post(finalise, json("approvedBy", group.subList(0, 5)));
        Api.Reply fiveAndARepeat = admin.post(finalise, json("approvedBy",
                List.of(group.get(0), group.get(1), group.get(2), group.get(3), group.get(4), group.get(4))));
        Api.Reply six = admin.post(finalise, json("approvedBy", group.subList(1, 7)));

        assertThat(five.status()).isEqualTo(409);
        assertThat(five.text("/type")).endsWith("/not-enough-approvals");
        assertThat(five.text("/detail")).contains("5").contains("6");
        assertThat(fiveAndARepeat.status()).isEqualTo(409);
        assertThat(six.status()).as(six.toString()).isEqualTo(200);
        assertThat(six.text("/month")).isEqualTo("2024-07");
        assertThat(six.text("/finalisedAt")).isNotBlank();
        assertThat(six.text("/finalisedBy")).startsWith("village-admin-");
        assertThat(six.json().at("/approvedBy").findValues("id")).extracting(JsonNode::asLong)
                .containsExactlyElementsOf(group.subList(1, 7));
        assertThat(six.json().at("/approvedBy/0/role").asString()).isEqualTo("安全");
        assertThat(six.json().at("/approvedBy/0/name").asString()).startsWith("成员");
        JsonNode month = township.api().get("/api/villages/" + village + "/households/" + household
                + "/months/2024-07").json();
        assertThat(month.at("/finalised").asBoolean()).isTrue();
        assertThat(month.at("/total").asInt()).isEqualTo(12);
        assertThat(month.at("/awards").findValuesAsString("source")).containsExactly("EVENT", "MONTH_END");
        JsonNode status = township.api().get("/api/villages/" + village + "/months/2024-07").json();
        assertThat(status.at("/finalised").asBoolean()).isTrue();
        assertThat(status.at("/finalisation/approvedBy").size()).isEqualTo(6);
        assertThat(status.at("/evaluations").size()).isEqualTo(1);
    }

    @Test
    void aGroupOfFewerThanSixCannotFinalise() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Long> five = township.aSelfGovernanceGroup(village).subList(0, 5);

        Api.Reply refused = township.api().post("/api/villages/" + village + "/months/2024-07/finalise",
                json("approvedBy", five));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/type")).endsWith("/not-enough-approvals");
        String smallVillage = township.aVillage();
        township.anActivePlan(smallVillage, Plans.CONTRACT_EXAMPLE);
        List<Long> members = List.of(township.aGroupMember(smallVillage, "组长"),
                township.aGroupMember(smallVillage, "安全"));
        Api.Reply tooSmall = township.api().post("/api/villages/" + smallVillage + "/months/2024-07/finalise",
                json("approvedBy", members));
        assertThat(tooSmall.status()).isEqualTo(409);
        assertThat(tooSmall.text("/type")).endsWith("/group-too-small");
        assertThat(tooSmall.json().at("/members").asInt()).isEqualTo(2);
    }

    @Test
    void approvalsMustComeFromThisVillagesOwnGroup() {
        String village = township.aVillage();
        String other = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Long> ours = township.aSelfGovernanceGroup(village);
        long theirs = township.aGroupMember(other, "组长");
        List<Long> approvals = new ArrayList<>(ours.subList(0, 5));
        approvals.add(theirs);
        approvals.add(987654321L);

        Api.Reply refused = township.api().post("/api/villages/" + village + "/months/2024-07/finalise",
                json("approvedBy", approvals));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/type")).endsWith("/unknown-approvers");
        assertThat(refused.json().at("/unknown").size()).isEqualTo(2);
        assertThat(refused.json().at("/unknown/0").asLong()).isEqualTo(theirs);
        assertThat(refused.json().at("/unknown/1").asLong()).isEqualTo(987654321L);
        assertThat(refused.text("/detail")).contains(String.valueOf(theirs)).contains("987654321");
        assertThat(township.api().post("/api/villages/" + village + "/months/2024-07/finalise", json())
                .status()).isEqualTo(400);
        assertThat(township.api().get("/api/villages/" + village + "/months/2024-07").json()
                .at("/finalised").asBoolean()).isFalse();
    }

    @Test
    void aFinalisedMonthIsImmutable() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        long award = township.anEvent(village, household, "参加村民大会", "2024-07-03").id("/awards/0/id");
        List<Long> group = township.aSelfGovernanceGroup(village);
        township.aFinalisedMonth(village, "2024-07", group);
        Api staff = township.aUser("STAFF", village);
        String events = "/api/villages/" + village + "/events";

        Api.Reply late = staff.post(events, json("eventId", "late-1", "householdId", household,
                "type", "参加村民大会", "occurredOn", "2024-07-31"));
        Api.Reply batch = staff.post(events + ":batch", json("events", List.of(
                Map.of("eventId", "late-2", "householdId", household, "type", "参加村民大会",
                        "occurredOn", "2024-07-30"),
                Map.of("eventId", "next-1", "householdId", household, "type", "参加村民大会",
                        "occurredOn", "2024-08-01"))));
        Api.Reply evaluated = staff.post("/api/villages/" + village + "/months/2024-07/evaluate");
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        Api.Reply rejected = admin.post("/api/villages/" + village + "/awards/" + award + "/reject",
                json("reason", "不属实"));
        Api.Reply again = admin.post("/api/villages/" + village + "/months/2024-07/finalise",
                json("approvedBy", group));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("/type")).endsWith("/month-already-finalised");
        // The village by its name, as its people call it, not its code (tryout pages-2 minor 7).
        assertThat(late.text("/detail")).contains("测试村" + village + " 2024年7月的积分已经定稿").contains("冲正")
                .doesNotContain("村「" + village + "」");
        assertThat(staff.get(events + "/late-1").status()).isEqualTo(404);
        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.text("/results/0/type")).endsWith("/month-already-finalised");
        assertThat(batch.json().at("/results/0/status").asInt()).isEqualTo(409);
        assertThat(batch.text("/results/1/eventId")).isEqualTo("next-1");
        assertThat(staff.get(events + "/late-2").status()).isEqualTo(404);
        assertThat(evaluated.status()).isEqualTo(200);
        assertThat(evaluated.json().at("/finalised").asBoolean()).isTrue();
        assertThat(evaluated.json().at("/awardsAdded").asInt()).isZero();
        assertThat(evaluated.json().at("/awardsReversed").asInt()).isZero();
        assertThat(evaluated.json().at("/ruleSetVersion").asInt()).isEqualTo(1);
        assertThat(rejected.status()).isEqualTo(409);
        assertThat(rejected.text("/type")).endsWith("/month-already-finalised");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/type")).endsWith("/month-already-finalised");
        JsonNode month = staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-07").json();
        assertThat(month.at("/total").asInt()).isEqualTo(12);
        assertThat(month.at("/awards").size()).isEqualTo(2);
        assertThat(township.api().get("/api/villages/" + village + "/months/2024-07").json()
                .at("/evaluations").size()).isEqualTo(1);
    }

    @Test
    void aMonthThatIsNotOverCannotBeFinalised() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Long> group = township.aSelfGovernanceGroup(village);
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));

        Api.Reply current = township.api().post("/api/villages/" + village + "/months/" + thisMonth + "/finalise",
                json("approvedBy", group));
        Api.Reply future = township.api().post("/api/villages/" + village + "/months/" + thisMonth.plusYears(1)
                + "/finalise", json("approvedBy", group));

        assertThat(current.status()).isEqualTo(409);
        assertThat(current.text("/type")).endsWith("/month-not-over");
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.text("/type")).endsWith("/month-not-over");
    }
}
