package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Staff on a phone are told the truth about an entry (tryout pages-2 M1, M5, minor 6): an entry whose photo is
 * refused is not recorded at all, and says so; the banner shows what the month counts after caps next to what the
 * rule asked; after a back-dated entry the page shows the month the entry went into.
 */
@AppTest
class StaffAreToldWhatAnEntryCountsInChromiumIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void staffAreToldWhatAnEntryCountsOnAPhone() throws Exception {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.CATALOG);
        long zhang = township.aHouseholdIn(village, "一组", "张建华");
        Township.Login staff = township.aLogin("STAFF", village);
        Path notAPhoto = Files.createTempFile("fake-", ".jpg");
        Files.writeString(notAPhoto, "this is not a photo", StandardCharsets.UTF_8);
        String thisMonth = YearMonth.now(clock).toString();
        LocalDate lastMonthDay = YearMonth.now(clock).minusMonths(1).atDay(15);

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.PHONE)) {
            browser.signIn(staff);
            browser.step("photo-refused", () -> {
                browser.open("/v/" + village + "/households/" + zhang + "/record");
                browser.click(By.xpath("//label[span[text()='参加村民大会（每月）']]"));
                browser.type(By.name("attr:会议名称"), "十二月村民大会");
                browser.find(By.id("photo")).sendKeys(notAPhoto.toString());
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                browser.waitFor(d -> !d.findElements(By.cssSelector("p.problem")).isEmpty());
                assertThat(browser.find(By.cssSelector("p.problem")).getText()).contains("什么都没有记录")
                        .contains("不是照片");
                assertThat(browser.text()).doesNotContain("已记录");
                browser.screenshot("staff-photo-refused-phone");
            });
            assertThat(month(village, zhang, thisMonth).at("/awards").size()).as("nothing half-written").isZero();
            browser.step("recorded-without-the-photo", () -> {
                // The form is kept: the same entry, sent again without the photo, is recorded once.
                browser.driver().executeScript("document.getElementById('photo').value = ''");
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                browser.waitForText("已记录");
                assertThat(browser.find(By.id("done")).getText()).contains("+2").contains("参加村民大会");
            });
            browser.step("counted-after-caps", () -> {
                browser.click(By.xpath("//label[span[text()='宅前屋后乱堆物（按处）']]"));
                browser.type(By.name("attr:地点"), "屋后");
                browser.type(By.id("quantity"), "3");
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                browser.waitFor(d -> d.findElement(By.id("done")).getText().contains("-15"));
                // The rule asks -15; base points never fall below 0, so the month counts -2 of it.
                assertThat(browser.find(By.id("done")).getText()).contains("计入 -2（原因见下）")
                        .contains("积分因此 -2，现为 0 分");
                browser.screenshot("staff-counted-after-caps-phone");
            });
            browser.step("floor-is-not-a-cap", () -> {
                // Tryout clerk 4, B2: a meeting that counts nothing because of the floor is not said to be capped.
                browser.click(By.xpath("//label[span[text()='参加村民大会（每月）']]"));
                browser.type(By.name("attr:会议名称"), "临时村民大会");
                browser.type(By.id("quantity"), "1");
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                browser.waitFor(d -> d.findElement(By.id("done")).getText().contains("计入 0"));
                assertThat(browser.find(By.id("done")).getText()).contains("计入 0（原因见下）")
                        .contains("积分没有变化，现为 0 分").doesNotContain("已达上限").doesNotContain("因此 0");
            });
            browser.step("a-veto-is-said", () -> {
                // Tryout clerk 4, B6: a veto shows as 一票否决, not as 「0 违法搭建」.
                browser.click(By.xpath("//label[span[text()='违法搭建（一票否决）']]"));
                // 宅前屋后乱堆物 asks for a 地点 too: the field shown is the one of the type chosen
                browser.driver().findElements(By.name("attr:地点")).stream()
                        .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow().sendKeys("院内");
                browser.type(By.id("quantity"), "1");
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                browser.waitFor(d -> d.findElement(By.id("done")).getText().contains("违法搭建"));
                assertThat(browser.find(By.id("done")).getText()).contains("一票否决 违法搭建")
                        .contains("计 0 分");
            });
            browser.step("back-dated", () -> {
                browser.click(By.xpath("//label[span[text()='参加村民大会（每月）']]"));
                browser.type(By.name("attr:会议名称"), "上月村民大会");
                browser.type(By.id("quantity"), "1");
                browser.driver().executeScript("document.getElementById('occurredOn').value = arguments[0]",
                        lastMonthDay.toString());
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                String shown = lastMonthDay.getYear() + "年" + lastMonthDay.getMonthValue() + "月";
                browser.waitForText("该月积分（" + shown);
                assertThat(browser.text()).contains("该月积分（" + shown + "，封顶后）")
                        .contains(shown + "积分因此 +2");
                assertThat(browser.find(By.cssSelector(".month .total")).getText()).isEqualTo("2");
                browser.screenshot("staff-back-dated-phone");
                browser.click(By.partialLinkText("看本月积分"));
                browser.waitForText("本月积分");
            });
        }
        assertThat(month(village, zhang, thisMonth).at("/awards").valueStream()
                .filter(award -> award.at("/rule").asString().equals("参加村民大会")).count())
                .as("the entry whose photo was refused, recorded once when sent without it, and the meeting the floor "
                        + "held at 0").isEqualTo(2);
    }

    private JsonNode month(String village, long household, String month) {
        return township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + month)
                .json();
    }
}
