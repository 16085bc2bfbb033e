package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Star households (星级户) and rankings: the village admin sets star levels from a quarter's points, a vetoed month
 * taking a star away; households are ranked within their villager group and the village, groups within the village,
 * villages within the township; the red list (红榜) and the households needing help print for the notice board.
 */
@AppTest
class StarHouseholdsAndRankingsIT {

    @Autowired
    Township township;

    @Test
    void aVillageRatesItsHouseholdsRanksThemAndPrintsItsRedListAndThoseNeedingHelp() {
        String village = township.aVillage();
        township.aHousehold(township.aVillage());
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long a = township.aHouseholdIn(village, "一组", "张红");
        long b = township.aHouseholdIn(village, "一组", "李平");
        long c = township.aHouseholdIn(village, "二组", "王勇");
        long d = township.aHouseholdIn(village, "二组", "赵乱");
        long e = township.aHouseholdIn(village, "二组", "钱建");
        for (String month : List.of("2024-07", "2024-08")) {
            township.anEvent(village, a, "参加村民大会", month + "-03");
            township.anEvent(village, a, "见义勇为", month + "-09");
            township.anEvent(village, b, "参加村民大会", month + "-03");
        }
        township.anEvent(village, c, "见义勇为", "2024-07-09");
        township.anEvent(village, d, "宅前屋后乱堆物", "2024-07-20");
        township.anEvent(village, d, "参加村民大会", "2024-08-03");
        township.anEvent(village, e, "违法搭建", "2024-07-25");
        township.anEvent(village, e, "见义勇为", "2024-08-09");
        List<Long> group = township.aSelfGovernanceGroup(village);
        township.aFinalisedMonth(village, "2024-07", group);
        township.aFinalisedMonth(village, "2024-08", group);
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        Api staff = township.aUser("STAFF", village);
        String scheme = "/api/villages/" + village + "/star-scheme";
        String levels = "{\"period\":\"QUARTER\",\"levels\":[{\"stars\":1,\"minPoints\":20},{\"stars\":3,\"minPoints\":60},"
                + "{\"stars\":2,\"minPoints\":30}],\"redListSize\":2,\"helpListSize\":1}";

        Api.Reply early = staff.get("/api/villages/" + village + "/stars");
        Api.Reply byStaff = staff.send(scheme, "PUT", levels);
        Api.Reply set = admin.send(scheme, "PUT", levels);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("/detail")).contains("尚未设定星级户评定标准");
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.text("/description")).isEqualTo("按季度积分评定：3 星 60 分以上，2 星 30 分以上，1 星 20 分以上；每有一个月一票否决，降一星。");

        JsonNode stars = staff.get("/api/villages/" + village + "/stars").json();
        assertThat(stars.at("/period").asString()).as("the quarter of the latest finalised month").isEqualTo("2024-Q3");
        assertThat(stars.at("/finalisedMonths").toString()).isEqualTo("[\"2024-07\",\"2024-08\"]");
        assertThat(rows(stars.at("/households"), "headName", "points", "stars", "rankInVillage", "rankInGroup"))
                .containsExactly("张红 64 3 1 1", "王勇 30 2 2 1", "钱建 30 1 2 1", "李平 24 1 4 2", "赵乱 12 0 5 3");
        assertThat(stars.at("/householdsByStars/3").asInt()).isEqualTo(1);
        assertThat(stars.at("/householdsByStars/0").asInt()).isEqualTo(1);

        JsonNode rankings = staff.get("/api/villages/" + village + "/rankings?period=2024-Q3").json();
        assertThat(rows(rankings.at("/groups"), "group", "households", "points", "average", "rank"))
                .containsExactly("一组 2 88 44.0 1", "二组 3 72 24.0 2");

        JsonNode red = staff.get("/api/villages/" + village + "/red-list?period=2024-Q3").json();
        JsonNode help = staff.get("/api/villages/" + village + "/help-list").json();
        assertThat(red.at("/households").findValuesAsString("headName")).containsExactly("张红", "王勇");
        assertThat(help.at("/households").findValuesAsString("headName")).containsExactly("钱建", "赵乱");
        assertThat(help.at("/households/0/reason").asString()).isEqualTo("一票否决 1 个月");
        assertThat(help.at("/households/1/reason").asString()).contains("积分 12 分", "第 5 名");
        assertThat(stars.at("/complete").asBoolean()).as("September is not finalised").isFalse();
        assertThat(red.at("/complete").asBoolean()).isFalse();
        assertThat(red.at("/title").asString()).endsWith("2024年第三季度 红榜（草稿）");
        assertThat(red.at("/draftNote").asString()).contains("只计入已定稿的2024年7月、2024年8月", "2024年9月尚未定稿");
        assertThat(help.at("/complete").asBoolean()).isFalse();
        Api.Reply draft = staff.get("/api/villages/" + village + "/red-list?period=2024-Q3", "text/html");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.body()).as("a partial quarter is never printed as the quarter's list")
                .contains("红榜（草稿）", "2024年9月尚未定稿", "请勿张贴", "张红").doesNotContain("特予表扬");
        assertThat(draft.header("Content-Security-Policy")).contains("'sha256-");
        assertThat(staff.get("/api/villages/" + village + "/help-list", "text/html").body())
                .contains("需帮扶家庭户（草稿）", "钱建", "请勿张贴").doesNotContain("上门了解情况");

        JsonNode township = this.township.api().get("/api/township/rankings?period=2024-Q3").json();
        JsonNode ours = null;
        for (JsonNode line : township.at("/villages")) {
            ours = line.at("/code").asString().equals(village) ? line : ours;
        }
        assertThat(ours).as(township.toString()).isNotNull();
        assertThat(ours.at("/points").asInt()).isEqualTo(160);
        assertThat(ours.at("/finalisedMonths").asInt()).isEqualTo(2);
        assertThat(ours.at("/averagePerHouseholdMonth").decimalValue()).isEqualByComparingTo("16.0");
        assertThat(ours.at("/rank").asInt()).isPositive();
        for (JsonNode line : township.at("/villages")) {
            if (line.at("/finalisedMonths").asInt() == 0) {
                assertThat(line.at("/rank").isNull()).as("not rated, not tied last: %s", line).isTrue();
                assertThat(line.at("/note").asString()).contains("未评定");
            }
        }
        assertThat(staff.get("/api/township/rankings").status()).isEqualTo(403);

        this.township.aFinalisedMonth(village, "2024-09", group);
        JsonNode finalRed = staff.get("/api/villages/" + village + "/red-list?period=2024-Q3").json();
        Api.Reply page = staff.get("/api/villages/" + village + "/red-list?period=2024-Q3", "text/html");
        assertThat(finalRed.at("/complete").asBoolean()).isTrue();
        assertThat(finalRed.at("/draftNote").isNull()).isTrue();
        assertThat(finalRed.at("/title").asString()).endsWith("2024年第三季度 红榜");
        assertThat(page.body()).contains("红榜", "张红", "★★★", "特予表扬").doesNotContain("草稿");
        assertThat(staff.get("/api/villages/" + village + "/help-list", "text/html").body())
                .contains("需帮扶家庭户", "钱建", "上门了解情况");
    }

    @Test
    void starLevelsThatContradictThemselvesOrAPeriodOfTheWrongKindAreRefused() {
        String village = township.aVillage();
        String scheme = "/api/villages/" + village + "/star-scheme";

        Api.Reply fewerForMore = township.api().send(scheme, "PUT",
                "{\"period\":\"YEAR\",\"levels\":[{\"stars\":1,\"minPoints\":500},{\"stars\":2,\"minPoints\":400}]}");
        Api.Reply twice = township.api().send(scheme, "PUT",
                "{\"period\":\"YEAR\",\"levels\":[{\"stars\":1,\"minPoints\":100},{\"stars\":1,\"minPoints\":400}]}");
        Api.Reply gap = township.api().send(scheme, "PUT",
                "{\"period\":\"YEAR\",\"levels\":[{\"stars\":1,\"minPoints\":50},{\"stars\":3,\"minPoints\":60}]}");
        Api.Reply sixStars = township.api().send(scheme, "PUT",
                "{\"period\":\"YEAR\",\"levels\":[{\"stars\":6,\"minPoints\":100}]}");
        Api.Reply none = township.api().send(scheme, "PUT", "{\"period\":\"YEAR\",\"levels\":[]}");
        Api.Reply unset = township.api().get(scheme);
        Api.Reply yearly = township.api().send(scheme, "PUT",
                "{\"period\":\"YEAR\",\"levels\":[{\"stars\":5,\"minPoints\":1100}],\"vetoRemovesStar\":false}");
        Api.Reply aQuarter = township.api().get("/api/villages/" + village + "/stars?period=2026-Q3");
        Api.Reply noPeriod = township.api().get("/api/villages/" + village + "/rankings?period=Q3");

        assertThat(fewerForMore.status()).isEqualTo(422);
        assertThat(fewerForMore.text("/detail")).contains("2 星所需积分（400）应高于 1 星（500）");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.text("/detail")).contains("写了两次");
        assertThat(gap.status()).as("a household would jump from one star to three").isEqualTo(422);
        assertThat(gap.text("/detail")).contains("缺少 2 星的标准");
        assertThat(sixStars.status()).isEqualTo(400);
        assertThat(none.status()).isEqualTo(400);
        assertThat(unset.status()).isEqualTo(409);
        assertThat(yearly.status()).isEqualTo(200);
        assertThat(yearly.text("/description")).isEqualTo("按年度积分评定：5 星 1100 分以上。");
        assertThat(aQuarter.status()).isEqualTo(422);
        assertThat(aQuarter.text("/detail")).contains("按年度评定", "应写成 2026）");
        assertThat(noPeriod.status()).isEqualTo(400);
    }

    private static List<String> rows(JsonNode rows, String... fields) {
        List<String> lines = new java.util.ArrayList<>();
        for (JsonNode row : rows) {
            StringBuilder line = new StringBuilder();
            for (String field : fields) {
                line.append(line.isEmpty() ? "" : " ").append(row.at("/" + field).asString());
            }
            lines.add(line.toString());
        }
        return lines;
    }

}
