package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor follows a complaint: from the village to the household's month, to one award, and from the award to
 * everything behind it on one page: the event and its photo, the rule's line highlighted in its file, the plan
 * version and hash and who activated it, who recorded it and who approved the month.
 */
@AppTest
class AuditorFollowsAnAwardToItsRuleInChromiumIT {

    private static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void anAuditorGoesFromAHouseholdsMonthToAnAwardsRuleSourceOnAPhone() {
        follow(PageBrowser.PHONE, "phone");
    }

    @Test
    void anAuditorGoesFromAHouseholdsMonthToAnAwardsRuleSourceAtADesk() {
        follow(PageBrowser.DESK, "desk");
    }

    private void follow(Dimension size, String device) {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHouseholdIn(village, "二组", "周桂兰");
        String last = YearMonth.now(clock).minusMonths(1).toString();
        Api.Reply event = township.anEvent(village, household, "参加村民大会", last + "-06");
        long award = event.id("/awards/0/id");
        String eventId = event.text("/eventId");
        township.api().multipart("/api/villages/" + village + "/events/" + eventId + "/evidence", List.of(
                Api.Part.file("file", "签到.png", "image/png", PHOTO), Api.Part.text("note", "会议签到照片")));
        township.aFinalisedMonth(village, last, township.aSelfGovernanceGroup(village));
        Township.Login auditor = township.aLogin("AUDITOR", null);

        try (PageBrowser browser = new PageBrowser(township.base()).size(size)) {
            browser.step("village", () -> {
                browser.signIn(auditor);
                assertThat(browser.path()).isEqualTo("/audit");
                browser.click(By.linkText("测试村" + village));
                browser.waitForText("核验积分账本");
                browser.click(By.linkText("核验积分账本"));
                browser.waitFor(d -> d.findElement(By.id("ledger-check")).getText().contains("核验通过"));
            });
            browser.step("month", () -> {
                browser.click(By.xpath("//tr[td[text()='周桂兰']]//a"));
                browser.waitForText("点记录号查看");
                assertThat(browser.text()).contains("已定稿").contains("当月无扣分");
                browser.click(By.linkText(String.valueOf(award)));
                browser.waitFor(d -> d.findElements(By.id("granting-line")).size() == 1);
            });
            browser.step("trace", () -> {
                assertThat(browser.find(By.id("granting-line")).getText()).isEqualTo("rule \"参加村民大会\"");
                assertThat(browser.find(By.id("event")).getText()).contains("参加村民大会").contains("会议签到照片");
                Object loaded = browser.driver().executeScript(
                        "var i = document.querySelector('.evidence img'); return i && i.complete && i.naturalWidth > 0;");
                assertThat(loaded).as("the photo is shown").isEqualTo(true);
                assertThat(browser.find(By.id("plan")).getText()).contains("第 1 版").contains("admin");
                assertThat(browser.find(By.id("approval")).getText()).contains("定稿").contains("组长");
                assertThat(browser.text()).contains("记录人");
                browser.screenshot("auditor-award-" + device);
            });
            browser.step("audit-log", () -> {
                // The log filtered by an act's Chinese name, in words: who in which role, which village, from where.
                browser.open("/audit/log?village=" + village);
                browser.choose(By.id("act"), "月度定稿");
                browser.click(By.xpath("//form[.//select[@id='act']]//button[@type='submit']"));
                browser.waitFor(d -> d.getCurrentUrl().contains("act=month.finalised"));
                String log = browser.find(By.tagName("table")).getText();
                assertThat(log).contains("月度定稿").contains("admin（镇管理员）").contains("测试村" + village)
                        .contains("本机").doesNotContain("TOWNSHIP_ADMIN").doesNotContain("month.finalised")
                        .doesNotContain("0:0:0:0");
                assertThat(browser.text()).contains("共 1 条");
                browser.open("/audit/log?from=abc");
                assertThat(browser.text()).contains("格式不对").doesNotContain("服务出错了");
            });
        }
    }
}
