package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.card.CardToken;
import org.jifen.card.QrCodes;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Households know their points (知晓到户): staff print each household a card whose QR code opens the household's own
 * page, without an account; the page shows that household's months and the reason for every entry, and nothing of
 * any other household. A renewed card's old code opens nothing.
 */
@AppTest
class HouseholdPageIT {

    @Autowired
    Township township;

    @Test
    void theCardsQrCodeOpensTheHouseholdsOwnPageWithoutAnAccount() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long mine = township.aHouseholdIn(village, "二组", "<i>王</i>&建华");
        long neighbour = township.aHouseholdIn(village, "二组", "李秀兰");
        township.anEvent(village, mine, "参加村民大会", "2024-07-05");
        township.anEvent(village, mine, "宅前屋后乱堆物", "2024-07-20");
        township.anEvent(village, neighbour, "见义勇为", "2024-07-09");
        Api staff = township.aUser("STAFF", village);
        String householdNo = staff.get("/api/villages/" + village + "/households/" + mine).text("/householdNo");
        String neighbourNo = staff.get("/api/villages/" + village + "/households/" + neighbour).text("/householdNo");

        Api.Reply card = staff.get(card(village, mine));
        String link = QrCodes.decode(card.body());
        Browser phone = township.browser();
        Browser.Page page = phone.get(link);

        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.contentType()).startsWith("text/html");
        assertThat(card.body()).contains("扫码查看本户积分").contains(householdNo).contains("二组")
                .contains("&lt;i&gt;王&lt;/i&gt;&amp;建华").doesNotContain("<i>王</i>").contains(link);
        assertThat(link).matches("http://localhost:\\d+/h/[A-Za-z0-9_-]{32}");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.body()).contains("本户积分").contains(householdNo).contains("&lt;i&gt;王&lt;/i&gt;&amp;建华")
                .doesNotContain("<i>王</i>")
                .contains("2024年7月（未定稿，可能变动）").contains("基础分 <b>0</b>　附加分 <b>0</b>　合计 <b>0</b>")
                .contains("参加村民大会").contains("村民议事").contains("+2")
                .contains("宅前屋后乱堆物").contains("人居环境").contains("-5").contains("2024年7月20日")
                .doesNotContain("<script").doesNotContain("<form");
        assertThat(page.body()).as("nothing of the neighbour").doesNotContain("李秀兰").doesNotContain(neighbourNo)
                .doesNotContain("见义勇为").doesNotContain("文明新风");
    }

    @Test
    void aCardPrintsAgainWithTheSameCodeAndARenewedCardsOldCodeOpensNothing() {
        String village = township.aVillage();
        long household = township.aHouseholdIn(village, "一组", "赵国庆");
        Api staff = township.aUser("STAFF", village);
        String first = QrCodes.decode(staff.get(card(village, household)).body());

        Api.Reply again = staff.get(card(village, household));
        Api.Reply renewed = township.aUser("VILLAGE_ADMIN", village).post(card(village, household) + ":renew");
        String second = QrCodes.decode(renewed.body());
        Browser phone = township.browser();

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(QrCodes.decode(again.body())).as("a reprint carries the same link").isEqualTo(first);
        assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        Browser.Page old = phone.get(first);
        Browser.Page unknown = phone.get("/h/" + CardToken.random().value());
        Browser.Page malformed = phone.get("/h/not-a-token");
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.body()).contains("此二维码无效或已换发新卡").doesNotContain("赵国庆");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).as("a renewed and an unknown code look the same").isEqualTo(old.body());
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.body()).isEqualTo(old.body());
        Browser.Page current = phone.get(second);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.body()).contains("赵国庆").contains("本户暂无积分记录");
    }

    @Test
    void aVillagerGroupsCardsPrintInOneRunEachOpeningItsOwnHousehold() {
        String village = township.aVillage();
        long wang = township.aHouseholdIn(village, "一组", "王建华");
        township.aHouseholdIn(village, "一组", "周桂英");
        township.aHouseholdIn(village, "二组", "钱志明");
        township.anIneligibleHousehold(village);
        Api staff = township.aUser("STAFF", village);
        String wangsLink = QrCodes.decode(staff.get(card(village, wang)).body());

        Api.Reply run = staff.get("/api/villages/" + village + "/cards?group=一组");
        Api.Reply again = staff.get("/api/villages/" + village + "/cards?group=一组");
        Api.Reply unknownGroup = staff.get("/api/villages/" + village + "/cards?group=九组");

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        List<String> links = QrCodes.decodeAll(run.body());
        assertThat(links).as("the eligible households of 一组, by household number").hasSize(2).contains(wangsLink);
        assertThat(run.body()).contains("王建华").contains("周桂英");
        assertThat(QrCodes.decodeAll(again.body())).as("printed again, the same cards").isEqualTo(links);
        assertThat(links.stream().map(link -> township.browser().get(link).body())
                .map(page -> (page.contains("王建华") ? "王建华" : "") + (page.contains("周桂英") ? "周桂英" : "")))
                .as("each card opens its own household's page").containsExactlyInAnyOrder("王建华", "周桂英");
        assertThat(run.body()).doesNotContain("钱志明");
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.text("/detail")).contains("九组");
        assertThat(township.aUser("AUDITOR", null).get("/api/villages/" + village + "/cards?group=一组").status())
                .isEqualTo(403);
    }

    @Test
    void onlyTheVillagesStaffPrintCards() {
        String village = township.aVillage();
        long household = township.aHousehold(village);

        assertThat(township.aUser("AUDITOR", null).get(card(village, household)).status()).isEqualTo(403);
        assertThat(township.aUser("STAFF", township.aVillage()).get(card(village, household)).status())
                .isEqualTo(403);
        assertThat(township.api().anonymous().get(card(village, household)).status()).isEqualTo(401);
        assertThat(township.api().get(card(village, 999_999_999L)).status()).isEqualTo(404);
        assertThat(township.browser().get(card(village, household)).status()).isEqualTo(401);
    }

    private static String card(String village, long household) {
        return "/api/villages/" + village + "/households/" + household + "/card";
    }
}
