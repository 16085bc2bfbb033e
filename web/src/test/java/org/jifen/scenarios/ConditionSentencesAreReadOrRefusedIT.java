package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attack tryout 14, B1 (ADR 0247): a village's sentence 「该户属于 "{g}"」 whose code, {@code hasTag("{g}") in (false)},
 * asks for households without the tag in a shape that no page could say in words. The upload is refused at the
 * sentence's .dsl line, in words that say what to write instead; the plan in force stays in force.
 */
@AppTest
class ConditionSentencesAreReadOrRefusedIT {

    @Autowired
    Township township;

    @Test
    void aConditionSentenceWhoseNegationNoPageCouldSayIsRefusedAtItsLine() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api.Reply before = township.api().get("/api/villages/" + village + "/rule-sets");

        Api.Reply refused = township.aUser("VILLAGE_ADMIN", village).upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("本村句式.dsl", """
                        [when]凡是 "{t}" 这件事=$e : Event( type == "{t}" )
                        [when]该户属于 "{g}"=Household( hasTag("{g}") in (false) )
                        [then]加 {n} 分 计入 "{c}"=awards.add({n}, "{c}");
                        """),
                PlanFile.of("低保户.dslr", """
                        package villages.a14;
                        import org.jifen.rules.Event;
                        import org.jifen.rules.Household;
                        global org.jifen.rules.Awards awards;

                        rule "低保户好人好事"
                        when
                            凡是 "好人好事" 这件事
                            该户属于 "低保户"
                        then
                            加 5 分 计入 "文明新风"
                        end
                        """));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("本村句式.dsl");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(refused.text("/errors/0/message")).contains("系统读不懂").contains("count(\"{t}\") == 0")
                .doesNotContain("ERR", "$");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json()).isEqualTo(before.json());
    }
}
