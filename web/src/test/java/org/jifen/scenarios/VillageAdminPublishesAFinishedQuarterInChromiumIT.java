package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quarter's notice on a page (ADR 0086): each finalised month's points are in its column, a quarter with a month
 * not finalised cannot be published yet and the page says which, and a household registered after the months were
 * finalised is on neither the finalised months nor the notice. Once the three months are finalised, the village
 * admin publishes it, and the printed notice shows the same figures.
 */
@AppTest
class VillageAdminPublishesAFinishedQuarterInChromiumIT {

    @Autowired
    Township township;

    @Test
    void theNoticeShowsEachFinalisedMonthAndIsPublishedOnceTheQuarterIsFinalised() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHouseholdIn(village, "一组", "夏玉康");
        township.anEvent(village, household, "参加村民大会", "2024-07-05");
        township.anEvent(village, household, "见义勇为", "2024-08-09");
        List<Long> group = township.aSelfGovernanceGroup(village);
        township.aFinalisedMonth(village, "2024-07", group);
        township.aFinalisedMonth(village, "2024-08", group);
        Township.Login admin = township.aLogin("VILLAGE_ADMIN", village);
        Api adminApi = township.api().as(admin.username(), admin.password());
        String quarter = "/v/" + village + "/quarters/2024-Q3";

        Api.Reply early = adminApi.post("/api/villages/" + village + "/notices/2024-Q3/publish");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("/type")).endsWith("/quarter-not-finalised");
        assertThat(early.text("/detail")).contains("2024-09").contains("定稿后才能发布");

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.DESK)) {
            browser.signIn(admin).open(quarter);
            browser.step("not-yet", () -> {
                String row = browser.find(By.xpath("//tr[td[text()='夏玉康']]")).getText();
                assertThat(row).as("July and August are finalised: their points, not '—'")
                        .contains("12").contains("30").contains("—");
                assertThat(browser.find(By.id("not-yet-publishable")).getText()).contains("2024-09")
                        .contains("还没有定稿");
                assertThat(browser.driver().findElements(By.xpath("//button[text()='发布公示']"))).isEmpty();
            });

            township.aFinalisedMonth(village, "2024-09", group);
            township.aHouseholdIn(village, "一组", "钱后来");
            browser.open(quarter);
            browser.step("publish", () -> {
                assertThat(browser.text()).doesNotContain("钱后来");
                browser.click(By.xpath("//button[text()='发布公示']"));
                browser.driver().switchTo().alert().accept();
                browser.waitForText("已发布");
                browser.screenshot("admin-quarter-published");
            });
            browser.open(quarter + "/print");
            browser.step("print", () -> {
                String row = browser.find(By.xpath("//tr[td[text()='夏玉康']]")).getText();
                assertThat(row).contains("12").contains("30").doesNotContain("—");
                assertThat(browser.text()).doesNotContain("钱后来");
            });
            browser.open("/v/" + village + "/months/2024-09");
            browser.step("finalised-month", () -> {
                assertThat(browser.text()).contains("夏玉康").as("registered after the month was finalised")
                        .doesNotContain("钱后来");
            });
        }
    }
}
