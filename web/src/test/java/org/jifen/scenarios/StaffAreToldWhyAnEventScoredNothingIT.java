package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.engine.PlanFile;
import org.jifen.plan.PlanTemplate;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Outside tryout (clerk 2, M4): staff recorded 结果 「优」 where the plan says 「优秀」 and 查实 「属实」 where it wants
 * a tick; both were kept with 0 points and the answer blamed the event type. Attributes stay free (the contract), so
 * such an event is still recorded, but its answer names the attribute and the values the plan knows, an inspection
 * scored at month-end is said to be so, and the record page offers the plan's values as choices and a tick as a
 * checkbox (ADR 0172). The clock stands on 10 September 2024.
 */
@AppTest
@TestPropertySource(properties = "jifen.clock.fixed-at=2024-09-10T01:00:00Z")
class StaffAreToldWhyAnEventScoredNothingIT {

    private static final PlanFile TEMPLATE = new PlanFile(PlanTemplate.FILE_NAME, PlanTemplate.xlsx());
    private static final PlanFile CATALOG = PlanFile.of("catalog.csv", """
            事件类型,类别,名称,属性
            参加村民大会,村民议事,参加村民大会,会议名称
            宅前屋后乱堆物,人居环境,宅前屋后乱堆物,处数
            见义勇为,文明新风,见义勇为
            违法搭建,平安建设,违法搭建
            未按时缴纳保洁费,人居环境,未按时缴纳保洁费
            参加志愿服务,文明新风,参加志愿服务
            参军入伍,平安建设,参军入伍
            获得荣誉,文明新风,获得荣誉,级别
            举报安全隐患,平安建设,举报安全隐患,查实
            美丽庭院检查,人居环境,美丽庭院检查,结果
            垃圾分类检查合格,人居环境,垃圾分类检查合格
            """);

    @Autowired
    Township township;

    @Test
    void anAttributeValueThePlanDoesNotKnowIsRecordedAndTheAnswerNamesTheAttributeAndItsValues() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, TEMPLATE, CATALOG);

        JsonNode county = record(village, household, "获得荣誉", Map.of("级别", "县级"));
        JsonNode city = record(village, household, "获得荣誉", Map.of("级别", "市级"));

        assertThat(county.at("/awards").size()).isZero();
        assertThat(county.at("/notices/0").asString()).contains("属性「级别」填的是「县级」", "只认「市级」")
                .doesNotContain("事件类型写错");
        assertThat(city.at("/awards/0/points").asInt()).isEqualTo(10);
        assertThat(city.at("/notices").size()).as("nothing to say about a value the plan knows").isZero();
    }

    @Test
    void aTickWrittenAsTextIsSaidToBeNoTickAndAnInspectionIsSaidToCountAtMonthEnd() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, TEMPLATE, CATALOG);

        JsonNode written = record(village, household, "举报安全隐患", Map.of("查实", "属实"));
        JsonNode ticked = record(village, household, "举报安全隐患", Map.of("查实", "是"));
        JsonNode inspection = record(village, household, "美丽庭院检查", Map.of("结果", "美丽庭院"));
        JsonNode meeting = record(village, household, "参加村民大会", Map.of("会议名称", "九月"));

        assertThat(written.at("/awards").size()).isZero();
        assertThat(written.at("/notices/0").asString()).contains("「查实」是勾选项", "「属实」");
        assertThat(ticked.at("/awards/0/points").asInt()).isEqualTo(3);
        assertThat(inspection.at("/notices/0").asString()).contains("每月积分评定时计分")
                .doesNotContain("没有规则");
        assertThat(meeting.at("/notices").size()).as("a scored event needs no notice").isZero();
        assertThat(township.api().get("/api/villages/" + village + "/events/" + written.at("/eventId").asString())
                .json().at("/notices/0").asString()).as("kept with the answer").contains("勾选项");
    }

    @Test
    void theRecordPageOffersThePlansValuesAndATickAndShowsTheNotice() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, TEMPLATE, CATALOG);
        Township.Login staff = township.aLogin("STAFF", village);
        Browser browser = township.browser();
        Map<String, String> login = new LinkedHashMap<>();
        login.put("username", staff.username());
        login.put("password", staff.password());
        login.put("_csrf", browser.get("/login").csrfToken());
        browser.postForm("/login", login);

        Browser.Page page = browser.get("/v/" + village + "/households/" + household + "/record");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", page.csrfToken());
        form.put("eventId", "page-honour");
        form.put("householdId", String.valueOf(household));
        form.put("type", "获得荣誉");
        form.put("attr:级别", "其他");
        form.put("quantity", "1");
        form.put("occurredOn", "2024-09-02");
        Browser.Page posted = browser.postForm("/v/" + village + "/households/" + household + "/record", form);
        Browser.Page done = browser.get(posted.header("Location").replaceFirst("^https?://[^/]+", ""));

        assertThat(page.body()).contains("<select id=\"attr-获得荣誉-0\" name=\"attr:级别\">",
                "<option value=\"市级\">市级</option>",
                "<input type=\"checkbox\" id=\"attr-举报安全隐患-0\" name=\"attr:查实\" value=\"是\">",
                "name=\"attr:会议名称\" maxlength=\"200\"");
        assertThat(done.body()).contains("属性「级别」填的是「其他」").doesNotContain("如果是事件类型写错了");
    }

    private JsonNode record(String village, long household, String type, Map<String, String> attributes) {
        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events", json("eventId",
                "e-" + System.nanoTime(), "householdId", household, "type", type, "occurredOn", "2024-09-02",
                "quantity", 1, "attributes", attributes));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json();
    }
}
