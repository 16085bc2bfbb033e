package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.scenarios.MonthlyEvaluationIT.ledgerSum;
import static org.jifen.support.Api.json;

import java.time.YearMonth;
import java.time.ZoneId;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A mistake found after the month was finalised is corrected (冲正) in the month that is open now: the finalised
 * month stays exactly as approved and posted, and the correction is an entry of its own, with who and why.
 */
@AppTest
class CorrectionsIT {

    @Autowired
    Township township;

    @Test
    void aMistakeInAFinalisedMonthIsCorrectedInTheOpenMonth() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        township.anEvent(village, household, "参加村民大会", "2024-07-03");
        long bravery = township.anEvent(village, household, "见义勇为", "2024-07-09").id("/awards/0/id");
        township.aFinalisedMonth(village, "2024-07", township.aSelfGovernanceGroup(village));
        String open = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        township.anEvent(village, household, "见义勇为", open + "-01");
        Api admin = township.aUser("VILLAGE_ADMIN", village);

        Api.Reply corrected = admin.post("/api/villages/" + village + "/corrections",
                json("awardId", bravery, "reason", "见义勇为事迹经复核不实，冲正"));
        Api.Reply twice = admin.post("/api/villages/" + village + "/corrections",
                json("awardId", bravery, "reason", "再次冲正"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.json().at("/reverses").asLong()).isEqualTo(bravery);
        assertThat(corrected.text("/month")).isEqualTo(open);
        assertThat(corrected.text("/source")).isEqualTo("CORRECTION");
        assertThat(corrected.text("/kind")).isEqualTo("BONUS");
        assertThat(corrected.json().at("/points").asInt()).isEqualTo(-20);
        assertThat(corrected.text("/reason")).isEqualTo("见义勇为事迹经复核不实，冲正");
        assertThat(corrected.text("/recordedBy")).startsWith("village-admin-");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/type")).endsWith("/award-already-reversed");
        JsonNode july = month(village, household, "2024-07");
        assertThat(july.at("/finalised").asBoolean()).isTrue();
        assertThat(july.at("/total").asInt()).isEqualTo(32);
        assertThat(july.at("/awards").findValuesAsString("source")).doesNotContain("CORRECTION");
        JsonNode now = month(village, household, open);
        assertThat(now.at("/awards").findValuesAsString("source")).containsExactly("EVENT", "CORRECTION");
        assertThat(now.at("/bonus").asInt()).isZero();
        assertThat(now.at("/total").asInt()).isZero();
        assertThat(ledgerSum(now)).isZero();
    }

    @Test
    void anOpenMonthIsRejectedNotCorrectedAndAVetoCannotBeCorrected() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(village);
        long open = township.anEvent(village, household, "参加村民大会", "2024-08-03").id("/awards/0/id");
        long veto = township.anEvent(village, household, "违法搭建", "2024-07-03").id("/awards/0/id");
        township.aFinalisedMonth(village, "2024-07", township.aSelfGovernanceGroup(village));

        Api.Reply notFinalised = township.api().post("/api/villages/" + village + "/corrections",
                json("awardId", open, "reason", "登记错误"));
        Api.Reply ofAVeto = township.api().post("/api/villages/" + village + "/corrections",
                json("awardId", veto, "reason", "否决有误"));

        assertThat(notFinalised.status()).isEqualTo(409);
        assertThat(notFinalised.text("/type")).endsWith("/month-not-finalised");
        assertThat(notFinalised.text("/detail")).contains("驳回");
        assertThat(ofAVeto.status()).isEqualTo(422);
        assertThat(ofAVeto.text("/type")).endsWith("/veto-not-correctable");
        assertThat(township.api().post("/api/villages/" + village + "/corrections", json("reason", "缺编号"))
                .status()).isEqualTo(400);
        assertThat(township.api().post("/api/villages/" + village + "/corrections",
                json("awardId", 999999999L, "reason", "不存在")).status()).isEqualTo(404);
        assertThat(township.aUser("AUDITOR", null).post("/api/villages/" + village + "/corrections",
                json("awardId", open, "reason", "审计")).status()).isEqualTo(403);
    }

    private JsonNode month(String village, long household, String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }
}
