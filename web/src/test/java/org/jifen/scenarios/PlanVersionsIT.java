package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A village keeps every version of its plan; a bad upload changes nothing; events keep the version that scored them. */
@AppTest
class PlanVersionsIT {

    @Autowired
    Township township;

    @Test
    void aPlanThatDoesNotCompileIsRefusedWithFileAndLineAndTheActivePlanKeepsScoring() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);

        Api.Reply refused = township.api().upload("/api/villages/" + village + "/rule-sets", Plans.BROKEN);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("/errors/0/file")).isEqualTo("不完整.drl");
        assertThat(refused.json().at("/errors/0/line").asInt()).isBetween(12, 16);
        assertThat(refused.text("/errors/0/message")).isNotBlank();
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json().size()).isEqualTo(1);
        Api.Reply scored = township.api().post("/api/villages/" + village + "/events", json("eventId", "after-refusal",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-09-02"));
        assertThat(scored.status()).isEqualTo(201);
        assertThat(scored.json().at("/ruleSetVersion").asInt()).isEqualTo(1);
    }

    @Test
    void activatingANewVersionFromAMonthScoresItsEventsWithItWhileOldEntriesKeepTheirVersion() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long before = township.api().post("/api/villages/" + village + "/events", json("eventId", "v1-event",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-09-02")).id("/awards/0/id");
        PlanFile raised = PlanFile.of("示例方案.drl", Plans.CONTRACT_EXAMPLE.text()
                .replace("awards.add(2, \"村民议事\");", "awards.add(3, \"村民议事\");"));

        Api.Reply second = township.api().upload("/api/villages/" + village + "/rule-sets", raised);
        assertThat(second.json().at("/version").asInt()).isEqualTo(2);
        assertThat(second.text("/sha256")).isNotEqualTo(township.api()
                .get("/api/villages/" + village + "/rule-sets/1").text("/sha256"));
        Api.Reply stillOld = township.api().post("/api/villages/" + village + "/events", json("eventId", "still-v1",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-09-03"));
        assertThat(stillOld.json().at("/awards/0/points").asInt()).as("uploading does not activate").isEqualTo(2);
        // From September 2024 on (the month is open, so its events are scored again with version 2, ADR 0056).
        assertThat(township.api().post("/api/villages/" + village + "/rule-sets/2/activate",
                json("from", "2024-09")).status()).isEqualTo(200);
        Api.Reply after = township.api().post("/api/villages/" + village + "/events", json("eventId", "v2-event",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-09-04"));

        assertThat(after.json().at("/ruleSetVersion").asInt()).isEqualTo(2);
        assertThat(after.json().at("/awards/0/points").asInt()).isEqualTo(3);
        assertThat(township.api().get("/api/awards/" + before + "/trace").json().at("/ruleSet/version").asInt())
                .isEqualTo(1);
        Api.Reply versions = township.api().get("/api/villages/" + village + "/rule-sets");
        assertThat(versions.json().findValuesAsString("status")).containsExactly("RETIRED", "ACTIVE");
        Api.Reply diff = township.api().get("/api/villages/" + village + "/rule-sets/2/diff");
        assertThat(diff.json().at("/from").asInt()).isEqualTo(1);
        assertThat(diff.json().at("/changed").findValuesAsString("rule")).containsExactly("参加村民大会");
        assertThat(diff.text("/changed/0/after")).contains("awards.add(3,");
        assertThat(diff.json().at("/added").size()).isZero();
        assertThat(diff.json().at("/unchanged").asInt()).isEqualTo(4);
    }

    @Test
    void theComparisonSaysInWordsWhatAVersionChangedAndCountsARuleOnlyReLaidOutAsUnchanged() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of("示例方案.drl",
                Plans.CONTRACT_EXAMPLE.text()
                        .replace("Event( type == \"违法搭建\" )", "$e : Event(type==\"违法搭建\")")
                        .replace("Event( type == \"见义勇为\" )", "Event(   type ==  \"见义勇为\")")
                        .replace("awards.add(2, \"村民议事\");", "awards.add(3, \"村民议事\");")
                        .replace("@cap(25)", "@cap(20)")));

        Api.Reply diff = township.api().get("/api/villages/" + village + "/rule-sets/2/diff");

        assertThat(diff.json().at("/changed").findValuesAsString("rule"))
                .as("re-laid-out rules are not changes").containsExactly("参加村民大会", "宅前屋后乱堆物");
        assertThat(diff.json().at("/unchanged").asInt()).isEqualTo(3);
        assertThat(diff.json().at("/changed/0/inWords").get(0).asString())
                .isEqualTo("得分：加 2 分（村民议事） → 加 3 分（村民议事）");
        assertThat(diff.json().at("/changed/1/inWords").get(0).asString()).isEqualTo("上限：每月最多 25 分 → 每月最多 20 分");
        Browser admin = township.browser();
        admin.signIn(township.aLogin("VILLAGE_ADMIN", village));
        String page = admin.get("/v/" + village + "/plan/2").body();
        assertThat(page).contains("上限：每月最多 25 分 → 每月最多 20 分").doesNotContain("修改：违法搭建");
    }

    /**
     * Attack tryout 9, F4: a version whose rules gained {@code enabled false} and a date was compared with the last as
     * 「unchanged: 7」 though three rules no longer scored. Those rules are changes, said in plain words on the diff
     * and among the rule's words on the plan page.
     */
    @Test
    void aVersionWhoseRulesWerePausedOrDatedByTheirAttributesIsComparedAsChanged() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of("示例方案.drl",
                Plans.CONTRACT_EXAMPLE.text()
                        .replace("rule \"见义勇为\"\n", "rule \"见义勇为\"\n    enabled false\n")
                        .replace("rule \"违法搭建\"\n", "rule \"违法搭建\"\n    date-effective \"2-Dec-2026\"\n")));

        Api.Reply diff = township.api().get("/api/villages/" + village + "/rule-sets/2/diff");

        assertThat(diff.json().at("/changed").findValuesAsString("rule")).containsExactly("见义勇为", "违法搭建");
        assertThat(diff.json().at("/unchanged").asInt()).isEqualTo(3);
        assertThat(diff.json().at("/changed/0/inWords").get(0).asString()).isEqualTo("新增：已停用，不计分");
        assertThat(diff.json().at("/changed/1/inWords").get(0).asString())
                .isEqualTo("新增：只给 2026年12月2日 起（含当天）发生的事计分");
        Browser admin = township.browser();
        admin.signIn(township.aLogin("VILLAGE_ADMIN", village));
        assertThat(admin.get("/v/" + village + "/plan/2").body()).contains("新增：已停用，不计分", "已停用，不计分；记一件事时");
    }

    @Test
    void aVillageSimulatesANewVersionOnAPastMonthBeforeActivatingItAndNothingIsWritten() {
        String village = township.aVillage();
        long first = township.aHousehold(village);
        long second = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.api().post("/api/villages/" + village + "/events", json("eventId", "s1", "householdId", first,
                "type", "参加村民大会", "occurredOn", "2024-09-02"));
        township.api().post("/api/villages/" + village + "/events", json("eventId", "s2", "householdId", second,
                "type", "见义勇为", "occurredOn", "2024-09-03"));
        township.api().upload("/api/villages/" + village + "/rule-sets", PlanFile.of("示例方案.drl",
                Plans.CONTRACT_EXAMPLE.text().replace("awards.add(2, \"村民议事\");", "awards.add(5, \"村民议事\");")));

        Api.Reply simulation = township.api().get("/api/villages/" + village + "/rule-sets/2/simulation?month=2024-09");

        assertThat(simulation.status()).as(simulation.toString()).isEqualTo(200);
        assertThat(simulation.json().at("/activeVersion").asInt()).isEqualTo(1);
        assertThat(simulation.json().at("/events").asInt()).isEqualTo(2);
        assertThat(simulation.json().at("/householdsChanged").asInt()).isEqualTo(1);
        tools.jackson.databind.JsonNode rows = simulation.json().at("/households");
        for (tools.jackson.databind.JsonNode row : rows) {
            if (row.at("/householdId").asLong() == first) {
                assertThat(row.at("/current").asInt()).isEqualTo(2);
                assertThat(row.at("/simulated").asInt()).isEqualTo(5);
                assertThat(row.at("/difference").asInt()).isEqualTo(3);
            } else {
                assertThat(row.at("/difference").asInt()).isZero();
            }
        }
        assertThat(township.api().get("/api/villages/" + village + "/households/" + first + "/months/2024-09")
                .json().at("/total").asInt()).as("nothing written").isEqualTo(2);
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/entries").asInt())
                .isEqualTo(2);
    }

    @Test
    void everyVersionIsKeptWithItsFilesAndTheirHashes() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.generous());

        Api.Reply version = township.api().get("/api/villages/" + village + "/rule-sets/1");

        assertThat(version.status()).isEqualTo(200);
        assertThat(version.json().at("/files").size()).isEqualTo(2);
        assertThat(version.json().at("/files").findValuesAsString("name")).containsExactly("慷慨.drl", "示例方案.drl");
        assertThat(version.text("/files/1/content")).isEqualTo(Plans.CONTRACT_EXAMPLE.text());
        assertThat(version.text("/files/1/sha256")).isEqualTo(Plans.CONTRACT_EXAMPLE.sha256());
        assertThat(version.json().at("/rules").size()).isEqualTo(6);
        assertThat(version.text("/activatedBy")).isEqualTo("admin");
    }

    @Test
    void unknownVersionsAndUnsupportedFilesAreRefusedClearly() {
        String village = township.aVillage();

        assertThat(township.api().get("/api/villages/" + village + "/rule-sets/7").status()).isEqualTo(404);
        assertThat(township.api().post("/api/villages/" + village + "/rule-sets/7/activate").status()).isEqualTo(404);
        Api.Reply wrongType = township.api().upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("方案.docx", "not a rule file"));
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.text("/errors/0/file")).isEqualTo("方案.docx");
        Api.Reply nothing = township.api().upload("/api/villages/" + village + "/rule-sets");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(township.api().upload("/api/villages/no-such-village/rule-sets", Plans.CONTRACT_EXAMPLE).status())
                .isEqualTo(404);
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json().size()).isZero();
    }
}
