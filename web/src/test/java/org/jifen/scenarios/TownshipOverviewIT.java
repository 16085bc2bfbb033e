package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The township watches all its villages: coverage, the plans filed with it (上报备案), the cycle's progress. */
@AppTest
class TownshipOverviewIT {

    @Autowired
    Township township;

    @Test
    void theTownshipSeesEachVillagesFiledPlanAndProgress() {
        String village = township.aVillage();
        township.aHousehold(village);
        township.aHousehold(village);
        township.anIneligibleHousehold(village);
        int version = township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.api().post("/api/villages/" + village + "/group-members", json("name", "沈建国", "role", "组长"));
        String bare = township.aVillage();

        Api.Reply overview = township.aUser("AUDITOR", null).get("/api/township/overview");

        assertThat(overview.status()).isEqualTo(200);
        JsonNode row = row(overview, village);
        assertThat(row.at("/households").asInt()).isEqualTo(3);
        assertThat(row.at("/eligibleHouseholds").asInt()).isEqualTo(2);
        assertThat(row.at("/activePlanVersion").asInt()).isEqualTo(version);
        assertThat(row.at("/activePlan/sha256").asString()).hasSize(64);
        assertThat(row.at("/activePlan/rules").asInt()).isEqualTo(5);
        assertThat(row.at("/activePlan/activatedBy").asString()).isEqualTo("admin");
        assertThat(row.at("/activePlan/activatedAt").asString()).isNotBlank();
        assertThat(row.at("/groupMembers").asInt()).isEqualTo(1);
        assertThat(row.at("/monthsFinalised").asInt()).isZero();
        assertThat(row.at("/lastNotice").isNull()).isTrue();
        assertThat(row(overview, bare).at("/activePlanVersion").isNull()).isTrue();
    }

    @Test
    void villageStaffDoNotSeeTheTownshipsView() {
        String village = township.aVillage();

        assertThat(township.aUser("STAFF", village).get("/api/township/overview").status()).isEqualTo(403);
        assertThat(township.aUser("VILLAGE_ADMIN", village).get("/api/township/overview").status()).isEqualTo(403);
    }

    private static JsonNode row(Api.Reply overview, String village) {
        for (JsonNode row : overview.json()) {
            if (row.at("/code").asString().equals(village)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + village + " in " + overview);
    }
}
