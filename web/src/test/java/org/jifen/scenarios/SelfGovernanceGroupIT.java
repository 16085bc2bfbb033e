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
    void theVillageNamesTheMembersOfItsGroupWithTheirRoles() {
        String village = township.aVillage();
        Api staff = township.aUser("STAFF", village);

        Api.Reply added = staff.post("/api/villages/" + village + "/group-members", json("name", "杨建国", "role", "组长"));
        staff.post("/api/villages/" + village + "/group-members", json("name", "  陈秀英 ", "role", "退休党员"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().at("/id").asLong()).isPositive();
        assertThat(added.text("/name")).isEqualTo("杨建国");
        assertThat(added.text("/role")).isEqualTo("组长");
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
}
