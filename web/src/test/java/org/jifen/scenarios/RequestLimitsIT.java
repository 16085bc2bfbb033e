package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.jifen.support.hostile.RawHttp;
import org.jifen.support.hostile.RawRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A client that sends too much, too deep, the wrong way or to the wrong place gets a 4xx problem that says what is
 * wrong in Chinese, never a 500: each limit once, by name (HostileInputIT covers them at random).
 */
@AppTest
class RequestLimitsIT {

    @Autowired
    Township township;

    @Autowired
    Environment environment;

    @Test
    void tooMuchTooDeepOrTheWrongWayIsRefusedWithAProblemInChinese() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        RawHttp http = new RawHttp("http://localhost:" + environment.getProperty("local.server.port"), "admin",
                Township.ADMIN_PASSWORD);
        String events = "/api/villages/" + village + "/events";
        String huge = "{\"eventId\":\"big-1\",\"householdId\":" + household + ",\"type\":\"参加村民大会\","
                + "\"occurredOn\":\"2024-07-03\",\"note\":\"" + "长".repeat(400_000) + "\"}";

        RawHttp.Answer declared = http.send(RawRequest.json("POST", events, huge, "1.2 MB"));
        StringBuilder manyEvents = new StringBuilder("{\"events\":[");
        for (int i = 0; i < 12_000; i++) {
            manyEvents.append(i == 0 ? "" : ",").append("{\"eventId\":\"many-").append(i)
                    .append("\",\"householdId\":").append(household)
                    .append(",\"type\":\"参加村民大会\",\"occurredOn\":\"2024-07-03\"}");
        }
        RawHttp.Answer chunked = http.sendChunked(RawRequest.json("POST", events + ":batch",
                manyEvents.append("]}").toString(), "12000 events, chunked"));
        RawHttp.Answer deep = http.send(RawRequest.json("POST", events, "{\"eventId\":\"n-1\",\"extra\":"
                + "[".repeat(100) + "]".repeat(100) + "}", "nested 100 deep in a field nobody reads"));
        RawHttp.Answer plainText = http.send(new RawRequest("POST", events, "text/plain",
                "{}".getBytes(StandardCharsets.UTF_8), "text/plain"));
        RawHttp.Answer unknownPath = http.send(new RawRequest("GET", "/api/villages/" + village + "/no-such-thing",
                null, new byte[0], "unknown path"));
        RawHttp.Answer wrongMethod = http.send(new RawRequest("DELETE", events, null, new byte[0], "DELETE"));
        RawHttp.Answer signedMonth = http.send(new RawRequest("POST", "/api/villages/" + village
                + "/months/+99999-01/evaluate", null, new byte[0], "+99999-01"));
        RawHttp.Answer unknownRole = http.send(RawRequest.json("POST", "/api/users",
                "{\"username\":\"someone\",\"password\":\"long-enough\",\"role\":\"EMPEROR\"}", "role"));
        RawHttp.Answer overflow = http.send(RawRequest.json("POST", events, "{\"eventId\":\"o-1\",\"householdId\":"
                + "92233720368547758070,\"type\":\"参加村民大会\",\"occurredOn\":\"2024-07-03\"}", "overflow"));
        RawHttp.Answer badDate = http.send(RawRequest.json("POST", events, "{\"eventId\":\"d-1\",\"householdId\":"
                + household + ",\"type\":\"参加村民大会\",\"occurredOn\":\"2024-02-30\"}", "30 February"));
        RawHttp.Answer zeroQuantity = http.send(RawRequest.json("POST", events,
                "{\"eventId\":\"q-1\",\"householdId\":" + household + ",\"type\":\"参加村民大会\","
                        + "\"occurredOn\":\"2024-07-03\",\"quantity\":0}", "quantity 0"));
        RawHttp.Answer batchToNowhere = http.send(RawRequest.json("POST", "/api/villages/no-such-village/events:batch",
                "{\"events\":[]}", "batch to an unknown village"));

        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(declared.body()).contains("1 MB");
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
        assertThat(deep.status()).as(deep.toString()).isEqualTo(400);
        assertThat(deep.body()).contains("嵌套");
        assertThat(plainText.status()).as(plainText.toString()).isEqualTo(415);
        assertThat(plainText.body()).contains("application/json");
        assertThat(unknownPath.status()).as(unknownPath.toString()).isEqualTo(404);
        assertThat(unknownPath.body()).contains("找不到这个地址");
        assertThat(wrongMethod.status()).as(wrongMethod.toString()).isEqualTo(405);
        assertThat(wrongMethod.allow()).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertThat(signedMonth.status()).as(signedMonth.toString()).isEqualTo(400);
        assertThat(unknownRole.status()).as(unknownRole.toString()).isEqualTo(400);
        assertThat(overflow.status()).as(overflow.toString()).isEqualTo(400);
        assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);
        assertThat(batchToNowhere.status()).as(batchToNowhere.toString()).isEqualTo(404);
        assertThat(zeroQuantity.status()).as(zeroQuantity.toString()).isEqualTo(400);
        assertThat(zeroQuantity.body()).as("the constraint's own message in Chinese, whatever the client's language")
                .containsPattern("\"field\":\"quantity\",\"message\":\"[^\"]*[\\u4e00-\\u9fa5]");
        for (RawHttp.Answer answer : new RawHttp.Answer[] {declared, chunked, deep, plainText, unknownPath,
                wrongMethod, signedMonth, unknownRole, overflow, badDate, zeroQuantity, batchToNowhere}) {
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            assertThat(answer.hasChineseDetail()).as(answer.toString()).isTrue();
        }
    }
}
