package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The month-end on a page: the village admin runs the evaluation, rejects an award with the group's reason, ticks the
 * six members of the self-governance group who approve, and finalises the month.
 */
@AppTest
class MonthFinalisedWithSixApprovalsInChromiumIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void aMonthIsEvaluatedReviewedAndFinalisedWithSixApprovalsOnAPhone() {
        finalise(PageBrowser.PHONE, "phone");
    }

    @Test
    void aMonthIsEvaluatedReviewedAndFinalisedWithSixApprovalsAtADesk() {
        finalise(PageBrowser.DESK, "desk");
    }

    private void finalise(Dimension size, String device) {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHouseholdIn(village, "一组", "孙立新");
        String last = YearMonth.now(clock).minusMonths(1).toString();
        township.anEvent(village, household, "参加村民大会", last + "-04");
        long bravery = township.anEvent(village, household, "见义勇为", last + "-09").id("/awards/0/id");
        List<Long> group = township.aSelfGovernanceGroup(village);
        Township.Login admin = township.aLogin("VILLAGE_ADMIN", village);

        try (PageBrowser browser = new PageBrowser(township.base()).size(size)) {
            browser.signIn(admin).open("/v/" + village + "/months/" + last);
            browser.step("evaluate", () -> {
                browser.click(By.id("evaluate"));
                browser.waitForText("评分完成");
                assertThat(browser.text()).contains("当月无扣分");
            });
            browser.step("review", () -> {
                browser.choose(By.name("award"), bravery + " 见义勇为 +20");
                browser.type(By.name("reason"), "经核实未参与救援");
                browser.click(By.cssSelector("details.household-month button.danger"));
                browser.waitFor(d -> d.findElement(By.tagName("body")).getText().contains("经核实未参与救援"));
            });
            browser.step("finalise", () -> {
                List<WebElement> members = browser.driver().findElements(By.name("approvedBy"));
                assertThat(members).hasSize(6);
                members.forEach(WebElement::click);
                browser.screenshot("admin-month-" + device);
                browser.click(By.id("finalise"));
                browser.driver().switchTo().alert().accept();
                browser.waitForText("已定稿");
                assertThat(browser.text()).contains("审定成员");
            });
        }
        var status = township.api().get("/api/villages/" + village + "/months/" + last).json();
        assertThat(status.at("/finalised").asBoolean()).isTrue();
        assertThat(status.at("/finalisation/approvedBy").size()).isEqualTo(6);
        assertThat(group).hasSize(6);
        var month = township.api().get("/api/villages/" + village + "/households/" + household + "/months/" + last)
                .json();
        assertThat(month.at("/bonus").asInt()).as("the rejected bravery no longer counts").isZero();
    }
}
