package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who does what on the pages (ADR 0085): staff and auditors see no form of the village admin's (the group's members,
 * review, finalising, publishing, the registry); the village admin retires a member who left the group, adds the one
 * who replaced them, and finalises the month with the six sitting members' approvals and a photo of the sheet they
 * signed, which the month's page then shows beside who entered the approvals.
 */
@AppTest
class VillageAdminRunsTheGroupsActsInChromiumIT {

    private static final byte[] SHEET = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void staffAndAuditorsSeeNoAdminFormsAndTheAdminFinalisesWithTheSignedSheet() throws Exception {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        String last = YearMonth.now(clock).minusMonths(1).toString();
        long household = township.aHouseholdIn(village, "一组", "孙立新");
        township.anEvent(village, household, "参加村民大会", last + "-04");
        List<Long> group = township.aSelfGovernanceGroup(village);
        String home = "/v/" + village;
        String month = home + "/months/" + last;

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.PHONE)) {
            for (Township.Login reader : List.of(township.aLogin("STAFF", village), township.aLogin("AUDITOR", null))) {
                browser.signIn(reader);
                browser.step("no-admin-forms-" + reader.username(), () -> {
                    browser.open(home);
                    assertThat(browser.text()).contains("积分管理自治小组（6 人）").doesNotContain("退出小组")
                            .doesNotContain("添加成员");
                    browser.open(month);
                    assertThat(browser.driver().findElements(By.id("finalise-form"))).isEmpty();
                    assertThat(browser.driver().findElements(By.name("award"))).as("no review form").isEmpty();
                    browser.open(home + "/households");
                    assertThat(browser.text()).doesNotContain("导入登记表").doesNotContain("登记一户");
                    browser.open(home + "/plan");
                    assertThat(browser.driver().findElements(By.id("files"))).isEmpty();
                });
            }

            Township.Login admin = township.aLogin("VILLAGE_ADMIN", village);
            browser.signIn(admin).open(home);
            browser.step("retire-and-add", () -> {
                WebElement leaving = browser.find(By.xpath("//li[span[contains(text(),'退休党员')]]//button"));
                leaving.click();
                browser.driver().switchTo().alert().accept();
                browser.waitForText("该成员已退出小组");
                assertThat(browser.text()).contains("积分管理自治小组（5 人").contains("已退出的成员（1 人）");
                browser.driver().findElement(By.xpath("//summary[text()='添加成员']")).click();
                browser.type(By.id("member-name"), "陈秀英");
                browser.type(By.id("member-role"), "退休党员");
                browser.click(By.xpath("//form[.//input[@id='member-name']]//button"));
                browser.waitForText("已添加自治小组成员");
                assertThat(browser.text()).contains("积分管理自治小组（6 人）");
            });
            Path photo = Files.createTempFile("jifen-sheet-", ".png");
            Files.write(photo, SHEET);
            browser.open(month);
            browser.step("finalise-with-sheet", () -> {
                List<WebElement> sitting = browser.driver().findElements(By.name("approvedBy"));
                assertThat(sitting).as("the retired member is not offered").hasSize(6);
                sitting.forEach(WebElement::click);
                browser.find(By.id("finalise-sheet")).sendKeys(photo.toString());
                browser.click(By.id("finalise"));
                browser.driver().switchTo().alert().accept();
                browser.waitForText("已定稿");
                assertThat(browser.find(By.id("finalisation")).getText())
                        .contains("审定意见由 " + admin.username() + " 登录后录入")
                        .contains("自治小组签字表（1 份）");
                assertThat(browser.find(By.cssSelector("#finalisation .evidence img")).isDisplayed()).isTrue();
                browser.screenshot("admin-month-finalised-with-sheet");
            });
        }

        Api auditor = township.aUser("AUDITOR", null);
        JsonNode status = auditor.get("/api/villages/" + village + "/months/" + last).json();
        assertThat(status.at("/finalisation/approvedBy").findValuesAsString("name")).hasSize(6);
        assertThat(status.at("/finalisation/approvedBy").findValues("id")).extracting(JsonNode::asLong)
                .doesNotContain(group.get(5));
        JsonNode sheet = status.at("/finalisation/signOffSheets/0");
        assertThat(sheet.at("/contentType").asString()).isEqualTo("image/png");
        assertThat(sheet.at("/sha256").asString()).hasSize(64);
        Api.Download download = auditor.fetch("/api/villages/" + village + "/sign-off-sheets/"
                + sheet.at("/id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(SHEET);
    }
}
