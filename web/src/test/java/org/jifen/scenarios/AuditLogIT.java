package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every administrative act leaves an entry in the audit log: who, in which role, when, from where, in which village,
 * what act on what, and whether it was done or refused. The auditor and the township read the whole log; a village's
 * own people read their village's; nobody can write to it.
 */
@AppTest
class AuditLogIT {

    @Autowired
    Township township;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void eachAdministrativeActOfAMonthlyCycleIsOnRecordWithWhoWhenWhereAndOutcome() {
        Instant before = Instant.now().minusSeconds(1);
        String village = township.aVillage();
        Api villageAdmin = township.aUser("VILLAGE_ADMIN", village);
        String admin = username(villageAdmin, village);
        assertThat(villageAdmin.upload("/api/villages/" + village + "/rule-sets", Plans.BROKEN).status())
                .isEqualTo(422);
        assertThat(villageAdmin.upload("/api/villages/" + village + "/rule-sets", Plans.CONTRACT_EXAMPLE).status())
                .isEqualTo(201);
        assertThat(villageAdmin.post("/api/villages/" + village + "/rule-sets/1/activate").status()).isEqualTo(200);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        long bravery = township.anEvent(village, household, "见义勇为", "2024-07-09").id("/awards/0/id");
        long wrongBravery = township.anEvent(village, household, "见义勇为", "2024-07-19").id("/awards/0/id");
        List<Long> group = township.aSelfGovernanceGroup(village);
        Api.Reply evaluated = villageAdmin.post("/api/villages/" + village + "/months/2024-07/evaluate");
        Api.Reply rejected = villageAdmin.post("/api/villages/" + village + "/awards/" + wrongBravery + "/reject",
                json("reason", "经核实未参与救援", "by", "杨组长"));
        township.aFinalisedMonth(village, "2024-07", group);
        String open = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        township.anEvent(village, household, "参加村民大会", open + "-01");
        Api.Reply corrected = villageAdmin.post("/api/villages/" + village + "/corrections",
                json("awardId", bravery, "reason", "事迹不实，冲正"));
        township.aFinalisedMonth(village, "2024-08", group);
        township.aFinalisedMonth(village, "2024-09", group);
        Api.Reply published = villageAdmin.post("/api/villages/" + village + "/notices/2024-Q3/publish");
        assertThat(List.of(evaluated.status(), rejected.status(), corrected.status(), published.status()))
                .containsExactly(200, 201, 201, 201);

        JsonNode log = township.aUser("AUDITOR", null)
                .get("/api/township/audit-log?village=" + village + "&size=100").json();

        List<String> acts = log.at("/entries").valueStream()
                .map(entry -> entry.at("/act").asString() + " "
                        + entry.at("/target").asString().replaceFirst("^group member 成员\\d+$", "group member 成员…")
                                .replaceFirst("^household H\\d+$", "household H…")
                        + " " + entry.at("/outcome").asString())
                .toList();
        assertThat(acts).as("newest first").containsExactly(
                "notice.published notice 2024-Q3 DONE",
                "month.finalised month 2024-09 DONE",
                "month.finalised month 2024-08 DONE",
                "award.corrected award " + bravery + " DONE",
                "month.finalised month 2024-07 DONE",
                "award.rejected award " + wrongBravery + " DONE",
                "month.evaluated month 2024-07 DONE",
                "group-member.added group member 成员… DONE",
                "group-member.added group member 成员… DONE",
                "group-member.added group member 成员… DONE",
                "group-member.added group member 成员… DONE",
                "group-member.added group member 成员… DONE",
                "group-member.added group member 成员… DONE",
                "household.registered household H… DONE",
                "plan.activated rule-set v1 DONE",
                "plan.uploaded rule-set v1 DONE",
                "plan.uploaded rule-set v- REFUSED",
                "user.created user " + admin + " DONE",
                "village.registered village " + village + " DONE");
        assertThat(log.at("/total").asLong()).isEqualTo(acts.size());
        JsonNode activation = entry(log, "plan.activated");
        assertThat(activation.at("/username").asString()).isEqualTo(admin);
        assertThat(activation.at("/role").asString()).isEqualTo("VILLAGE_ADMIN");
        assertThat(activation.at("/village").asString()).isEqualTo(village);
        assertThat(activation.at("/actLabel").asString()).isEqualTo("启用积分方案");
        assertThat(activation.at("/remoteAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(Instant.parse(activation.at("/at").asString())).isBetween(before, Instant.now());
        assertThat(activation.at("/details/sha256").asString()).hasSize(64);
        JsonNode refusedUpload = log.at("/entries/16");
        assertThat(refusedUpload.at("/problem").asString()).isEqualTo("plan-refused");
        assertThat(refusedUpload.at("/details/files/0").asString()).isEqualTo("不完整.drl");
        assertThat(refusedUpload.at("/details/detail").asString()).isNotBlank();
        assertThat(entry(log, "month.finalised").at("/details/approvedBy").size()).isEqualTo(6);
        assertThat(entry(log, "award.rejected").at("/details/reason").asString()).isEqualTo("经核实未参与救援");
        assertThat(entry(log, "user.created").at("/username").asString()).isEqualTo("admin");
        assertThat(entry(log, "user.created").at("/role").asString()).isEqualTo("TOWNSHIP_ADMIN");
        assertThat(entry(log, "user.created").toString()).doesNotContain("password");
    }

    @Test
    void changesToTheHouseholdRegistryAndItsCardsAreOnRecord() {
        String village = township.aVillage();
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        long household = township.aHousehold(village);
        String households = "/api/villages/" + village + "/households";

        Api.Reply changed = admin.patch(households + "/" + household, json("homestead", false, "reason", "宅基地已退出"));
        Api.Reply imported = admin.upload(households + ":import", "file", new PlanFile("登记表.csv",
                ("户号,户主姓名,村民小组,自然村,本地户籍,宅基地,常住人口,家庭人口,标签\r\n"
                        + "01-001,王建华,一组,中心村,是,有,3,4,党员户\r\n").getBytes(StandardCharsets.UTF_8)));
        Api.Reply printed = admin.get(households + "/" + household + "/card");
        Api.Reply renewed = admin.post(households + "/" + household + "/card:renew");
        assertThat(List.of(changed.status(), imported.status(), printed.status(), renewed.status()))
                .containsExactly(200, 200, 200, 200);

        JsonNode log = township.aUser("AUDITOR", null).get("/api/villages/" + village + "/audit-log").json();

        List<String> acts = log.at("/entries").valueStream()
                .filter(entry -> !entry.at("/act").asString().matches("village.registered|user.created"))
                .map(entry -> entry.at("/act").asString() + " " + entry.at("/target").asString() + " "
                        + entry.at("/outcome").asString())
                .toList();
        assertThat(acts).containsExactly(
                "card.renewed household " + household + " DONE",
                "card.issued household " + household + " DONE",
                "households.imported file 登记表.csv DONE",
                "household.changed household " + household + " DONE",
                "household.registered household " + township.api().get(households + "/" + household).text("/householdNo")
                        + " DONE");
        assertThat(entry(log, "household.changed").at("/details/reason").asString()).isEqualTo("宅基地已退出");
        assertThat(entry(log, "households.imported").at("/details/created").asInt()).isEqualTo(1);
        assertThat(entry(log, "card.renewed").toString()).as("the card's secret link is never logged")
                .doesNotContain("/h/");
    }

    @Test
    void aRefusedActLeavesNothingButItsEntry() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Long> group = township.aSelfGovernanceGroup(village);
        String thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

        Api.Reply tooEarly = township.api().post("/api/villages/" + village + "/months/" + thisMonth + "/finalise",
                json("approvedBy", group));

        assertThat(tooEarly.status()).isEqualTo(409);
        JsonNode refused = township.api().get("/api/villages/" + village + "/audit-log?act=month.finalised").json();
        assertThat(refused.at("/total").asLong()).isEqualTo(1);
        assertThat(refused.at("/entries/0/outcome").asString()).isEqualTo("REFUSED");
        assertThat(refused.at("/entries/0/problem").asString()).isEqualTo("month-not-over");
        assertThat(refused.at("/entries/0/target").asString()).isEqualTo("month " + thisMonth);
        assertThat(township.api().get("/api/villages/" + village + "/months/" + thisMonth).json()
                .at("/finalised").asBoolean()).isFalse();
    }

    @Test
    void theAuditorAndTheVillagesOwnPeopleReadTheLogAndNobodyWritesIt() {
        String village = township.aVillage();
        String other = township.aVillage();
        Api staff = township.aUser("STAFF", village);
        Api otherStaff = township.aUser("STAFF", other);
        Api otherAdmin = township.aUser("VILLAGE_ADMIN", other);
        Api auditor = township.aUser("AUDITOR", null);
        String mine = "/api/villages/" + village + "/audit-log";

        assertThat(auditor.get(mine).status()).isEqualTo(200);
        assertThat(auditor.get("/api/township/audit-log").status()).isEqualTo(200);
        assertThat(staff.get(mine).status()).isEqualTo(200);
        assertThat(otherStaff.get(mine).status()).isEqualTo(403);
        assertThat(otherAdmin.get(mine).status()).isEqualTo(403);
        assertThat(staff.get("/api/township/audit-log").status()).isEqualTo(403);
        assertThat(otherAdmin.get("/api/township/audit-log").status()).isEqualTo(403);
        assertThat(mappings.getHandlerMethods().keySet()).as("endpoints of the audit log")
                .filteredOn(info -> info.getPatternValues().stream().anyMatch(path -> path.contains("audit-log")))
                .allSatisfy(info -> assertThat(info.getMethodsCondition().getMethods())
                        .containsOnly(RequestMethod.GET));
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            assertThat(township.api().call(method, mine).status()).as(method).isIn(403, 405);
        }
    }

    @Test
    void theLogIsFilteredByVillageActAndDayAndPaged() {
        String village = township.aVillage();
        township.aSelfGovernanceGroup(village);
        String today = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api auditor = township.aUser("AUDITOR", null);

        JsonNode page = auditor.get("/api/township/audit-log?village=" + village
                + "&act=group-member.added&from=" + today + "&to=" + today + "&page=1&size=4").json();
        Api.Reply backwards = auditor.get("/api/township/audit-log?from=2024-07-02&to=2024-07-01");
        Api.Reply tooLarge = auditor.get("/api/township/audit-log?size=100000");

        assertThat(page.at("/total").asLong()).isEqualTo(6);
        assertThat(page.at("/entries").size()).isEqualTo(2);
        assertThat(page.at("/page").asInt()).isEqualTo(1);
        assertThat(auditor.get("/api/township/audit-log?village=" + village + "&to=2024-01-01").json()
                .at("/total").asLong()).isZero();
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("/detail")).contains("from");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(auditor.get("/api/villages/no-such-village/audit-log").status()).isEqualTo(404);
    }

    private static JsonNode entry(JsonNode log, String act) {
        return log.at("/entries").valueStream().filter(entry -> entry.at("/act").asString().equals(act))
                .findFirst().orElseThrow();
    }

    private static String username(Api user, String village) {
        return user.get("/api/villages/" + village + "/audit-log?act=user.created").json()
                .at("/entries/0/target").asString().substring("user ".length());
    }
}
