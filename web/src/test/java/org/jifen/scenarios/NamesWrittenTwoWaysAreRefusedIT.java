package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.Map;
import org.jifen.engine.HostileCorpus;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Attack tryout 8, N3 (ADR 0203): a village uploads a reward 「五好文明户」 and a deduction 「五好文明戶」 that read the
 * same on the notice board, and a rule on 「垃圾分類檢查合格」 beside one on 「垃圾分类检查合格」 that staff record.
 * Each is refused 422 at its file and line, naming both names and the differing character; nothing is stored. A plan
 * written wholly in traditional characters, each name one way, is accepted; and staff who record a traditional
 * variant of a type the plan scores are told which character differs. The clock stands on 10 September 2024.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class NamesWrittenTwoWaysAreRefusedIT {

    @Autowired
    Township township;

    @Test
    void twoRuleNamesOneVariantApartAreRefusedNamingTheCharacterAndNothingIsStored() {
        String village = township.aVillage();

        Api.Reply refused = township.api().upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("文明户.drl", HostileCorpus.TWO_NAMES_ONE_VARIANT_APART));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors").size()).isEqualTo(1);
        assertThat(refused.text("/errors/0/file")).isEqualTo("文明户.drl");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(14);
        assertThat(refused.text("/errors/0/message")).isEqualTo("规则名「五好文明戶」和 文明户.drl 第 7 行的「五好文明户」"
                + "只差繁简、异体或形近的字（第 5 个字符「戶」和「户」），公示时村民看不出是两项：如果是同一项，请删掉一条；"
                + "如果是两项，请把名称改得一眼能看出区别");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json().size()).isZero();
    }

    @Test
    void aRuleOnATraditionalEventTypeBesideItsSimplifiedFormIsRefusedAtTheRuleThatWouldNeverFire() {
        String village = township.aVillage();

        Api.Reply refused = township.api().upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("垃圾分类.drl", HostileCorpus.ONE_EVENT_TYPE_WRITTEN_TWO_WAYS));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(14);
        assertThat(refused.text("/errors/0/message")).contains("事件类型「垃圾分類檢查合格」", "「垃圾分类检查合格」",
                "第 4 个字符「類」和「类」", "按另一种写的规则永远不会计分");
    }

    @Test
    void aPlanWhollyInTraditionalCharactersIsAcceptedAndAVariantRecordedIsToldWhatThePlanWrites() {
        String village = township.aVillage();
        long household = township.aHousehold(village);

        township.anActivePlan(village, PlanFile.of("繁體方案.drl",
                HostileCorpus.rule("Event( type == \"參加村民大會\" )", "awards.add(2, \"村民议事\");")));
        JsonNode simplified = record(village, household, "参加村民大会");
        JsonNode traditional = record(village, household, "參加村民大會");

        assertThat(traditional.at("/notices").size()).as("the plan's own writing scores").isZero();
        assertThat(simplified.at("/notices/0").asString()).isEqualTo("事件类型「参加村民大会」和方案里的「參加村民大會」"
                + "只差繁简、异体或形近的字（第 1 个字符「参」和「參」、第 6 个字符「会」和「會」），方案只认「參加村民大會」，"
                + "所以没有记分：请按方案的写法重新记一次");
    }

    private JsonNode record(String village, long household, String type) {
        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events", json("eventId",
                "e-" + System.nanoTime(), "householdId", household, "type", type, "occurredOn", "2024-09-02",
                "quantity", 1, "attributes", Map.of()));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json();
    }
}
