package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may do what: the four roles, each village's staff kept to their own village. */
@AppTest
class AccessIT {

    @Autowired
    Township township;

    @Test
    void withoutValidCredentialsNothingIsAnswered() {
        String village = township.aVillage();

        Api.Reply anonymous = township.api().anonymous().get("/api/villages");
        Api.Reply wrongPassword = township.api().as("admin", "not-the-password").get("/api/villages/" + village);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void staffWorkInTheirOwnVillageOnly() {
        String mine = township.aVillage();
        String theirs = township.aVillage();
        long myHousehold = township.aHousehold(mine);
        long theirHousehold = township.aHousehold(theirs);
        township.anActivePlan(mine, Plans.CONTRACT_EXAMPLE);
        township.anActivePlan(theirs, Plans.CONTRACT_EXAMPLE);
        long theirAward = township.api().post("/api/villages/" + theirs + "/events", json("eventId", "t1",
                "householdId", theirHousehold, "type", "参加村民大会", "occurredOn", "2024-07-01")).id("/awards/0/id");
        Api staff = township.aUser("STAFF", mine);

        assertThat(staff.post("/api/villages/" + mine + "/events", json("eventId", "m1", "householdId", myHousehold,
                "type", "参加村民大会", "occurredOn", "2024-07-01")).status()).isEqualTo(201);
        assertThat(staff.get("/api/villages/" + theirs + "/households/" + theirHousehold).status()).isEqualTo(403);
        Api.Reply intrusion = staff.post("/api/villages/" + theirs + "/events", json("eventId", "m2",
                "householdId", theirHousehold, "type", "参加村民大会", "occurredOn", "2024-07-01"));
        assertThat(intrusion.status()).isEqualTo(403);
        assertThat(intrusion.contentType()).startsWith("application/problem+json");
        assertThat(staff.get("/api/awards/" + theirAward + "/trace").status()).isEqualTo(403);
        assertThat(staff.upload("/api/villages/" + mine + "/rule-sets", Plans.CONTRACT_EXAMPLE).status())
                .as("staff record events; plans are the admins'").isEqualTo(403);
        assertThat(staff.post("/api/villages", json("code", "staff-made", "name", "x")).status()).isEqualTo(403);
    }

    @Test
    void staffTakeBackTheirOwnMistakesButTheGroupsActsAreTheVillageAdmins() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api staff = township.aUser("STAFF", village);
        Api colleague = township.aUser("STAFF", village);
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        String today = java.time.LocalDate.now().toString();
        long mine = staff.post("/api/villages/" + village + "/events", json("eventId", "own-1", "householdId",
                household, "type", "参加村民大会", "occurredOn", today)).id("/awards/0/id");
        long theirs = colleague.post("/api/villages/" + village + "/events", json("eventId", "own-2", "householdId",
                household, "type", "参加村民大会", "occurredOn", today)).id("/awards/0/id");

        Api.Reply notMine = staff.post("/api/villages/" + village + "/awards/" + theirs + "/reject",
                json("reason", "不是我记的"));
        Api.Reply takenBack = staff.post("/api/villages/" + village + "/awards/" + mine + "/reject",
                json("reason", "记错了户"));
        Api.Reply reviewed = admin.post("/api/villages/" + village + "/awards/" + theirs + "/reject",
                json("reason", "经小组核实未到会"));

        assertThat(notMine.status()).isEqualTo(403);
        assertThat(notMine.text("/type")).endsWith("/entry-of-someone-else");
        assertThat(notMine.text("/detail")).contains("记分员只能撤销自己记错的积分");
        assertThat(takenBack.status()).as(takenBack.toString()).isEqualTo(201);
        assertThat(reviewed.status()).as("the admin reviews anyone's entry").isEqualTo(201);
        String base = "/api/villages/" + village;
        assertThat(staff.post(base + "/group-members", json("name", "王", "role", "组长")).status()).isEqualTo(403);
        assertThat(staff.post(base + "/months/2024-07/finalise", json("approvedBy", java.util.List.of(1)))
                .status()).isEqualTo(403);
        assertThat(staff.post(base + "/notices/2024-Q3/publish").status()).isEqualTo(403);
        assertThat(staff.post(base + "/corrections", json("awardId", mine, "reason", "冲正")).status())
                .isEqualTo(403);
        assertThat(staff.post(base + "/households", json("householdNo", "S-1", "headName", "王", "group", "一组",
                "localHukou", true, "homestead", true, "permanentResidents", 1)).status()).isEqualTo(403);
        assertThat(staff.post(base + "/months/2024-07/evaluate").status()).as("staff may evaluate").isEqualTo(200);
    }

    @Test
    void aVillageAdminManagesTheVillagesOwnPlanOnly() {
        String mine = township.aVillage();
        String theirs = township.aVillage();
        Api admin = township.aUser("VILLAGE_ADMIN", mine);

        Api.Reply uploaded = admin.upload("/api/villages/" + mine + "/rule-sets", Plans.CONTRACT_EXAMPLE);
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(admin.post("/api/villages/" + mine + "/rule-sets/1/activate").status()).isEqualTo(200);
        assertThat(admin.upload("/api/villages/" + theirs + "/rule-sets", Plans.CONTRACT_EXAMPLE).status())
                .isEqualTo(403);
        assertThat(admin.post("/api/users", json("username", "someone", "password", "long-enough-pw",
                "role", "STAFF", "village", mine)).status()).isEqualTo(403);
    }

    @Test
    void anAuditorReadsEveryVillageAndChangesNothing() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api auditor = township.aUser("AUDITOR", null);

        assertThat(auditor.get("/api/villages/" + village + "/households/" + household).status()).isEqualTo(200);
        assertThat(auditor.get("/api/villages/" + village + "/rule-sets/1").status()).isEqualTo(200);
        assertThat(auditor.post("/api/villages/" + village + "/events", json("eventId", "a1",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-01")).status()).isEqualTo(403);
        assertThat(auditor.post("/api/villages/" + village + "/rule-sets/1/activate").status()).isEqualTo(403);
    }

    @Test
    void theTownshipAdminCreatesUsersWithClearRefusals() {
        String village = township.aVillage();

        Api.Reply created = township.api().post("/api/users", json("username", "clerk-" + village,
                "password", "a-good-password", "role", "STAFF", "village", village));
        Api.Reply again = township.api().post("/api/users", json("username", "clerk-" + village,
                "password", "a-good-password", "role", "STAFF", "village", village));
        Api.Reply noVillage = township.api().post("/api/users", json("username", "lost-" + village,
                "password", "a-good-password", "role", "STAFF"));
        Api.Reply badRole = township.api().post("/api/users", json("username", "odd-" + village,
                "password", "a-good-password", "role", "MAYOR"));
        Api.Reply shortPassword = township.api().post("/api/users", json("username", "weak-" + village,
                "password", "123", "role", "AUDITOR"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("/role")).isEqualTo("STAFF");
        assertThat(created.text("/village")).isEqualTo(village);
        assertThat(created.body()).doesNotContain("a-good-password").doesNotContain("$2a$");
        assertThat(again.status()).isEqualTo(409);
        assertThat(noVillage.status()).isEqualTo(422);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(township.api().as("clerk-" + village, "a-good-password")
                .get("/api/villages/" + village).status()).isEqualTo(200);
    }
}
