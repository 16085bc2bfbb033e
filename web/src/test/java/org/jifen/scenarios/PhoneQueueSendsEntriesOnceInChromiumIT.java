package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.SignalLink;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The phone loses its signal at the doorstep: entries wait on the phone with their eventId, the page says so, and
 * when the signal is back each is recorded exactly once, even when one is sent again because its answer was lost.
 * The network is cut as a lost signal cuts it: Chrome's own network emulation (DevTools) tells the page, and the link
 * to the service is cut too, since the emulation does not reach the page's service worker, which may take the page
 * over at any moment of the test on a loaded machine.
 */
@AppTest
class PhoneQueueSendsEntriesOnceInChromiumIT {

    @Autowired
    Township township;

    @Autowired
    Clock clock;

    @Test
    void entriesRecordedOfflineOnAPhoneAreSentExactlyOnceWhenTheSignalReturns() {
        queueOffline(PageBrowser.PHONE, "phone");
    }

    @Test
    void entriesRecordedOfflineAtADeskAreSentExactlyOnceWhenTheConnectionReturns() {
        queueOffline(PageBrowser.DESK, "desk");
    }

    private void queueOffline(Dimension size, String device) {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE, Plans.CATALOG);
        long household = township.aHouseholdIn(village, "一组", "王建国");
        Township.Login staff = township.aLogin("STAFF", village);

        try (SignalLink signal = new SignalLink(URI.create(township.base()).getPort());
                PageBrowser browser = new PageBrowser(signal.base()).size(size)) {
            browser.signIn(staff).open("/v/" + village + "/households/" + household + "/record");
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            browser.step("offline", () -> {
                browser.driver().setNetworkConditions(offline);
                signal.cut();
                for (String meeting : List.of("十一月村民大会", "十二月村民大会")) {
                    browser.click(By.xpath("//label[span[text()='参加村民大会（每月）']]"));
                    browser.type(By.name("attr:会议名称"), meeting);
                    browser.click(By.cssSelector("#record-form button[type=submit]"));
                    browser.waitFor(d -> d.findElement(By.id("queue")).getText()
                            .contains("有 " + (meeting.startsWith("十一") ? 1 : 2) + " 条记录暂存在手机上"));
                }
                assertThat(browser.find(By.id("record-problem")).getText()).contains("没有网络").contains("暂存在手机上");
                browser.waitFor(d -> d.findElement(By.id("queue")).getText().contains("有 2 条记录暂存在手机上"));
                browser.screenshot("staff-offline-queue-" + device);
            });
            @SuppressWarnings("unchecked")
            List<String> waiting = (List<String>) browser.driver().executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var open = indexedDB.open('jifen-queue', 1);
                    open.onsuccess = function () {
                      var all = open.result.transaction('entries').objectStore('entries').getAll();
                      all.onsuccess = function () {
                        done(all.result.sort(function (a, b) { return a.queuedAt - b.queuedAt; })
                            .map(function (e) { return e.eventId; }));
                      };
                    };""");
            assertThat(waiting).hasSize(2).doesNotHaveDuplicates();
            // one entry exactly as the phone queued it, to queue again later as if its answer had been lost
            String queued = (String) browser.driver().executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    var eventId = arguments[0];
                    var open = indexedDB.open('jifen-queue', 1);
                    open.onsuccess = function () {
                      var one = open.result.transaction('entries').objectStore('entries').get(eventId);
                      one.onsuccess = function () { done(JSON.stringify(one.result)); };
                    };""", waiting.get(0));
            assertThat(awards(village, household)).as("nothing reached the service while offline").isZero();

            browser.step("online", () -> {
                signal.restore();
                browser.driver().deleteNetworkConditions();
                // The page sends by itself when the browser says it is online again; the button does it at once.
                browser.driver().executeScript(
                        "var send = document.getElementById('queue-send'); if (send) { send.click(); }");
                // Sent, the page reloads with the household's month and says so; the offline warning is gone.
                browser.waitFor(d -> d.findElement(By.id("queue")).getText().contains("联网后已发送 2 条暂存的记录"));
                assertThat(browser.driver().findElements(By.id("record-problem"))).isEmpty();
                assertThat(browser.find(By.cssSelector(".month")).getText()).contains("参加村民大会")
                        .doesNotContain("暂无积分记录");
                browser.screenshot("staff-offline-sent-" + device);
            });
            assertThat(awards(village, household)).isEqualTo(2);
            for (String eventId : waiting) {
                assertThat(township.api().get("/api/villages/" + village + "/events/" + eventId).status()).isEqualTo(200);
            }

            browser.step("answer-lost", () -> {
                // The first answer never reached the phone: the entry is still queued and goes again.
                browser.driver().executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        var entry = JSON.parse(arguments[0]);
                        var open = indexedDB.open('jifen-queue', 1);
                        open.onsuccess = function () {
                          var t = open.result.transaction('entries', 'readwrite');
                          t.objectStore('entries').put(entry);
                          t.oncomplete = function () { done(true); };
                        };""", queued);
                browser.driver().navigate().refresh();
                browser.waitFor(d -> d.findElement(By.id("queue")).getText().contains("联网后已发送 1 条暂存的记录"));
            });
        }
        assertThat(awards(village, household)).as("the repeat was answered with the first result").isEqualTo(2);
    }

    private long awards(String village, long household) {
        JsonNode month = township.api().get("/api/villages/" + village + "/households/" + household + "/months/"
                + YearMonth.now(clock)).json();
        return month.at("/awards").valueStream().filter(a -> a.at("/rule").asString().equals("参加村民大会")).count();
    }
}
