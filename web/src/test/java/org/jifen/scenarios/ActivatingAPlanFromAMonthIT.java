package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import java.util.Map;
import org.jifen.engine.ContractExample;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A village activates a plan version from a month on (ADR 0055, 0056), on 10 September 2024 (the service's clock
 * stands there): by default from next month; from the current or a past month by re-scoring its open months, seen
 * first in a dry run; never over a finalised month. Version 2 raises the village meeting from 2 to 3 points and the
 * month-end item from 10 to 15.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class ActivatingAPlanFromAMonthIT {

    static final PlanFile RAISED = PlanFile.of("示例方案.drl", ContractExample.DRL
            .replace("awards.add(2, \"村民议事\");", "awards.add(3, \"村民议事\");")
            .replace("awards.add(10, \"文明新风\");", "awards.add(15, \"文明新风\");"));

    @Autowired
    Township township;

    @Test
    void withoutAMonthALaterVersionTakesOverNextMonthAndEveryListingSaysWhichMonthsEachGoverns() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        upload(village, RAISED);

        Api.Reply activated = township.api().post(plans(village) + "/2/activate");

        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(activated.text("/status")).isEqualTo("SCHEDULED");
        assertThat(activated.text("/activation/from")).isEqualTo("2024-10");
        assertThat(activated.json().at("/activation/rescored").size()).isZero();
        Api.Reply september = township.anEvent(village, household, "参加村民大会", "2024-09-09");
        assertThat(september.json().at("/ruleSetVersion").asInt()).as("September is still version 1's").isEqualTo(1);
        assertThat(september.json().at("/awards/0/points").asInt()).isEqualTo(2);
        JsonNode versions = township.api().get(plans(village)).json();
        assertThat(versions.findValuesAsString("status")).containsExactly("ACTIVE", "SCHEDULED");
        assertThat(versions.at("/0/governs/0/from").isNull()).isTrue();
        assertThat(versions.at("/0/governs/0/until").asString()).isEqualTo("2024-09");
        assertThat(versions.at("/1/governs/0/from").asString()).isEqualTo("2024-10");
        assertThat(versions.at("/1/governs/0/until").isNull()).isTrue();
        JsonNode row = township.api().get("/api/township/overview").json().valueStream()
                .filter(village(village)).findFirst().orElseThrow();
        assertThat(row.at("/activePlanVersion").asInt()).isEqualTo(1);
        assertThat(row.at("/nextPlan/version").asInt()).isEqualTo(2);
        assertThat(row.at("/nextPlan/from").asString()).isEqualTo("2024-10");

        Api.Reply again = township.api().post(plans(village) + "/2/activate");
        assertThat(again.json().at("/activation/changed").asBoolean()).as("already scheduled: nothing changes")
                .isFalse();
        JsonNode history = township.api().get("/api/villages/" + village + "/plan-activations").json();
        assertThat(history.findValuesAsString("activatedBy")).containsExactly("admin", "admin");
        assertThat(history.at("/0/from").isNull()).isTrue();
        assertThat(history.at("/1/from").asString()).isEqualTo("2024-10");
        JsonNode audited = township.api().get("/api/villages/" + village + "/audit-log?act=plan.activated").json();
        assertThat(audited.at("/entries/1/details/from").asString()).isEqualTo("2024-10");
        assertThat(audited.at("/entries/1/details/changed").asBoolean()).isTrue();

        // Version 1 again from November: it governs September and November on, version 2 October only.
        Api.Reply back = township.api().post(plans(village) + "/1/activate", json("from", "2024-11"));
        assertThat(back.text("/status")).isEqualTo("ACTIVE");
        assertThat(back.json().at("/governs").size()).isEqualTo(2);
        assertThat(back.json().at("/governs/0/until").asString()).isEqualTo("2024-09");
        assertThat(back.json().at("/governs/1/from").asString()).isEqualTo("2024-11");
        assertThat(back.json().at("/governs/1/until").isNull()).isTrue();
    }

    @Test
    void aVersionFromAPastMonthReScoresItsOpenMonthsByReversingEntriesAndBackFilledEventsKeepTheirMonthsVersion() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long august = township.anEvent(village, household, "参加村民大会", "2024-08-20").id("/awards/0/id");
        township.anEvent(village, household, "参加村民大会", "2024-09-02");
        township.anEvent(village, household, "见义勇为", "2024-09-03");
        assertThat(township.api().post("/api/villages/" + village + "/months/2024-08/evaluate").status())
                .isEqualTo(200);
        upload(village, RAISED);
        assertThat(total(village, household, "2024-08")).isEqualTo(2 + 10);
        assertThat(total(village, household, "2024-09")).isEqualTo(2 + 20);

        Api.Reply activated = township.api().post(plans(village) + "/2/activate", json("from", "2024-08"));

        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
        assertThat(activated.text("/status")).isEqualTo("ACTIVE");
        JsonNode rescored = activated.json().at("/activation/rescored");
        assertThat(rescored.valueStream().map(month -> month.at("/month").asString()))
                .containsExactly("2024-08", "2024-09");
        assertThat(rescored.at("/0/versionBefore").asInt()).isEqualTo(1);
        assertThat(rescored.at("/0/households/0/before").asInt()).isEqualTo(12);
        assertThat(rescored.at("/0/households/0/after").asInt()).isEqualTo(3 + 15);
        assertThat(rescored.at("/1/households/0/difference").asInt()).isEqualTo(1);
        assertThat(total(village, household, "2024-08")).isEqualTo(18);
        assertThat(total(village, household, "2024-09")).isEqualTo(23);
        assertThat(month(village, household, "2024-08").at("/ruleSetVersion").asInt()).isEqualTo(2);
        Api.Reply verified = township.api().get("/api/villages/" + village + "/ledger/verify");
        assertThat(verified.json().at("/valid").asBoolean()).isTrue();
        assertThat(verified.json().at("/entries").asInt()).as("4 entries, 4 taken back, 4 granted again")
                .isEqualTo(12);

        JsonNode old = township.api().get("/api/awards/" + august + "/trace").json();
        assertThat(old.at("/ruleSet/version").asInt()).as("the old entry keeps its version").isEqualTo(1);
        assertThat(old.at("/rule/source").asString()).contains("awards.add(2, \"村民议事\")");
        long reversal = old.at("/award/reversedBy").asLong();
        JsonNode takenBack = township.api().get("/api/awards/" + reversal + "/trace").json();
        assertThat(takenBack.at("/award/source").asString()).isEqualTo("RESCORE");
        assertThat(takenBack.at("/award/reverses").asLong()).isEqualTo(august);
        assertThat(takenBack.at("/award/reason").asString()).contains("第 2 版").contains("2024-08");
        JsonNode granted = month(village, household, "2024-08").at("/awards").valueStream()
                .filter(entry -> entry.at("/source").asString().equals("EVENT")
                        && entry.at("/ruleSetVersion").asInt() == 2)
                .findFirst().orElseThrow();
        assertThat(granted.at("/points").asInt()).isEqualTo(3);
        assertThat(township.api().get("/api/awards/" + granted.at("/id").asLong() + "/trace").json()
                .at("/ruleSet/activatedFrom").asString()).isEqualTo("2024-08");

        Api.Reply july = township.anEvent(village, household, "参加村民大会", "2024-07-30");
        Api.Reply lateAugust = township.anEvent(village, household, "参加村民大会", "2024-08-31");
        assertThat(july.json().at("/ruleSetVersion").asInt()).as("July is still version 1's").isEqualTo(1);
        assertThat(july.json().at("/awards/0/points").asInt()).isEqualTo(2);
        assertThat(lateAugust.json().at("/ruleSetVersion").asInt()).isEqualTo(2);
        assertThat(lateAugust.json().at("/awards/0/points").asInt()).isEqualTo(3);
    }

    @Test
    void aVersionThatNoLongerScoresAnEventTypeSaysSoInTheSimulationTheDryRunAndTheHouseholdsMonth() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.anEvent(village, household, "参加村民大会", "2024-09-02");
        township.anEvent(village, household, "见义勇为", "2024-09-03");
        township.anEvent(village, household, "见义勇为", "2024-09-08");
        upload(village, PlanFile.of("示例方案.drl", ContractExample.DRL.replace("""
                rule "见义勇为"
                when
                    Event( type == "见义勇为" )
                then
                    awards.bonus(20, "文明新风");
                end
                """, "")));

        Api.Reply simulated = township.api().get(plans(village) + "/2/simulation?month=2024-09");
        Api.Reply dryRun = township.api().post(plans(village) + "/2/activate?dryRun=true", json("from", "2024-09"));
        township.api().post(plans(village) + "/2/activate", json("from", "2024-09"));

        assertThat(simulated.json().at("/noLongerScored").toString())
                .isEqualTo("[{\"type\":\"见义勇为\",\"events\":2}]");
        assertThat(dryRun.json().at("/activation/rescored/0/noLongerScored").toString())
                .isEqualTo("[{\"type\":\"见义勇为\",\"events\":2}]");
        assertThat(month(village, household, "2024-09").toString()).contains("按第 2 版，这件事不计分");
    }

    @Test
    void aDryRunShowsEachHouseholdsMonthBeforeAndAfterAndKeepsNothing() {
        String village = township.aVillage();
        long first = township.aHousehold(village);
        long second = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.anEvent(village, first, "参加村民大会", "2024-09-02");
        township.anEvent(village, second, "见义勇为", "2024-09-03");
        upload(village, RAISED);
        String ledger = township.api().get("/api/villages/" + village + "/ledger/verify").body();

        Api.Reply dryRun = township.api().post(plans(village) + "/2/activate?dryRun=true", json("from", "2024-09"));

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().at("/activation/dryRun").asBoolean()).isTrue();
        assertThat(dryRun.json().at("/status").asString()).as("the version as it stands: nothing was kept")
                .isEqualTo("READY");
        assertThat(dryRun.json().at("/activatedBy").isNull()).isTrue();
        JsonNode september = dryRun.json().at("/activation/rescored/0");
        assertThat(september.at("/month").asString()).isEqualTo("2024-09");
        assertThat(september.at("/householdsChanged").asInt()).isEqualTo(1);
        Map<Long, JsonNode> rows = new java.util.HashMap<>();
        september.at("/households").forEach(row -> rows.put(row.at("/householdId").asLong(), row));
        assertThat(rows.get(first).at("/before").asInt()).isEqualTo(2);
        assertThat(rows.get(first).at("/after").asInt()).isEqualTo(3);
        assertThat(rows.get(second).at("/difference").asInt()).isZero();
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").body()).as("nothing kept")
                .isEqualTo(ledger);
        assertThat(township.api().get(plans(village)).json().findValuesAsString("status"))
                .containsExactly("ACTIVE", "READY");
        assertThat(total(village, first, "2024-09")).isEqualTo(2);
        assertThat(township.api().get("/api/villages/" + village + "/plan-activations").json().size()).isEqualTo(1);

        Api.Reply activated = township.api().post(plans(village) + "/2/activate", json("from", "2024-09"));
        assertThat(activated.json().at("/activation/rescored/0/households"))
                .as("the activation does what its dry run showed").isEqualTo(september.at("/households"));
        assertThat(total(village, first, "2024-09")).isEqualTo(3);
    }

    @Test
    void aMonthThatWouldReScoreAFinalisedMonthIsRefusedInChineseAndAMalformedOneIsABadRequest() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.anEvent(village, household, "参加村民大会", "2024-08-05");
        township.aFinalisedMonth(village, "2024-08", township.aSelfGovernanceGroup(village));
        upload(village, RAISED);

        for (String from : List.of("2024-08", "2024-07")) {
            for (String dryRun : List.of("", "?dryRun=true")) {
                Api.Reply refused = township.api().post(plans(village) + "/2/activate" + dryRun, json("from", from));
                assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.text("/type")).endsWith("/finalised-months-in-range");
                assertThat(refused.text("/detail")).contains("2024-08").contains("已经定稿").contains("2024-09");
                assertThat(refused.text("/earliestFrom")).isEqualTo("2024-09");
            }
        }
        for (Object malformed : List.of("2024-13", "2024/09", "九月", "2024-9", "+02024-09", 202409,
                List.of("2024-09"))) {
            Api.Reply refused = township.api().post(plans(village) + "/2/activate", json("from", malformed));
            assertThat(refused.status()).as(malformed + " → " + refused).isEqualTo(400);
            assertThat(refused.text("/detail")).containsPattern("\\p{IsHan}");
        }
        for (String notABody : List.of("null", "")) {
            Api.Reply refused = township.api().postRaw(plans(village) + "/2/activate", notABody);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.text("/detail")).contains("请求体");
        }
        Api.Reply noVersion = township.api().post(plans(village) + "//activate", json("from", "2024-09"));
        assertThat(noVersion.status()).as(noVersion.toString()).isEqualTo(400);
        assertThat(noVersion.contentType()).startsWith("application/problem+json");
        assertThat(noVersion.text("/detail")).contains("//");
        assertThat(township.api().post(plans(village) + "/2/activate?dryRun=maybe", json("from", "2024-09"))
                .status()).isEqualTo(400);
        for (String implausible : List.of("2204-09", "1999-01")) {
            Api.Reply refused = township.api().post(plans(village) + "/2/activate", json("from", implausible));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.text("/detail")).contains(implausible).contains("不合理");
        }
        assertThat(township.api().get(plans(village)).json().findValuesAsString("status"))
                .as("nothing changed").containsExactly("ACTIVE", "READY");
        assertThat(township.api().get("/api/villages/" + village + "/plan-activations").json().size()).isEqualTo(1);

        Api.Reply fromSeptember = township.api().post(plans(village) + "/2/activate", json("from", "2024-09"));
        assertThat(fromSeptember.status()).as(fromSeptember.toString()).isEqualTo(200);
        assertThat(month(village, household, "2024-08").at("/total").asInt()).as("August stays as finalised")
                .isEqualTo(12);
    }

    private void upload(String village, PlanFile plan) {
        Api.Reply uploaded = township.api().upload(plans(village), plan);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    }

    private static String plans(String village) {
        return "/api/villages/" + village + "/rule-sets";
    }

    private static java.util.function.Predicate<JsonNode> village(String code) {
        return row -> row.at("/code").asString().equals(code);
    }

    private JsonNode month(String village, long household, String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }

    private int total(String village, long household, String month) {
        return month(village, household, month).at("/total").asInt();
    }
}
