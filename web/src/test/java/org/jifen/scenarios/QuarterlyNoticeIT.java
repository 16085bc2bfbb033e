package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every quarter the village posts its points on the notice board (公示), group by group (公示到组), from finalised
 * months only: July and August are finalised here, September is not.
 *
 * <pre>
 *            July                      August            quarter
 * 一组 张    2 + 10 (当月无扣分) = 12     2 + 10 = 12        24   rank 1
 * 一组 李    2 + 10 = 12                 0                  12   rank 2
 * 一组 王    -5 → 0                      2 + 10 = 12        12   rank 2
 * 二组 赵    20 bonus + 10 = 30          0                  30   rank 1
 * </pre>
 */
@AppTest
class QuarterlyNoticeIT {

    @Autowired
    Township township;

    String village;
    long zhang;
    long li;
    long wang;
    long zhao;
    List<Long> group;

    @BeforeEach
    void aQuarterWithTwoFinalisedMonths() {
        village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        zhang = township.aHouseholdIn(village, "一组", "张建华");
        li = township.aHouseholdIn(village, "一组", "李秀兰");
        wang = township.aHouseholdIn(village, "一组", "王志强");
        zhao = township.aHouseholdIn(village, "二组", "<b>赵</b>&“六”");
        township.anIneligibleHousehold(village);
        township.anEvent(village, zhang, "参加村民大会", "2024-07-05");
        township.anEvent(village, li, "参加村民大会", "2024-07-05");
        township.anEvent(village, wang, "宅前屋后乱堆物", "2024-07-12");
        township.anEvent(village, zhao, "见义勇为", "2024-07-20");
        township.anEvent(village, zhang, "参加村民大会", "2024-08-05");
        township.anEvent(village, wang, "参加村民大会", "2024-08-05");
        township.anEvent(village, zhang, "见义勇为", "2024-09-02");
        group = township.aSelfGovernanceGroup(village);
        township.aFinalisedMonth(village, "2024-07", group);
        township.aFinalisedMonth(village, "2024-08", group);
    }

    @Test
    void theNoticeListsEveryEligibleHouseholdByGroupRankedByItsQuarterTotal() {
        Api auditor = township.aUser("AUDITOR", null);

        Api.Reply reply = auditor.get("/api/villages/" + village + "/notices/2024-Q3");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode notice = reply.json();
        assertThat(notice.at("/village").asString()).isEqualTo(village);
        assertThat(notice.at("/villageName").asString()).isEqualTo("测试村" + village);
        assertThat(notice.at("/quarter").asString()).isEqualTo("2024-Q3");
        assertThat(notice.at("/title").asString()).isEqualTo("测试村" + village + " 2024年第三季度 乡村治理积分公示");
        assertThat(notice.at("/months").valueStream().map(JsonNode::asString))
                .containsExactly("2024-07", "2024-08", "2024-09");
        assertThat(notice.at("/finalisedMonths").valueStream().map(JsonNode::asString))
                .containsExactly("2024-07", "2024-08");
        assertThat(notice.at("/publishedAt").isNull()).isTrue();
        assertThat(notice.at("/groups").findValuesAsString("group")).containsExactly("一组", "二组");
        JsonNode first = notice.at("/groups/0/households");
        assertThat(first.size()).isEqualTo(3);
        assertThat(first.at("/0/householdId").asLong()).isEqualTo(zhang);
        assertThat(first.findValues("rank")).extracting(JsonNode::asInt).containsExactly(1, 2, 2);
        assertThat(first.findValues("total")).extracting(JsonNode::asInt).containsExactly(24, 12, 12);
        assertThat(first.at("/0/headName").asString()).isEqualTo("张建华");
        assertThat(first.at("/0/householdNo").asString()).startsWith("H");
        assertThat(first.at("/0/months/2024-07").asInt()).isEqualTo(12);
        assertThat(first.at("/0/months/2024-08").asInt()).isEqualTo(12);
        assertThat(first.at("/0/months/2024-09").isNull()).isTrue();
        assertThat(row(first, li).at("/months/2024-08").asInt()).isZero();
        assertThat(row(first, wang).at("/months/2024-07").asInt()).isZero();
        assertThat(row(first, wang).at("/rank").asInt()).isEqualTo(2);
        JsonNode second = notice.at("/groups/1/households");
        assertThat(second.size()).isEqualTo(1);
        assertThat(second.at("/0/rank").asInt()).isEqualTo(1);
        assertThat(second.at("/0/total").asInt()).isEqualTo(30);
    }

    @Test
    void theNoticeOpensInExcelWithChineseHeadings() {
        Api.Reply csv = township.api().get("/api/villages/" + village + "/notices/2024-Q3", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.body()).startsWith("\uFEFF村民小组,名次,户号,户主,7月,8月,9月,季度合计\r\n");
        List<String> rows = csv.body().lines().skip(1).toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).matches("一组,1,H\\d+,张建华,12,12,,24");
        assertThat(rows).anyMatch(row -> row.matches("一组,2,H\\d+,王志强,0,12,,12"))
                .anyMatch(row -> row.matches("一组,2,H\\d+,李秀兰,12,0,,12"));
        assertThat(rows.get(3)).matches("二组,1,H\\d+,<b>赵</b>&“六”,30,0,,30");
    }

    @Test
    void theNoticePrintsForTheNoticeBoardWithEveryValueEscaped() {
        Api.Reply html = township.api().get("/api/villages/" + village + "/notices/2024-Q3", "text/html");

        assertThat(html.status()).as(html.toString()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>")
                .contains("<title>测试村" + village + " 2024年第三季度 乡村治理积分公示</title>")
                .contains("<h2>一组</h2>").contains("<h2>二组</h2>")
                .contains("<td>张建华</td>")
                .contains("&lt;b&gt;赵&lt;/b&gt;&amp;“六”")
                .doesNotContain("<b>赵")
                .contains("公示期").contains("监督电话").contains("尚未公布")
                .contains("草稿·未发布：本公示尚未由村管理员发布，请勿张贴")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=");
    }

    @Test
    void aNoticeIsPublishedOnceItsThreeMonthsAreFinalisedAndThenSaysWhenAndByWhom() {
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        String path = "/api/villages/" + village + "/notices/2024-Q3";

        Api.Reply septemberOpen = admin.post(path + "/publish");
        township.aFinalisedMonth(village, "2024-09", group);
        Api.Reply published = admin.post(path + "/publish");
        Api.Reply again = admin.post(path + "/publish");

        assertThat(septemberOpen.status()).isEqualTo(409);
        assertThat(septemberOpen.text("/type")).endsWith("/quarter-not-finalised");
        assertThat(septemberOpen.text("/detail")).contains("2024年第三季度").contains("2024-09");
        assertThat(septemberOpen.json().at("/openMonths/0").asString()).isEqualTo("2024-09");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.text("/quarter")).isEqualTo("2024-Q3");
        assertThat(published.text("/publishedBy")).startsWith("village-admin-");
        assertThat(published.text("/publishedAt")).isNotBlank();
        assertThat(published.json().at("/finalisedMonths").size()).isEqualTo(3);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("/type")).endsWith("/notice-already-published");
        JsonNode notice = admin.get(path).json();
        assertThat(notice.at("/publishedAt").asString()).isEqualTo(published.text("/publishedAt"));
        assertThat(notice.at("/publishedBy").asString()).isEqualTo(published.text("/publishedBy"));
        assertThat(admin.get(path, "text/html").body()).contains("公布时间").doesNotContain("尚未公布")
                .doesNotContain("草稿");
        Api.Reply empty = admin.post("/api/villages/" + village + "/notices/2024-Q4/publish");
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.text("/type")).endsWith("/nothing-to-publish");
    }

    @Test
    void aQuarterIsWrittenLike2024Q3() {
        for (String malformed : List.of("2024-Q5", "2024-3", "2024Q3", "Q3-2024")) {
            Api.Reply refused = township.api().get("/api/villages/" + village + "/notices/" + malformed);
            assertThat(refused.status()).as(malformed).isEqualTo(400);
            assertThat(refused.text("/type")).endsWith("/malformed-quarter");
        }
        assertThat(township.api().get("/api/villages/" + village + "/notices/2024-Q5", "text/csv").status())
                .isEqualTo(400);
        assertThat(township.api().post("/api/villages/" + village + "/notices/2024-Q5/publish").status())
                .isEqualTo(400);
        assertThat(township.aUser("STAFF", township.aVillage()).get("/api/villages/" + village + "/notices/2024-Q3")
                .status()).isEqualTo(403);
    }

    private static JsonNode row(JsonNode households, long householdId) {
        return households.valueStream().filter(row -> row.at("/householdId").asLong() == householdId)
                .findFirst().orElseThrow();
    }
}
