package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A village admin on the plan workbench: uploads a spreadsheet plan with a mistake and sees it at its cell, fixes
 * the cell and uploads again, simulates last month with the new version (who gains, by how much), and activates it:
 * on the phone from this month on, so that it governs at once; at the desk without a month, so that it waits for
 * the next month and the page says so.
 */
@AppTest
class VillageAdminActivatesASpreadsheetPlanInChromiumIT {

    private static final String SHEET = """
            RuleSet,villages.csv,,
            Import,org.jifen.rules.Event,,
            Variables,org.jifen.rules.Awards awards,,
            ,,,
            RuleTable 积分项目,,,
            NAME,CONDITION,ACTION,
            ,$e : Event,,
            ,"type == ""$param""\","awards.add($param, ""村民议事"");",
            规则名称,事件类型,村民议事,
            参加村民大会,参加村民大会,%s,
            见义勇为,见义勇为,5,
            """;

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void aVillageAdminFixesTheRefusedCellSimulatesAndActivatesOnAPhone() throws Exception {
        YearMonth now = YearMonth.now(clock);
        fixSimulateActivate(PageBrowser.PHONE, "phone", now);
    }

    @Test
    void aVillageAdminFixesTheRefusedCellSimulatesAndActivatesAtADesk() throws Exception {
        fixSimulateActivate(PageBrowser.DESK, "desk", null);
    }

    private void fixSimulateActivate(Dimension size, String device, @Nullable YearMonth from) throws Exception {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long household = township.aHouseholdIn(village, "一组", "赵国强");
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        township.anEvent(village, household, "参加村民大会", last.atDay(3).toString());
        township.anEvent(village, household, "宅前屋后乱堆物", last.atDay(4).toString());
        Township.Login admin = township.aLogin("VILLAGE_ADMIN", village);
        Path wrong = Files.createTempDirectory("jifen-plan-").resolve("积分表.drl.csv");
        Files.writeString(wrong, SHEET.formatted("三"), StandardCharsets.UTF_8);
        Path right = Files.createTempDirectory("jifen-plan-").resolve("积分表.drl.csv");
        Files.writeString(right, SHEET.formatted("3"), StandardCharsets.UTF_8);

        try (PageBrowser browser = new PageBrowser(township.base()).size(size)) {
            browser.step("start", () -> {
                browser.signIn(admin);
                assertThat(browser.path()).isEqualTo("/v/" + village);
                assertThat(browser.text()).contains("积分方案").contains("第 1 版");
                browser.click(By.linkText("积分方案"));
                browser.waitForText("上传新版本");
            });
            browser.step("refused", () -> {
                browser.find(By.id("files")).sendKeys(wrong.toString());
                browser.click(By.cssSelector("form[enctype] button[type=submit]"));
                browser.waitFor(d -> d.findElements(By.id("upload-problems")).size() == 1);
                String problems = browser.find(By.id("upload-problems")).getText();
                assertThat(problems).contains("积分表.drl.csv").contains("第 10 行").contains("C10");
                browser.screenshot("admin-plan-refused-" + device);
            });
            browser.step("fixed", () -> {
                browser.find(By.id("files")).sendKeys(right.toString());
                browser.click(By.cssSelector("form[enctype] button[type=submit]"));
                browser.waitForText("上传成功");
                assertThat(browser.path()).startsWith("/v/" + village + "/plan/2");
                // accepted, but the upload replaces version 1 without its rules and has no event catalog
                String warnings = browser.find(By.id("warnings")).getText();
                assertThat(warnings).contains("提醒（3 处）").contains("catalog.csv").contains("本方案没有规则测试").contains("第 1 版")
                        .contains("示例方案.drl");
                assertThat(browser.find(By.id("activate")).getAttribute("data-confirm"))
                        .contains("3 处提醒").contains("删除 3 条");
                // each rule's conditions and points in words, from the spreadsheet's cells (M5)
                String rules = browser.find(By.id("rules")).getText();
                assertThat(rules).contains("记一件事时；事件类型是「参加村民大会」").contains("加 3 分（村民议事）")
                        .contains("事件类型是「见义勇为」").contains("加 5 分（村民议事）");
            });
            browser.step("simulate", () -> {
                browser.click(By.cssSelector("form[data-busy='正在模拟…'] button"));
                browser.waitFor(d -> d.findElements(By.id("simulation")).size() == 1);
                String simulation = browser.find(By.id("simulation")).getText();
                assertThat(simulation).contains("赵国强").contains("+3").contains("1 户积分会变化");
                // what the new version no longer scores, and the change in words, fit the screen (ADR 0191)
                assertThat(browser.find(By.id("no-longer-scored")).getText()).contains("按这一版一分不得")
                        .contains("「宅前屋后乱堆物」1 件");
                assertThat(browser.find(By.id("diff")).getText()).contains("修改：参加村民大会")
                        .contains("删除：宅前屋后乱堆物");
                assertThat(browser.driver().executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll")
                        .isEqualTo(true);
                browser.screenshot("admin-plan-simulated-" + device);
            });
            browser.step("activate", () -> {
                // The version's own files can be downloaded, and activating says what it replaces (tryout M5).
                String file = browser.find(By.linkText("积分表.drl.csv")).getAttribute("href");
                Object download = browser.driver().executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(function (r) { done(r.status); });""", file);
                assertThat(download).isEqualTo(200L);
                if (from != null) {
                    browser.driver().executeScript("document.getElementById('from').value = arguments[0]",
                            from.toString());
                }
                browser.click(By.id("activate"));
                // Tryout clerk 5, M7: the month it applies from, and that month's events scored again.
                YearMonth next = YearMonth.now(clock).plusMonths(1);
                assertThat(browser.driver().switchTo().alert().getText()).contains("整份替换第 1 版")
                        .contains("删除").contains("条规则")
                        .contains(from != null ? "它从 " + from.getYear() + "年" + from.getMonthValue() + "月起适用。"
                                + from.getYear() + "年" + from.getMonthValue() + "月起各个未定稿月份已记的事件，会按这一版重新计分"
                                : "它从 " + next.getYear() + "年" + next.getMonthValue() + "月起适用，本月及以前已记的事件不变");
                browser.driver().switchTo().alert().accept();
                if (from != null) {
                    browser.waitForText("已启用：从 " + from + " 起");
                } else {
                    browser.waitForText("已安排：从 " + YearMonth.now(clock).plusMonths(1) + " 起");
                }
            });
        }
        assertThat(township.api().get("/api/villages/" + village + "/rule-sets/2").text("/status"))
                .isEqualTo(from != null ? "ACTIVE" : "SCHEDULED");
    }
}
