package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The township opens its dashboard: every village with its plan filing, group, households and this month's
 * participation, the milestones it is behind on, and the points by category and participation drawn as charts.
 */
@AppTest
class TownshipDashboardShowsItsChartsInChromiumIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void theTownshipDashboardShowsItsChartsOnAPhone() {
        dashboard(PageBrowser.PHONE, "phone");
    }

    @Test
    void theTownshipDashboardShowsItsChartsAtADesk() {
        dashboard(PageBrowser.DESK, "desk");
    }

    private void dashboard(Dimension size, String device) {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long one = township.aHouseholdIn(village, "一组", "钱文");
        township.aHouseholdIn(village, "一组", "吴芳");
        township.anEvent(village, one, "参加村民大会", LocalDate.now(clock).toString());
        Township.Login township = this.township.aLogin("TOWNSHIP_ADMIN", null);

        try (PageBrowser browser = new PageBrowser(this.township.base()).size(size)) {
            browser.step("dashboard", () -> {
                browser.signIn(township);
                assertThat(browser.path()).isEqualTo("/township");
                // The last month that is over, by default (tryout pages-2 M4); this month chosen from the picker.
                YearMonth now = YearMonth.now(clock);
                YearMonth last = now.minusMonths(1);
                assertThat(browser.text()).contains("参与率（" + last.getYear() + "年" + last.getMonthValue() + "月，");
                browser.find(By.id("month")).findElement(By.cssSelector("option[value='" + now + "']")).click();
                browser.click(By.cssSelector("#month-picker button"));
                browser.waitForText("本月未过完");
                assertThat(browser.path()).isEqualTo("/township?month=" + now);
                browser.waitFor(d -> "true".equals(d.findElement(By.id("chart-points")).getAttribute("data-rendered")));
                assertThat(browser.driver().findElements(By.cssSelector("#chart-points canvas"))).isNotEmpty();
                // Every village is named beside its own bar, none cut off or skipped (tryout M8, pages-2 minor 9):
                // the texts the chart drew, each wholly inside the chart (a long name is broken over two lines).
                @SuppressWarnings("unchecked")
                List<List<Object>> texts = (List<List<Object>>) browser.driver().executeScript("""
                        var chart = echarts.getInstanceByDom(document.getElementById('chart-participation'));
                        return chart.getZr().storage.getDisplayList()
                            .filter(function (e) { return e.style && typeof e.style.text === 'string'; })
                            .map(function (e) {
                                var r = e.getBoundingRect().clone();
                                r.applyTransform(e.getComputedTransform());
                                return [e.style.text, r.x, r.x + r.width, chart.getWidth()];
                            });""");
                assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(((Number) text.get(1)).doubleValue())
                        .as("the left of %s", text.get(0)).isGreaterThanOrEqualTo(0)).allSatisfy(text -> assertThat(
                        ((Number) text.get(2)).doubleValue()).as("the right of %s", text.get(0))
                        .isLessThanOrEqualTo(((Number) text.get(3)).doubleValue()));
                String drawn = String.join("", texts.stream().map(text -> String.valueOf(text.get(0))).toList());
                // No inline style was refused by the Content-Security-Policy while the charts were drawn.
                assertThat(browser.driver().manage().logs().get("browser").getAll().stream()
                        .map(entry -> entry.getMessage()).filter(message -> message.contains("Content Security Policy"))
                        .toList()).isEmpty();
                List<String> villages = browser.driver().findElements(By.cssSelector("#villages tbody td:first-child a"))
                        .stream().map(link -> link.getText().strip()).toList();
                assertThat(villages).contains("测试村" + village).allSatisfy(name -> assertThat(drawn)
                        .as("village names drawn on the participation chart").contains(name));
                String row = browser.find(By.xpath("//table[@id='villages']//tr[td/a[text()='测试村" + village + "']]"))
                        .getText();
                assertThat(row).contains("第 1 版").contains("50%（1 户）").contains("0 人（不足 6 人）");
                browser.screenshot("township-dashboard-" + device);
            });
            browser.step("filing", () -> {
                browser.click(By.xpath("//tr[td/a[text()='测试村" + village + "']]//a[contains(text(), '第 1 版')]"));
                browser.waitForText("积分方案备案");
                assertThat(browser.text()).contains("SHA-256").contains("参加村民大会").contains("admin");
            });
        }
    }
}
