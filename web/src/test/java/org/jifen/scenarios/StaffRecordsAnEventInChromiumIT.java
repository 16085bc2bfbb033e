package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Base64;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A member of staff at the doorstep, on a phone and at a desk: signs in, finds the household, records an event from
 * the village's list with its attribute, a note and a photo, sees at once what the household's month gains after
 * the caps and why, and takes back their own mistake from the day's list.
 */
@AppTest
class StaffRecordsAnEventInChromiumIT {

    /** A 1×1 PNG: a photo from the phone's camera as far as the service can tell. */
    private static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void staffSignInFindTheHouseholdRecordAnEventAndSeeItsPointsOnAPhone() throws Exception {
        staffRecord(PageBrowser.PHONE, "phone");
    }

    @Test
    void staffRecordAnEventAndCorrectTheirMistakeAtADesk() throws Exception {
        staffRecord(PageBrowser.DESK, "desk");
    }

    private void staffRecord(Dimension size, String device) throws Exception {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.CATALOG);
        long zhang = township.aHouseholdIn(village, "一组", "张建华");
        township.aHouseholdIn(village, "二组", "李秀兰");
        Township.Login staff = township.aLogin("STAFF", village);
        Path photo = Files.createTempFile("jifen-photo-", ".png");
        Files.write(photo, PHOTO);

        try (PageBrowser browser = new PageBrowser(township.base()).size(size)) {
            browser.step("sign-in", () -> {
                browser.open("/");
                assertThat(browser.path()).startsWith("/login");
                assertThat(browser.text()).contains("登录").contains("用户名").contains("密码");
                browser.signIn(staff);
                assertThat(browser.path()).isEqualTo("/v/" + village + "/record");
            });
            browser.step("find", () -> {
                assertThat(browser.find(By.id("scan-start")).isDisplayed())
                        .as("no scan button where the browser reads no QR codes (desktop Linux): the 户号 box instead")
                        .isFalse();
                browser.choose(By.id("group"), "一组");
                browser.type(By.id("q"), "张建");
                browser.waitFor(d -> d.findElement(By.id("results")).getText().contains("张建华")
                        && !d.findElement(By.id("results")).getText().contains("李秀兰"));
                browser.screenshot("staff-find-" + device);
                browser.click(By.partialLinkText("张建华"));
                browser.waitForText("记一件事");
            });
            browser.step("record", () -> {
                browser.click(By.xpath("//label[span[text()='参加村民大会（每月）']]"));
                browser.type(By.name("attr:会议名称"), "七月村民大会");
                browser.type(By.id("note"), "户主本人到会");
                browser.find(By.id("photo")).sendKeys(photo.toString());
                browser.screenshot("staff-record-" + device);
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                browser.waitForText("已记录");
                assertThat(browser.find(By.id("done")).getText()).contains("+2").contains("参加村民大会")
                        .contains("已附证据 1 件");
                assertThat(browser.find(By.cssSelector(".month .total")).getText()).isEqualTo("2");
            });
            browser.step("caps", () -> {
                browser.click(By.xpath("//label[span[text()='宅前屋后乱堆物（按处）']]"));
                browser.type(By.name("attr:地点"), "屋后");
                browser.type(By.id("quantity"), "7");
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("-35"));
                // 7 piles ask -35; the rule counts at most 25 a month, and base points never fall below 0
                assertThat(browser.find(By.cssSelector(".month .total")).getText()).isEqualTo("0");
                assertThat(browser.find(By.cssSelector(".month")).getText()).contains("宅前屋后乱堆物").contains("+10");
                browser.screenshot("staff-month-" + device);
            });
            browser.step("today", () -> {
                browser.click(By.partialLinkText("我今天记的"));
                browser.waitForText("我今天记的");
                assertThat(browser.text()).contains("参加村民大会").contains("宅前屋后乱堆物").contains("共 2 件");
                browser.click(By.xpath("//div[b[text()='-35']]//summary"));
                browser.type(By.xpath("//div[b[text()='-35']]//input[@name='reason']"), "记错了户");
                browser.click(By.xpath("//div[b[text()='-35']]//button"));
                browser.waitForText("已撤销");
                browser.screenshot("staff-today-" + device);
                browser.open("/v/" + village + "/households/" + zhang + "/record");
                assertThat(browser.find(By.cssSelector(".month")).getText()).as("a take-back, not the group's review")
                        .contains("撤销（记分员本人记错）").contains("记错了户").doesNotContain("审核驳回");
            });
        }

        JsonNode month = township.api().get("/api/villages/" + village + "/households/" + zhang + "/months/"
                + YearMonth.now(clock)).json();
        assertThat(month.at("/base").asInt()).as(month.toString()).isEqualTo(2);
        assertThat(month.at("/awards").valueStream().filter(a -> a.at("/source").asString().equals("REVIEW")).count())
                .isEqualTo(1);
    }
}
