package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.Map;
import org.jifen.engine.PlanFile;
import org.jifen.plan.PlanTemplate;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10 「每人一次」 (ADR 0155): the template's 参军入伍 is 20 points once, kept apart by 姓名. Two sons of one
 * household enlisting count 20 each; the same son recorded again counts nothing, across months, and the month says
 * whose cap bound. The cap key is kept with each award in the ledger, whose chain still verifies. The clock stands
 * on 10 September 2024.
 */
@AppTest
@TestPropertySource(properties = AnItemCountsOncePerPersonIT.CLOCK)
class AnItemCountsOncePerPersonIT {

    static final String CLOCK = "jifen.clock.fixed-at=2024-09-10T01:00:00Z";

    @Autowired
    Township township;

    private int recordings;

    @Test
    void twoSonsEnlistingCountOnceEachAndTheSameSonRecordedAgainCountsNothing() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx()));

        assertThat(enlisting(village, household, "2024-07-05", "张大")).as("the elder son").isEqualTo(20);
        assertThat(enlisting(village, household, "2024-08-05", "张二")).as("the younger son").isEqualTo(20);
        assertThat(enlisting(village, household, "2024-09-05", "张大")).as("the elder son recorded again").isZero();

        JsonNode september = township.api().get("/api/villages/" + village + "/households/" + household
                + "/months/2024-09").json();
        assertThat(september.at("/bonus").asInt()).isZero();
        assertThat(september.at("/adjustments/0/explanation").asString())
                .isEqualTo("「参军入伍」（姓名「张大」）累计最多计 20 分");
        assertThat(township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-08")
                .json().at("/bonus").asInt()).isEqualTo(20);
        assertThat(township.api().get("/api/villages/" + village + "/ledger/verify").json().at("/valid").asBoolean())
                .as("the cap key is in the chain and reads back the same").isTrue();
        JsonNode rules = township.api().get("/api/villages/" + village + "/rule-sets/1").json().at("/rules");
        assertThat(rules.valueStream().filter(rule -> rule.at("/name").asString().equals("参军入伍"))
                .map(rule -> rule.at("/capBy").asString())).containsExactly("姓名");
    }

    /**
     * ADR 0174: a name pasted with a no-break or full-width space is the same person; one with a zero-width space or a
     * direction override (which shows 「\u202e大张」 as 「张大」) is refused, naming the attribute, and records nothing.
     */
    @Test
    void aNameTypedWithOtherSpacesIsTheSamePersonAndOneWithInvisibleCharactersIsRefused() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx()));

        assertThat(enlisting(village, household, "2024-07-05", "张大")).isEqualTo(20);
        assertThat(enlisting(village, household, "2024-07-06", "张大\u00a0")).as("with a no-break space").isZero();
        assertThat(enlisting(village, household, "2024-07-07", "\u3000张大")).as("with a full-width space").isZero();
        for (String hidden : new String[] {"张大\u200b", "\u202e大张", "张\u001b大"}) {
            Api.Reply refused = record(village, household, "2024-07-08", hidden);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.body()).contains("attributes[姓名]", "看不见的字符");
        }
        // attack tryout 18, F10: a value sent as JSON null answered 500
        Map<String, Object> noValue = new java.util.HashMap<>();
        noValue.put("姓名", null);
        Api.Reply refused = township.api().post("/api/villages/" + village + "/events", json("eventId", "enlist-null",
                "householdId", household, "type", "参军入伍", "occurredOn", "2024-07-09", "attributes", noValue));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("attributes[姓名]", "这个属性没有值");
        // attack tryout 18: the detail says the attribute in words, not the validator's path
        assertThat(refused.text("/detail")).contains("attributes 里「姓名」的值 这个属性没有值").doesNotContain("<map value>");
        assertThat(township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-07")
                .json().at("/bonus").asInt()).isEqualTo(20);
    }

    private long enlisting(String village, long household, String on, String name) {
        Api.Reply recorded = record(village, household, on, name);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json().at("/awards/0/counted").asLong();
    }

    private Api.Reply record(String village, long household, String on, String name) {
        Api clerk = recordedThrough(township.api(), recordings++);
        return clerk.post("/api/villages/" + village + "/events", json("eventId",
                "enlist-" + household + "-" + on, "householdId", household, "type", "参军入伍", "occurredOn", on,
                "attributes", Map.of("姓名", name)));
    }

    /** Where a test's recordings arrive: all on this node here; the later ones on the other in the two nodes' test. */
    Api recordedThrough(Api clerk, int recording) {
        return clerk;
    }
}
