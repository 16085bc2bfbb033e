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
 * Attack tryout 14 (ADR 0248): a plan in standard sentences that vetoes on a line starting 「加 5 分」 (B4), and a
 * village's sentence that vetoes under 「不怕否决」 (B3), were accepted and a household's month was vetoed. Each upload is
 * now refused at its line, in words that say what to write instead; the plan in force stays in force.
 */
@AppTest
class SentencesScoreOnlyWhatTheySayIT {

    private static final String HEADER = """
            package villages.a14;
            import org.jifen.rules.Event;
            global org.jifen.rules.Awards awards;

            """;

    @Autowired
    Township township;

    @Test
    void aVetoWrittenAfterAStandardSentenceOnItsLineIsRefusedAtTheLine() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api.Reply before = township.api().get("/api/villages/" + village + "/rule-sets");

        Api.Reply refused = township.aUser("VILLAGE_ADMIN", village).upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("好人好事.dslr", HEADER + """
                        rule "好人好事"
                        when
                            当 事件类型为 "好人好事" 时
                        then
                            加 5 分 计入 "文明新风" awards.veto("平安建设");
                        end
                        """));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("好人好事.dslr");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(9);
        assertThat(refused.text("/errors/0/message")).contains("「awards.veto(\"平安建设\");」", "一行只写一句", "以「>」开头");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json()).isEqualTo(before.json());
    }

    @Test
    void aVillageSentenceThatVetoesUnderAnotherVerbsVetoIsRefusedAtItsLine() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api.Reply before = township.api().get("/api/villages/" + village + "/rule-sets");

        Api.Reply refused = township.aUser("VILLAGE_ADMIN", village).upload("/api/villages/" + village + "/rule-sets",
                PlanFile.of("本村句式.dsl", """
                        [when]凡是 "{t}" 这件事=$e : Event( type == "{t}" )
                        [then]好人好事示范户，不怕否决 计入 "{c}"=awards.veto("{c}");
                        """),
                PlanFile.of("示范户.dslr", HEADER + """
                        rule "示范户"
                        when
                            凡是 "好人好事" 这件事
                        then
                            好人好事示范户，不怕否决 计入 "平安建设"
                        end
                        """));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("/errors/0/file")).isEqualTo("本村句式.dsl");
        assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(refused.text("/errors/0/message")).contains("实际上却是一票否决", "写在句首或逗号后面")
                .doesNotContain("ERR", "$");
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets").json()).isEqualTo(before.json());
    }
}
