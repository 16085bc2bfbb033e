package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A plan without a list of event types (tryout M3): staff are offered the types that earned or cost points in the
 * village before, and an entry whose type no rule knows says plainly that it scored nothing and why, instead of
 * passing for a recorded point.
 */
@AppTest
class StaffChooseAnEventTypeTheirPlanUsesInChromiumIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void staffAreOfferedTheTypesThatCountedAndAMistypedOneSaysItScoredNothing() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHouseholdIn(village, "一组", "杨建华");
        String today = LocalDate.now(clock).toString();
        township.anEvent(village, household, "参加村民大会", today);
        township.anEvent(village, household, "见义勇为", today);
        Township.Login staff = township.aLogin("STAFF", village);

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.PHONE)) {
            browser.signIn(staff).open("/v/" + village + "/households/" + household + "/record");
            browser.step("offered", () -> {
                List<String> offered = browser.driver().findElements(By.cssSelector("#known-types option")).stream()
                        .map(option -> option.getAttribute("value")).toList();
                assertThat(offered).containsExactlyInAnyOrder("参加村民大会", "见义勇为");
                assertThat(browser.find(By.id("type")).getAttribute("list")).isEqualTo("known-types");
            });
            browser.step("mistyped", () -> {
                browser.type(By.id("type"), "参加村民会议");
                browser.click(By.cssSelector("#record-form button[type=submit]"));
                browser.waitForText("已记录");
                assertThat(browser.find(By.id("done")).getText()).contains("没有规则对这件事加分或扣分")
                        .contains("事件类型写错了");
                browser.screenshot("staff-mistyped-type-phone");
            });
        }
    }
}
