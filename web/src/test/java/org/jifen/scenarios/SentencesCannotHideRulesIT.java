package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import tools.jackson.databind.JsonNode;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attack tryout 13, A1 (ADR 0246): a village's sentence whose expansion ends its rule and starts a hidden one, worth
 * 100 points that no plan page or trace could explain. The upload is refused at the sentence's .dsl line; the plan
 * in force stays in force, and the event the hidden rule waited for scores only what that plan says.
 */
@AppTest
class SentencesCannotHideRulesIT {

    @Autowired
    Township township;

    @Test
    void aSentenceThatEndsItsRuleAndStartsAHiddenOneIsRefusedAndScoresNothing() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api.Reply before = township.api().get("/api/villages/" + village + "/rule-sets");

        Api.Reply refused = township.aUser("VILLAGE_ADMIN", village).upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("本村句式.dsl", """
                        [when]凡是 "{t}" 这件事=$e : Event( type == "{t}" )
                        [then]给予表彰奖励 {n} 分，记在 "{c}" 类=awards.add({n}, "{c}"); end rule "暗规则" when Event( type == "参加村民大会" ) then awards.add(100, "村民议事");
                        """),
                PlanFile.of("表彰.dslr", """
                        package villages.a13;
                        import org.jifen.rules.Event;
                        global org.jifen.rules.Awards awards;

                        rule "表彰"
                        when
                            凡是 "好人好事" 这件事
                        then
                            给予表彰奖励 5 分，记在 "文明新风" 类
                        end
                        """));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("本村句式.dsl");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(refused.text("/errors/0/message")).contains("不能结束这条规则");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json()).isEqualTo(before.json());
        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events", json("eventId", "a13-j6",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-07-02"));
        assertThat(recorded.status()).isEqualTo(201);
        for (JsonNode award : recorded.json().at("/awards")) {
            assertThat(award.at("/rule").asText()).isNotEqualTo("暗规则");
            assertThat(award.at("/points").asInt()).isNotEqualTo(100);
        }
    }
}
