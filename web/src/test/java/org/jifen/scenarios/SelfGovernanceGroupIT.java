package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A village forms its self-governance points group (积分管理自治小组), whose members approve each month. */
@AppTest
class SelfGovernanceGroupIT {

    @Autowired
    Township township;

    @Test
    void theVillageAdminNamesTheMembersOfItsGroupWithTheirRolesAndStaffMayNot() {
        String village = township.aVillage();
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        Api staff = township.aUser("STAFF", village);

        Api.Reply added = admin.post("/api/villages/" + village + "/group-members", json("name", "杨建国", "role", "组长"));
        admin.post("/api/villages/" + village + "/group-members", json("name", "  陈秀英 ", "role", "退休党员"));
        Api.Reply byStaff = staff.post("/api/villages/" + village + "/group-members",
                json("name", "测试员甲", "role", "组员"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().at("/id").asLong()).isPositive();
        assertThat(added.text("/name")).isEqualTo("杨建国");
        assertThat(added.text("/role")).isEqualTo("组长");
        assertThat(byStaff.status()).as("the group's acts are the village admin's").isEqualTo(403);
        assertThat(byStaff.contentType()).startsWith("application/problem+json");
        JsonNode group = staff.get("/api/villages/" + village + "/group-members").json();
        assertThat(group.findValuesAsString("name")).containsExactly("杨建国", "陈秀英");
        assertThat(group.findValuesAsString("role")).containsExactly("组长", "退休党员");
        assertThat(group.get(0).at("/id").asLong()).isEqualTo(added.json().at("/id").asLong());
    }

    @Test
    void aMemberNeedsANameOfAtMostFortyAndARoleOfAtMostTwentyCharacters() {
        String village = township.aVillage();
        String path = "/api/villages/" + village + "/group-members";

        assertThat(township.api().post(path, json("name", " ", "role", "安全")).status()).isEqualTo(400);
        assertThat(township.api().post(path, json("name", "王", "role", "")).status()).isEqualTo(400);
        assertThat(township.api().post(path, json("name", "王")).status()).isEqualTo(400);
        assertThat(township.api().post(path, json("name", "王".repeat(41), "role", "安全")).status()).isEqualTo(400);
        assertThat(township.api().post(path, json("name", "王", "role", "卫".repeat(21))).status()).isEqualTo(400);
        assertThat(township.api().post(path, json("name", "王".repeat(40), "role", "卫".repeat(20))).status())
                .isEqualTo(201);
        assertThat(township.api().get(path).json().size()).isEqualTo(1);
        assertThat(township.api().post("/api/villages/no-such-village/group-members",
                json("name", "王", "role", "安全")).status()).isEqualTo(404);
    }

    @Test
    void eachVillageSeesAndChangesOnlyItsOwnGroup() {
        String village = township.aVillage();
        String other = township.aVillage();
        township.aGroupMember(village, "组长");
        Api otherStaff = township.aUser("STAFF", other);
        Api auditor = township.aUser("AUDITOR", null);

        assertThat(otherStaff.get("/api/villages/" + village + "/group-members").status()).isEqualTo(403);
        assertThat(otherStaff.post("/api/villages/" + village + "/group-members", json("name", "王", "role", "安全"))
                .status()).isEqualTo(403);
        assertThat(auditor.get("/api/villages/" + village + "/group-members").json().size()).isEqualTo(1);
        assertThat(auditor.post("/api/villages/" + village + "/group-members", json("name", "王", "role", "安全"))
                .status()).isEqualTo(403);
        assertThat(township.api().get("/api/villages/" + other + "/group-members").json().size()).isZero();
    }

    @Test
    void aMemberWhoLeavesIsRetiredKeptOnTheMonthsTheyApprovedAndApprovesNothingSince() {
        String village = township.aVillage();
        township.anActivePlan(village, org.jifen.support.Plans.CONTRACT_EXAMPLE);
        java.util.List<Long> six = township.aSelfGovernanceGroup(village);
        String earlier = java.time.YearMonth.now().minusMonths(2).toString();
        String later = java.time.YearMonth.now().minusMonths(1).toString();
        township.aFinalisedMonth(village, earlier, six);
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        Api staff = township.aUser("STAFF", village);
        String leaving = "/api/villages/" + village + "/group-members/" + six.get(5) + "/retirement";

        assertThat(staff.post(leaving).status()).as("staff may not change the group").isEqualTo(403);
        Api.Reply retired = admin.post(leaving);
        Api.Reply again = admin.post(leaving);
        Api.Reply nobody = admin.post("/api/villages/" + village + "/group-members/999999999/retirement");

        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.text("/retiredBy")).isNotBlank();
        assertThat(retired.text("/retiredAt")).isNotBlank();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/type")).endsWith("/member-already-retired");
        assertThat(nobody.status()).isEqualTo(404);
        JsonNode group = admin.get("/api/villages/" + village + "/group-members").json();
        assertThat(group.size()).as("nothing is deleted").isEqualTo(6);
        JsonNode approvedEarlier = admin.get("/api/villages/" + village + "/months/" + earlier).json();
        assertThat(approvedEarlier.at("/finalisation/approvedBy").size()).isEqualTo(6);
        assertThat(approvedEarlier.at("/finalisation/approvedBy/5/retired").asBoolean()).isTrue();

        Api.Reply withTheRetired = admin.post("/api/villages/" + village + "/months/" + later + "/finalise",
                json("approvedBy", six));
        assertThat(withTheRetired.status()).as("a retired member approves nothing").isEqualTo(409);
        assertThat(withTheRetired.text("/type")).endsWith("/unknown-approvers");
        township.aGroupMember(village, "村民代表");
        assertThat(admin.post("/api/villages/" + village + "/months/" + later + "/finalise",
                json("approvedBy", six.subList(0, 5))).status()).as("five sitting members are not six").isEqualTo(409);
    }
}
