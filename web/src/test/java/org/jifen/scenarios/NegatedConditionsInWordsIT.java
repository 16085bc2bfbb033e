package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attack tryout 11, N6: the standard sentence 「家庭户没有标签 "独居老人户"」 was said 「标签有「独居老人户」」 on the plan
 * page, in the diff and in the award's trace, the opposite of what is scored. All three say the negation, from the
 * same words (ADR 0233).
 */
@AppTest
class NegatedConditionsInWordsIT {

    private static final String RULES = """
            package villages.notwords;
            import org.jifen.rules.Event;
            import org.jifen.rules.Household;
            global org.jifen.rules.Awards awards;

            rule "垃圾分类不合格"
            when
                当 事件类型为 "垃圾分类不合格" 时
            %s
            then
                按数量每次扣 3 分 计入 "人居环境"
            end
            """;

    @Autowired
    Township township;

    @Test
    void aRuleForHouseholdsWithoutATagSaysWithoutOnThePlanPageTheDiffAndTheTrace() {
        String village = township.aVillage();
        long alone = township.aHousehold(village, "独居老人户");
        long other = township.aHousehold(village);
        township.anActivePlan(village, PlanFile.of("村规.dslr", RULES.formatted("")));
        Api.Reply second = township.api().upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("村规.dslr", RULES.formatted("    家庭户没有标签 \"独居老人户\"")));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        Api.Reply diff = township.api().get("/api/villages/" + village + "/rule-sets/2/diff");
        assertThat(diff.json().at("/changed/0/inWords").get(0).asString()).isEqualTo(
                "什么时候：记一件事时；事件类型是「垃圾分类不合格」 → 记一件事时；事件类型是「垃圾分类不合格」；家庭户标签没有「独居老人户」");
        Browser admin = township.browser();
        admin.signIn(township.aLogin("VILLAGE_ADMIN", village));
        assertThat(admin.get("/v/" + village + "/plan/2").body()).contains("家庭户标签没有「独居老人户」")
                .doesNotContain("标签有「独居老人户」");

        assertThat(township.api().post("/api/villages/" + village + "/rule-sets/2/activate",
                json("from", "2024-09")).status()).isEqualTo(200);
        Api.Reply spared = township.api().post("/api/villages/" + village + "/events", json("eventId", "nw-alone",
                "householdId", alone, "type", "垃圾分类不合格", "occurredOn", "2024-09-02"));
        Api.Reply deducted = township.api().post("/api/villages/" + village + "/events", json("eventId", "nw-other",
                "householdId", other, "type", "垃圾分类不合格", "occurredOn", "2024-09-02"));

        assertThat(spared.json().at("/awards").size()).as("the tagged household is not scored").isZero();
        assertThat(deducted.json().at("/awards/0/points").asInt()).isEqualTo(-3);
        Api.Reply trace = township.api().get("/api/awards/" + deducted.id("/awards/0/id") + "/trace");
        assertThat(trace.text("/rule/inWords/when/2")).isEqualTo("家庭户标签没有「独居老人户」");
    }
}
