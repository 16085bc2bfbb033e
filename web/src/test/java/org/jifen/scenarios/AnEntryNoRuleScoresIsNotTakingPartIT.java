package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Staff mistype an event type ("参加村民会议" for the plan's 参加村民大会): the entry is kept, scores nothing, and does not
 * count as the household taking part, neither for a month-end rule on {@code events > 0} ("当月无扣分") nor in the
 * township's participation (ADR 0127).
 */
@AppTest
class AnEntryNoRuleScoresIsNotTakingPartIT {

    @Autowired
    Township township;

    @Test
    void aMistypedEntryEarnsNoMonthEndPointsAndIsNotParticipation() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long mistyped = township.aHousehold(village);
        long present = township.aHousehold(village);
        assertThat(township.anEvent(village, mistyped, "参加村民会议", "2024-07-03").status()).isBetween(200, 201);
        township.anEvent(village, present, "参加村民大会", "2024-07-03");

        Api.Reply evaluated = township.api().post("/api/villages/" + village + "/months/2024-07/evaluate");

        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        assertThat(rules(village, mistyped)).as("nothing for the mistyped entry").isEmpty();
        assertThat(rules(village, present)).containsExactlyInAnyOrder("参加村民大会", "当月无扣分");
        JsonNode overview = township.api().get("/api/township/overview?month=2024-07").json();
        JsonNode row = overview.valueStream().filter(v -> v.at("/code").asString().equals(village))
                .findFirst().orElseThrow();
        assertThat(row.at("/participation/eligible").asInt()).isEqualTo(2);
        assertThat(row.at("/participation/active").asInt()).as("only the household a rule scored").isEqualTo(1);
    }

    private java.util.List<String> rules(String village, long household) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/2024-07").json()
                .at("/awards").valueStream().map(award -> award.at("/rule").asString()).toList();
    }
}
