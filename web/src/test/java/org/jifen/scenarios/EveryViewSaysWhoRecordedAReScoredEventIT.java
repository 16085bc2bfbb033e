package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Tryout clerk 5, M7: staff record a meeting, and the admin activates version 2 from this month, which re-scores it.
 * The household's month, the phone's month and the trace all name the staff member as who recorded the event, and
 * say the points were re-scored by version 2 and by whom; 今日记录 does not call the re-scoring's reversal 「已撤销」.
 */
@AppTest
class EveryViewSaysWhoRecordedAReScoredEventIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void aReScoredEventIsSaidToBeRecordedByTheStaffMemberAndReScoredByVersionTwo() {
        String village = township.aVillage();
        long household = township.aHouseholdIn(village, "一组", "张国强");
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        YearMonth now = YearMonth.now(clock);
        Township.Login staff = township.aLogin("STAFF", village);
        Browser phone = township.browser();
        phone.signIn(staff);
        String record = "/v/" + village + "/households/" + household + "/record";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", phone.get(record).csrfToken());
        fields.put("eventId", "meeting-" + System.nanoTime());
        fields.put("householdId", String.valueOf(household));
        fields.put("type", "参加村民大会");
        fields.put("quantity", "1");
        fields.put("occurredOn", now.atDay(1).toString());
        phone.postForm(record, fields);

        String plans = "/api/villages/" + village + "/rule-sets";
        Api.Reply raised = township.api().upload(plans, ActivatingAPlanFromAMonthIT.RAISED);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        Api.Reply activated = township.api().post(plans + "/2/activate", json("from", now.toString()));
        assertThat(activated.status()).as(activated.toString()).isEqualTo(200);

        JsonNode month = township.api().get("/api/villages/" + village + "/households/" + household + "/months/"
                + now).json();
        JsonNode rescored = month.at("/awards").valueStream()
                .filter(award -> award.at("/ruleSetVersion").asInt() == 2 && award.at("/reverses").isNull())
                .findFirst().orElseThrow();
        JsonNode trace = township.api().get("/api/awards/" + rescored.at("/id").asLong() + "/trace").json();
        String phoneMonth = phone.get(record).body();
        String today = phone.get("/v/" + village + "/today").body();

        assertThat(rescored.at("/recordedBy").asString()).isEqualTo(staff.username())
                .isEqualTo(trace.at("/recordedBy").asString());
        assertThat(rescored.at("/rescoredBy").asString()).isEqualTo("admin");
        // the re-scoring's reversal is the admin's own entry, and still says so
        assertThat(phoneMonth).contains(" · " + staff.username() + "</span><span class=\"muted\">（按第 2 版重新计分，admin 启用）");
        assertThat(today).contains("（按第 2 版重新计分）", "（启用新版本后已重新计分，这一条不再计入）")
                .doesNotContain("（已撤销）");

        // The auditor's household page opens on the month under way (tryout clerk 5, L7), and says the same.
        Browser auditor = township.browser();
        auditor.signIn(township.aLogin("AUDITOR", null));
        String audited = auditor.get("/v/" + village + "/audit/households/" + household).body();
        assertThat(audited).contains("<title>张国强 " + now.getYear() + "年" + now.getMonthValue() + "月</title>")
                .contains(" · " + staff.username() + "</span><span class=\"muted\">（按第 2 版重新计分，admin 启用）");
    }
}
