package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import java.util.Map;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A village's month holds a bounded number of ledger entries, and a batch writes a bounded number (ADR 0219): the
 * seventh outside attack recorded 500 events of 100 awards a request into one village until its month held 1.5
 * million entries, and every later check and overview of the village crawled. Here a month holds at most 5 entries
 * and a batch writes at most 3; each meeting gives 2, the month-end 1 a household.
 */
@AppTest
@TestPropertySource(properties = {"jifen.clock.fixed-at=2024-09-10T01:00:00Z",
    "jifen.recording.village-month-entries-at-most=5", "jifen.recording.request-entries-at-most=3"})
class AVillageWhoseMonthIsFullRecordsNoMoreIT {

    /** Two entries for a meeting, none for anything else, and one at month-end for a household without deductions. */
    private static final PlanFile TWO_FOR_A_MEETING = PlanFile.of("会议.drl", """
            package villages.test;
            import org.jifen.rules.Event;
            import org.jifen.rules.MonthSummary;
            global org.jifen.rules.Awards awards;

            rule "参加村民大会"
            when
                Event( type == "参加村民大会" )
            then
                awards.add(2, "村民议事");
                awards.add(1, "村民议事");
            end
            rule "月末无扣分"
            when
                MonthSummary( deductions == 0 )
            then
                awards.add(1, "文明新风");
            end
            """);

    @Autowired
    Township township;

    private int sequence;

    @Test
    void anEventThatWouldPassTheMonthsBoundIsRefusedInPlainChineseAndNothingIsWritten() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, TWO_FOR_A_MEETING);
        township.anEvent(village, household, "参加村民大会", "2024-08-02");
        township.anEvent(village, household, "参加村民大会", "2024-08-09");
        Api.Reply monthEnd = township.api().post("/api/villages/" + village + "/months/2024-08/evaluate");
        assertThat(monthEnd.status()).as("a month-end is bounded on its own, never by the month's count")
                .isEqualTo(200);

        Map<String, Object> meeting = event(household, "参加村民大会", "2024-08-16");
        Api.Reply third = record(village, meeting);

        assertThat(third.status()).as(third.toString()).isEqualTo(422);
        assertThat(third.text("/type")).endsWith("/month-ledger-full");
        assertThat(third.text("/detail")).contains("2024-08 的积分台账已有 5 笔积分", "还要记入 2 笔",
                "每个村每个月最多 5 笔", "没有记录", "请联系镇里");
        assertThat(third.json().at("/entries").asLong()).as("the month-end's entry counted too").isEqualTo(5);
        assertThat(third.json().at("/atMost").asLong()).isEqualTo(5);
        assertThat(ledgerEntries(village)).as("nothing written").isEqualTo(5);
        assertThat(township.api().get("/api/villages/" + village + "/events/" + meeting.get("eventId")).status())
                .as("the event itself not kept either").isEqualTo(404);
        assertThat(record(village, event(household, "参加志愿服务", "2024-08-16")).status())
                .as("an event that writes no entry still goes in").isEqualTo(201);
        assertThat(record(village, event(household, "参加村民大会", "2024-09-02")).status())
                .as("another month has room of its own").isEqualTo(201);
        assertThat(ledgerEntries(village)).isEqualTo(7);
    }

    @Test
    void aBatchRecordsWhatFitsAndRefusesEachEventPastItsBoundsOnItsOwn() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, TWO_FOR_A_MEETING);
        Map<String, Object> second = event(household, "参加村民大会", "2024-08-09");

        Api.Reply first = township.api().post("/api/villages/" + village + "/events:batch", json("events", List.of(
                event(household, "参加村民大会", "2024-08-02"), second, event(household, "参加志愿服务", "2024-08-09"))));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().at("/results/0/awards").size()).isEqualTo(2);
        assertThat(first.text("/results/1/type")).endsWith("/batch-entries-too-many");
        assertThat(first.text("/results/1/detail")).contains("这一批事件已经记入 2 笔积分", "还要记入 2 笔",
                "一次提交最多 3 笔", "放到下一批再提交");
        assertThat(first.json().at("/results/2/status").isMissingNode()).as("an event without entries fits").isTrue();
        assertThat(first.json().at("/results/2/awards").size()).isZero();
        assertThat(ledgerEntries(village)).isEqualTo(2);

        Api.Reply again = township.api().post("/api/villages/" + village + "/events:batch", json("events", List.of(
                second, event(household, "参加村民大会", "2024-08-16"))));

        assertThat(again.json().at("/results/0/awards").size()).as("sent again in the next batch").isEqualTo(2);
        assertThat(again.text("/results/1/type")).endsWith("/month-ledger-full");
        assertThat(again.text("/results/1/detail")).contains("已有 4 笔积分", "最多 5 笔");
        assertThat(ledgerEntries(village)).isEqualTo(4);
    }

    private Api.Reply record(String village, Map<String, Object> event) {
        return township.api().post("/api/villages/" + village + "/events", event);
    }

    private Map<String, Object> event(long household, String type, String occurredOn) {
        return json("eventId", "full-" + ++sequence + "-" + System.nanoTime(), "householdId", household, "type", type,
                "occurredOn", occurredOn);
    }

    private long ledgerEntries(String village) {
        Api.Reply verified = township.api().get("/api/villages/" + village + "/ledger/verify");
        assertThat(verified.json().at("/valid").asBoolean()).isTrue();
        return verified.json().at("/entries").asLong();
    }
}
