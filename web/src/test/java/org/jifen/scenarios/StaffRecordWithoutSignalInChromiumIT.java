package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Plans;
import org.jifen.support.SignalLink;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Staff lose the signal between two doorsteps and still move between the households they opened before: the phone
 * shows the record pages it kept (the service worker, ADR 0125), takes entries into its queue, and sends each exactly
 * once when the signal returns. A household never opened gets a Chinese page listing those that can be recorded.
 */
@AppTest
class StaffRecordWithoutSignalInChromiumIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void staffWithoutSignalOpenTheRecordPagesTheyOpenedBeforeAndTheirEntriesAreSentOnce() {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.CATALOG);
        long first = township.aHouseholdIn(village, "一组", "王建国");
        long second = township.aHouseholdIn(village, "二组", "李秀英");
        long never = township.aHouseholdIn(village, "二组", "赵未开");
        Township.Login staff = township.aLogin("STAFF", village);
        String record = "/v/" + village + "/households/";

        try (SignalLink signal = new SignalLink(java.net.URI.create(township.base()).getPort());
                PageBrowser browser = new PageBrowser(signal.base()).size(PageBrowser.PHONE)) {
            browser.step("online", () -> {
                browser.signIn(staff).open("/v/" + village + "/record");
                // The page registers its service worker (jifen.js): wait until it is installed and active.
                browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                Object registered = browser.driver().executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        (function poll() {
                          navigator.serviceWorker.getRegistration().then(function (r) {
                            if (!r) { setTimeout(poll, 200); return; }
                            var worker = r.installing || r.waiting;
                            if (!worker) { done(r.active ? 'activated' : 'no worker'); return; }
                            worker.addEventListener('statechange', function () {
                              if (worker.state === 'activated' || worker.state === 'redundant') { done(worker.state); }
                            });
                            if (worker.state === 'activated') { done('activated'); }
                          });
                        })();""");
                assertThat(registered).isEqualTo("activated");
                // A page opened after the worker is active is always under it; the one that registered it is only
                // once the worker's clients.claim() ran, which a loaded machine may not get to within the wait.
                browser.open("/v/" + village + "/record");
                browser.waitFor(d -> (Boolean) browser.driver().executeScript(
                        "return navigator.serviceWorker.controller !== null"));
                browser.open(record + first + "/record").waitForText("王建国");
                browser.open(record + second + "/record").waitForText("李秀英");
            });
            // The signal is lost: the page is told so (DevTools) and nothing reaches the service (the link is cut).
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            browser.driver().setNetworkConditions(offline);
            signal.cut();

            browser.step("offline-pages", () -> {
                for (int opening = 1; opening <= 2; opening++) {
                    // Opened anew each time (as staff come back to a household): each opening is its own entry.
                    browser.open(record + first + "/record").waitForText("王建国");
                    assertThat(browser.find(By.id("record-problem")).getText()).contains("没有网络")
                            .contains("手机上保存的页面");
                    queue(browser, "第" + opening + "次村民大会", opening);
                }
                browser.open(record + second + "/record").waitForText("李秀英");
                queue(browser, "李家的村民大会", 3);
                browser.screenshot("staff-offline-kept-page");
                browser.open(record + never + "/record").waitForText("没有网络");
                assertThat(browser.text()).contains("没有网络也能记分的户").doesNotContain("赵未开");
                browser.waitFor(d -> d.findElement(By.id("offline-pages")).getText().contains("王建国"));
                assertThat(browser.find(By.id("offline-pages")).getText()).contains("李秀英");
                browser.waitFor(d -> d.findElement(By.id("queue")).getText().contains("有 3 条记录暂存在手机上"));
                browser.screenshot("staff-offline-page-not-kept");
            });
            assertThat(awards(village, first) + awards(village, second)).as("nothing sent while offline").isZero();

            browser.step("back-online", () -> {
                signal.restore();
                browser.driver().deleteNetworkConditions();
                browser.open(record + second + "/record");
                browser.waitFor(d -> d.findElement(By.id("queue")).getText().contains("联网后已发送 3 条暂存的记录"));
                assertThat(browser.driver().findElements(By.id("record-problem"))).isEmpty();
            });
        }
        assertThat(awards(village, first)).as("two openings of the kept page, two entries").isEqualTo(2);
        assertThat(awards(village, second)).isEqualTo(1);
    }

    private static void queue(PageBrowser browser, String meeting, int waiting) {
        browser.click(By.xpath("//label[span[text()='参加村民大会（每月）']]"));
        browser.type(By.name("attr:会议名称"), meeting);
        browser.click(By.cssSelector("#record-form button[type=submit]"));
        browser.waitFor(d -> d.findElement(By.id("queue")).getText().contains("有 " + waiting + " 条记录暂存在手机上"));
    }

    private long awards(String village, long household) {
        JsonNode month = township.api().get("/api/villages/" + village + "/households/" + household + "/months/"
                + YearMonth.now(clock)).json();
        return month.at("/awards").valueStream().filter(a -> a.at("/rule").asString().equals("参加村民大会")).count();
    }
}
