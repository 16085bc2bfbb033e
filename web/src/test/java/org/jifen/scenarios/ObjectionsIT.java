package org.jifen.scenarios;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.jifen.support.HouseholdMonthTotalsCheck;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.card.QrCodes;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.MovableClock;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Objections (异议) during the notice period: once the quarter's notice is published, a household objects to one of
 * its entries, on its own page or through staff, for seven days; the self-governance group (the leader and at least
 * two more) upholds the objection, which corrects the entry in the open month, or dismisses it, which changes
 * nothing. The township's clock stands on 10 October 2024 (09:00), after the third quarter, whose three months are
 * finalised before its notice is published (ADR 0086); it moves where a case needs it to.
 */
@AppTest
@Import(MovableClock.Config.class)
class ObjectionsIT {

    @Autowired
    DataSource householdMonthTotalsDatabase;

    /** ADR 0261: what this test appended, in every way it did, left the households' months' totals right. */
    @AfterEach
    void theHouseholdsMonthTotalsAreWhatTheirEntriesSumTo() {
        HouseholdMonthTotalsCheck.agreeWithTheEntries(householdMonthTotalsDatabase);
    }

    private static final Instant PUBLICATION = Instant.parse("2024-10-10T01:00:00Z");

    @Autowired
    Township township;

    @Autowired
    MovableClock clock;

    String village;
    long zhang;
    long li;
    long attendance;
    long bravery;
    long liAttendance;
    List<Long> group;
    Api staff;
    Api admin;

    /** July recorded and finalised by the group; the quarter's notice not yet published, October open. */
    @BeforeEach
    void aFinalisedJuly() {
        clock.set(PUBLICATION);
        village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        zhang = township.aHouseholdIn(village, "一组", "张建华");
        li = township.aHouseholdIn(village, "一组", "李秀兰");
        attendance = township.anEvent(village, zhang, "参加村民大会", "2024-07-05").id("/awards/0/id");
        bravery = township.anEvent(village, zhang, "见义勇为", "2024-07-18").id("/awards/0/id");
        liAttendance = township.anEvent(village, li, "参加村民大会", "2024-07-05").id("/awards/0/id");
        group = township.aSelfGovernanceGroup(village);
        township.aFinalisedMonth(village, "2024-07", group);
        staff = township.aUser("STAFF", village);
        admin = township.aUser("VILLAGE_ADMIN", village);
    }

    @Test
    void anUpheldObjectionIsCorrectedInTheOpenMonthAndADismissedOneChangesNothing() {
        Api.Reply beforePublication = object(zhang, bravery, "见义勇为事迹不实，当天我不在村里");
        publish();
        township.anEvent(village, zhang, "见义勇为", "2024-10-06");
        assertThat(month(zhang, "2024-10").at("/total").asInt()).isEqualTo(20);
        Api.Reply raised = object(zhang, bravery, "见义勇为事迹不实，当天我不在村里");
        Api.Reply twice = object(zhang, bravery, "再提一次");
        Api.Reply notTheirs = object(zhang, liAttendance, "不是本户的");
        Api.Reply second = object(zhang, attendance, "我没去开会");

        assertThat(beforePublication.status()).isEqualTo(409);
        assertThat(beforePublication.text("/type")).endsWith("/notice-not-published");
        assertThat(beforePublication.text("/detail")).contains("2024年第三季度积分尚未公示");
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        assertThat(raised.location()).endsWith("/api/villages/" + village + "/objections/" + raised.id("/id"));
        assertThat(raised.text("/status")).isEqualTo("OPEN");
        assertThat(raised.text("/raisedVia")).isEqualTo("STAFF");
        assertThat(raised.text("/raisedBy")).isEqualTo("户主本人（电话反映）");
        assertThat(raised.text("/recordedBy")).startsWith("staff-");
        assertThat(raised.text("/raisedAt")).isEqualTo("2024-10-10T01:00:00Z");
        assertThat(raised.text("/quarter")).isEqualTo("2024-Q3");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/type")).endsWith("/objection-already-open");
        assertThat(notTheirs.status()).isEqualTo(422);
        assertThat(notTheirs.text("/type")).endsWith("/award-of-another-household");
        assertThat(second.status()).isEqualTo(201);
        assertThat(staff.get(objections() + "?status=OPEN").json().findValuesAsString("reason"))
                .containsExactly("见义勇为事迹不实，当天我不在村里", "我没去开会");

        // The group decides: the leader and at least two more members of this village's group.
        long upheld = raised.id("/id");
        long leader = group.get(0);
        Api.Reply twoOnly = resolve(upheld, "UPHELD", List.of(leader, group.get(1)));
        Api.Reply noLeader = resolve(upheld, "UPHELD", group.subList(1, 4));
        Api.Reply outsider = resolve(upheld, "UPHELD", List.of(leader, group.get(1), 999_999_999L));
        assertThat(twoOnly.status()).isEqualTo(409);
        assertThat(twoOnly.text("/type")).endsWith("/not-enough-deciders");
        assertThat(noLeader.status()).isEqualTo(422);
        assertThat(noLeader.text("/type")).endsWith("/no-leader-decided");
        assertThat(outsider.status()).isEqualTo(409);
        assertThat(outsider.text("/type")).endsWith("/unknown-approvers");
        assertThat(staff.get(objections() + "/" + upheld).text("/status")).isEqualTo("OPEN");

        Api.Reply decided = resolve(upheld, "UPHELD", List.of(leader, group.get(2), group.get(3)));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.text("/status")).isEqualTo("UPHELD");
        assertThat(decided.text("/outcomeReason")).isEqualTo("经核实，当天该户不在村");
        assertThat(decided.json().at("/decidedBy").findValuesAsString("role")).containsExactly("组长", "卫生", "民政");
        long correction = decided.id("/correctionAwardId");
        JsonNode october = month(zhang, "2024-10");
        JsonNode correcting = october.at("/awards/1");
        assertThat(correcting.at("/id").asLong()).isEqualTo(correction);
        assertThat(correcting.at("/source").asString()).isEqualTo("CORRECTION");
        assertThat(correcting.at("/reverses").asLong()).isEqualTo(bravery);
        assertThat(correcting.at("/points").asInt()).isEqualTo(-20);
        assertThat(correcting.at("/reason").asString()).isEqualTo("异议 " + upheld + " 成立：经核实，当天该户不在村");
        assertThat(october.at("/total").asInt()).as("October's bonus taken back").isZero();
        assertThat(month(zhang, "2024-07").at("/total").asInt()).as("July stays as finalised").isEqualTo(32);
        assertThat(resolve(upheld, "DISMISSED", List.of(leader, group.get(1), group.get(4))).text("/type"))
                .endsWith("/objection-already-resolved");

        Api.Reply dismissed = admin.post(objections() + "/" + second.id("/id") + "/resolution", json("outcome",
                "DISMISSED", "reason", "会议签到表有本户签名", "decidedBy", List.of(leader, group.get(4), group.get(5))));
        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.text("/status")).isEqualTo("DISMISSED");
        assertThat(dismissed.json().at("/correctionAwardId").isNull()).isTrue();
        assertThat(month(zhang, "2024-10").at("/awards").size()).as("no entry for a dismissal").isEqualTo(2);
        assertThat(month(zhang, "2024-10").at("/total").asInt()).isZero();
        assertThat(staff.get(objections() + "?status=OPEN").json().size()).isZero();

        // The traces show the objections and their outcomes, beside everything they showed before.
        JsonNode traced = staff.get("/api/awards/" + bravery + "/trace").json();
        assertThat(traced.at("/award/rule").asString()).isEqualTo("见义勇为");
        assertThat(traced.at("/event/type").asString()).isEqualTo("见义勇为");
        assertThat(traced.at("/ruleSet/sha256").asString()).hasSize(64);
        assertThat(traced.at("/objections/0/status").asString()).isEqualTo("UPHELD");
        assertThat(traced.at("/objections/0/correctionAwardId").asLong()).isEqualTo(correction);
        assertThat(traced.at("/objections/0/decidedBy/0/role").asString()).isEqualTo("组长");
        JsonNode correctionTrace = staff.get("/api/awards/" + correction + "/trace").json();
        assertThat(correctionTrace.at("/award/reverses").asLong()).isEqualTo(bravery);
        assertThat(correctionTrace.at("/objections/0/id").asLong()).isEqualTo(upheld);
        JsonNode dismissedTrace = staff.get("/api/awards/" + attendance + "/trace").json();
        assertThat(dismissedTrace.at("/objections/0/status").asString()).isEqualTo("DISMISSED");
        assertThat(dismissedTrace.at("/objections/0/outcomeReason").asString()).isEqualTo("会议签到表有本户签名");
        assertThat(staff.get("/api/awards/" + liAttendance + "/trace").json().at("/objections").size()).isZero();

        // And the household's page shows both outcomes.
        String page = township.browser().get(QrCodes.decode(staff.get(card(zhang)).body())).body();
        assertThat(page).contains("异议成立，已冲正：经核实，当天该户不在村").contains("异议不成立：会议签到表有本户签名")
                .contains("冲正记录号 " + bravery);
    }

    @Test
    void afterTheSeventhDayOfTheNoticeObjectionsAreRefused() {
        publish();

        clock.set(Instant.parse("2024-10-16T15:59:00Z")); // 16 October, 23:59 in the township
        Api.Reply lastMinute = object(zhang, attendance, "最后一天提出");
        clock.set(Instant.parse("2024-10-16T16:00:00Z")); // 17 October, 00:00
        Api.Reply late = object(zhang, bravery, "过了公示期");
        String page = township.browser().get(QrCodes.decode(staff.get(card(zhang)).body())).body();

        assertThat(lastMinute.status()).as(lastMinute.toString()).isEqualTo(201);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("/type")).endsWith("/notice-period-over");
        assertThat(late.text("/detail")).contains("2024年10月16日");
        assertThat(late.text("/deadline")).isEqualTo("2024-10-16T16:00:00Z");
        assertThat(page).doesNotContain("<form").doesNotContain("正在公示");
    }

    @Test
    void onlyEntriesTheNoticeShowedAndCouldBeCorrectedAreOpenToObjection() {
        long october = township.anEvent(village, zhang, "参加村民大会", "2024-10-02").id("/awards/0/id");
        long veto = township.anEvent(village, li, "违法搭建", "2024-08-03").id("/awards/0/id");
        township.aFinalisedMonth(village, "2024-08", group);
        publish();

        Api.Reply notPosted = object(zhang, october, "十月的");
        Api.Reply ofAVeto = object(li, veto, "棚子已经审批");
        Api.Reply auditor = township.aUser("AUDITOR", null).post(objections(), json("householdId", zhang,
                "awardId", bravery, "reason", "审计"));
        Api.Reply otherVillage = township.aUser("STAFF", township.aVillage()).post(objections(),
                json("householdId", zhang, "awardId", bravery, "reason", "外村"));
        Api.Reply noReason = staff.post(objections(), json("householdId", zhang, "awardId", bravery));

        assertThat(notPosted.status()).isEqualTo(409);
        assertThat(notPosted.text("/type")).as("the fourth quarter is not published").endsWith("/notice-not-published");
        assertThat(ofAVeto.status()).isEqualTo(422);
        assertThat(ofAVeto.text("/type")).endsWith("/veto-not-correctable");
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(otherVillage.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(staff.get(objections()).json().size()).isZero();
    }

    @Test
    void theHouseholdObjectsOnItsOwnPageAndAFormFromElsewhereIsRefused() {
        publish();
        String link = QrCodes.decode(staff.get(card(zhang)).body());
        Browser phone = township.browser();
        Browser.Page page = phone.get(link);
        assertThat(page.body()).contains("2024年第三季度积分正在公示，公示期至 2024年10月16日")
                .contains("name=\"awardId\" value=\"" + bravery + "\"");

        Browser.Page withoutToken = phone.postForm(link + "/objections", form(bravery, "我没有见义勇为", null));
        Browser.Page forged = township.browser().postForm(link + "/objections",
                form(bravery, "我没有见义勇为", page.csrfToken()));
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("页面已过期");
        assertThat(forged.status()).as("a token without its cookie, as from another site").isEqualTo(403);
        assertThat(staff.get(objections()).json().size()).isZero();

        Browser.Page sent = phone.postForm(link + "/objections", form(bravery, "我没有见义勇为<b>", page.csrfToken()));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo(link.substring(link.indexOf("/h/")) + "?objected");
        JsonNode recorded = staff.get(objections()).json().at("/0");
        assertThat(recorded.at("/awardId").asLong()).isEqualTo(bravery);
        assertThat(recorded.at("/householdId").asLong()).isEqualTo(zhang);
        assertThat(recorded.at("/raisedVia").asString()).isEqualTo("HOUSEHOLD_PAGE");
        assertThat(recorded.at("/recordedBy").isNull()).isTrue();
        assertThat(recorded.at("/reason").asString()).isEqualTo("我没有见义勇为<b>");
        Browser.Page after = phone.get(link);
        assertThat(after.body()).contains("待小组处理").contains("我没有见义勇为&lt;b&gt;")
                .doesNotContain("name=\"awardId\" value=\"" + bravery + "\"")
                .contains("name=\"awardId\" value=\"" + attendance + "\"");

        Browser.Page again = phone.postForm(link + "/objections", form(bravery, "再提一次", after.csrfToken()));
        Browser.Page blank = phone.postForm(link + "/objections", form(attendance, "  ", after.csrfToken()));
        Browser.Page notTheirs = phone.postForm(link + "/objections", form(liAttendance, "邻居的", after.csrfToken()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("已有一条异议正在等待积分管理自治小组处理");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(notTheirs.status()).isEqualTo(422);
        assertThat(notTheirs.body()).doesNotContain("李秀兰");
        assertThat(staff.get(objections()).json().size()).isEqualTo(1);
    }

    /** The rest of the quarter finalised by the group, then its notice published by the village admin. */
    private void publish() {
        for (String month : List.of("2024-08", "2024-09")) {
            if (!staff.get("/api/villages/" + village + "/months/" + month).json().at("/finalised").asBoolean()) {
                township.aFinalisedMonth(village, month, group);
            }
        }
        Api.Reply published = admin.post("/api/villages/" + village + "/notices/2024-Q3/publish");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
    }

    private Api.Reply object(long household, long award, String reason) {
        return staff.post(objections(), json("householdId", household, "awardId", award, "reason", reason,
                "raisedBy", "户主本人（电话反映）"));
    }

    private Api.Reply resolve(long objection, String outcome, List<Long> decidedBy) {
        return admin.post(objections() + "/" + objection + "/resolution", json("outcome", outcome,
                "reason", "经核实，当天该户不在村", "decidedBy", decidedBy));
    }

    private String objections() {
        return "/api/villages/" + village + "/objections";
    }

    private String card(long household) {
        return "/api/villages/" + village + "/households/" + household + "/card";
    }

    private JsonNode month(long household, String month) {
        return staff.get("/api/villages/" + village + "/households/" + household + "/months/" + month).json();
    }

    private static Map<String, String> form(long award, String reason, String csrf) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        fields.put("awardId", String.valueOf(award));
        fields.put("reason", reason);
        return fields;
    }
}
