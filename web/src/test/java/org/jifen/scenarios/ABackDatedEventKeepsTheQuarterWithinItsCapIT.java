package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.engine.ContractExample;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Finding F7 (ADR 0218): November is finalised while October is still open (out of order, which is allowed), and an
 * event is then back-dated into October. 「参加志愿服务」 counts at most 10 a quarter, so October gets only what
 * finalised November left of the quarter: when it is recorded, when its page is read, and when it is finalised and
 * posted on the notice. The clock stands on 10 December 2026.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2026-12-10T01:00:00Z")
class ABackDatedEventKeepsTheQuarterWithinItsCapIT {

    static final PlanFile PLAN = PlanFile.of("示例方案.drl", ContractExample.DRL + """

            rule "参加志愿服务"
                @cap(10) @capPer("quarter")
            when
                $e : Event( type == "参加志愿服务" )
            then
                awards.add(5 * $e.getQuantity(), "文明新风");
            end
            """);

    @Autowired
    Township township;

    String village;
    long household;
    List<Long> group;

    @BeforeEach
    void aVillageWithTheQuarterlyCappedVolunteering() {
        village = township.aVillage();
        township.anActivePlan(village, PLAN);
        household = township.aHouseholdIn(village, "一组", "张建华");
        group = township.aSelfGovernanceGroup(village);
    }

    @Test
    void octoberBackFilledAfterNovemberWasFinalisedWithTheQuarterFullCountsNothing() {
        assertThat(counted(volunteering("2026-11-05", 1))).isEqualTo(5);
        assertThat(counted(volunteering("2026-11-06", 1))).isEqualTo(5);
        township.aFinalisedMonth(village, "2026-11", group);

        Api.Reply october = volunteering("2026-10-05", 2);

        assertThat(counted(october)).as("November already counted the quarter's 10").isZero();
        assertThat(october.json().at("/notices").toString()).contains("「参加志愿服务」每季度最多计 10 分");
        JsonNode page = month("2026-10");
        assertThat(page.at("/total").asInt()).as("October's page, read later").isZero();
        assertThat(page.at("/adjustments").toString()).contains("「参加志愿服务」每季度最多计 10 分");

        township.aFinalisedMonth(village, "2026-10", group);
        assertThat(counted(volunteering("2026-12-02", 1))).as("December too").isZero();

        JsonNode row = township.api().get("/api/villages/" + village + "/notices/2026-Q4").json()
                .at("/groups/0/households/0");
        // Each finalised month also counts 10 of 当月无扣分; 参加志愿服务 counts its 10 once, in November.
        assertThat(row.at("/months/2026-10").asInt()).isEqualTo(10);
        assertThat(row.at("/months/2026-11").asInt()).isEqualTo(20);
        assertThat(row.at("/total").asInt()).isEqualTo(30);
    }

    @Test
    void octoberBackFilledCountsWhatNovemberLeftOfTheQuarter() {
        assertThat(counted(volunteering("2026-11-05", 1))).isEqualTo(5);
        township.aFinalisedMonth(village, "2026-11", group);

        Api.Reply october = volunteering("2026-10-05", 2);

        assertThat(counted(october)).as("10 asked, 5 left of the quarter").isEqualTo(5);
        assertThat(month("2026-10").at("/total").asInt()).isEqualTo(5);
        township.api().post("/api/villages/" + village + "/months/2026-10/evaluate");
        assertThat(month("2026-10").at("/total").asInt()).as("with 当月无扣分 evaluated").isEqualTo(15);
    }

    private Api.Reply volunteering(String occurredOn, int quantity) {
        return township.anEvent(village, household, "参加志愿服务", occurredOn, quantity);
    }

    private JsonNode month(String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }

    private static long counted(Api.Reply recorded) {
        return recorded.json().at("/awards/0/counted").asLong();
    }
}
