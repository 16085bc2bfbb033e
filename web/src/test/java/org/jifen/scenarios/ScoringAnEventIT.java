package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.Map;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The whole path: a village uploads and activates its plan, staff record an event, an auditor traces the points. */
@AppTest
class ScoringAnEventIT {

    @Autowired
    Township township;

    @Test
    void staffRecordAnEventAndAnAuditorTracesItsPointsToTheRuleThatGrantedThem() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        Api.Reply uploaded = township.api().upload("/api/villages/" + village + "/rule-sets", Plans.CONTRACT_EXAMPLE);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().at("/version").asInt()).isEqualTo(1);
        assertThat(uploaded.text("/sha256")).hasSize(64);
        assertThat(uploaded.text("/status")).isEqualTo("READY");
        assertThat(uploaded.text("/files/0/name")).isEqualTo("示例方案.drl");
        assertThat(uploaded.text("/files/0/sha256")).hasSize(64);
        Api.Reply activated = township.api().post("/api/villages/" + village + "/rule-sets/1/activate");
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.text("/status")).isEqualTo("ACTIVE");

        Api staff = township.aUser("STAFF", village);
        Api.Reply recorded = staff.post("/api/villages/" + village + "/events", json(
                "eventId", "evt-1", "householdId", household, "type", "参加村民大会",
                "occurredOn", "2024-07-15", "quantity", 1, "attributes", Map.of("会议", "七月村民大会"),
                "note", "签到表第 3 页"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.text("/eventId")).isEqualTo("evt-1");
        assertThat(recorded.json().at("/ruleSetVersion").asInt()).isEqualTo(1);
        JsonNode award = recorded.json().at("/awards/0");
        assertThat(award.at("/rule").asString()).isEqualTo("参加村民大会");
        assertThat(award.at("/category").asString()).isEqualTo("村民议事");
        assertThat(award.at("/kind").asString()).isEqualTo("BASE");
        assertThat(award.at("/points").asInt()).isEqualTo(2);

        Api.Reply month = staff.get("/api/villages/" + village + "/households/" + household + "/months/2024-07");
        assertThat(month.status()).isEqualTo(200);
        assertThat(month.text("/month")).isEqualTo("2024-07");
        assertThat(month.json().at("/base").asInt()).isEqualTo(2);
        assertThat(month.json().at("/bonus").asInt()).isZero();
        assertThat(month.json().at("/total").asInt()).isEqualTo(2);
        assertThat(month.json().at("/vetoed").asBoolean()).isFalse();
        assertThat(month.json().at("/finalised").asBoolean()).isFalse();
        assertThat(month.json().at("/awards/0/id").asLong()).isEqualTo(award.at("/id").asLong());

        Api auditor = township.aUser("AUDITOR", null);
        Api.Reply trace = auditor.get("/api/awards/" + award.at("/id").asLong() + "/trace");
        assertThat(trace.status()).as(trace.toString()).isEqualTo(200);
        assertThat(trace.json().at("/award/points").asInt()).isEqualTo(2);
        assertThat(trace.text("/event/eventId")).isEqualTo("evt-1");
        assertThat(trace.text("/event/attributes/会议")).isEqualTo("七月村民大会");
        assertThat(trace.json().at("/household/id").asLong()).isEqualTo(household);
        assertThat(trace.text("/rule/name")).isEqualTo("参加村民大会");
        assertThat(trace.text("/rule/file")).isEqualTo("示例方案.drl");
        assertThat(trace.json().at("/rule/line").asInt()).isEqualTo(8);
        assertThat(trace.text("/rule/source")).startsWith("rule \"参加村民大会\"")
                .contains("awards.add(2, \"村民议事\");").endsWith("end");
        assertThat(trace.json().at("/ruleSet/version").asInt()).isEqualTo(1);
        assertThat(trace.text("/ruleSet/sha256")).isEqualTo(uploaded.text("/sha256"));
        assertThat(trace.text("/ruleSet/activatedBy")).isEqualTo("admin");
        assertThat(trace.text("/ruleSet/activatedAt")).isNotBlank();
        assertThat(trace.text("/recordedBy")).startsWith("staff-");
        assertThat(trace.text("/recordedAt")).isNotBlank();
    }
}
