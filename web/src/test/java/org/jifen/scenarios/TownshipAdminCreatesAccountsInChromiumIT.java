package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.PageBrowser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The township admin opens 账号管理 from the top bar, sees every account with its role in Chinese and its village,
 * gives a village its clerk an account (a username in Chinese and a taken one are refused beside the field, what was
 * typed kept), and the clerk signs in with it. Nobody else may open the page (tryout pages-2 B1).
 */
@AppTest
class TownshipAdminCreatesAccountsInChromiumIT {

    @Autowired
    Township township;

    @Test
    void theTownshipAdminCreatesAClerksAccountOnAPhone() {
        createsAnAccount(PageBrowser.PHONE, "phone");
    }

    @Test
    void theTownshipAdminCreatesAClerksAccountAtADesk() {
        createsAnAccount(PageBrowser.DESK, "desk");
    }

    private void createsAnAccount(Dimension size, String device) {
        String village = township.aVillage();
        Township.Login existing = township.aLogin("VILLAGE_ADMIN", village);
        Township.Login admin = township.aLogin("TOWNSHIP_ADMIN", null);
        String clerk = "clerk-" + device + "-" + village;

        try (PageBrowser browser = new PageBrowser(township.base()).size(size)) {
            browser.step("accounts-" + device, () -> {
                browser.signIn(admin);
                browser.click(By.linkText("账号管理"));
                browser.waitForText("新建账号");
                assertThat(browser.path()).isEqualTo("/township/users");
                String row = browser.find(By.xpath("//table[@id='accounts']//tr[td[text()='" + existing.username()
                        + "']]")).getText();
                assertThat(row).contains("村管理员").contains("测试村" + village);
            });
            browser.step("refused-" + device, () -> {
                browser.type(By.id("username"), "张记分");
                browser.type(By.id("password"), "a-first-secret");
                browser.choose(By.id("role"), "记分员（属于一个村）");
                browser.choose(By.id("village"), "测试村" + village);
                browser.click(By.cssSelector("#main form button[type=submit]"));
                browser.waitFor(d -> d.findElement(By.id("username-problem")).getText().contains("英文字母"));
                // What was typed is kept, except the password.
                assertThat(browser.find(By.id("village")).getAttribute("value")).isEqualTo(village);
                assertThat(browser.find(By.id("role")).getAttribute("value")).isEqualTo("STAFF");
                browser.type(By.id("username"), existing.username());
                browser.type(By.id("password"), "a-first-secret");
                browser.click(By.cssSelector("#main form button[type=submit]"));
                browser.waitFor(d -> d.findElement(By.id("username-problem")).getText().contains("已被使用"));
                browser.screenshot("township-accounts-refused-" + device);
            });
            browser.step("created-" + device, () -> {
                browser.type(By.id("username"), clerk);
                browser.type(By.id("password"), "a-first-secret");
                browser.click(By.cssSelector("#main form button[type=submit]"));
                browser.waitForText("已创建账号：" + clerk);
                String row = browser.find(By.xpath("//table[@id='accounts']//tr[td[text()='" + clerk + "']]"))
                        .getText();
                assertThat(row).contains("记分员").contains("测试村" + village).contains(admin.username());
                assertThat((Boolean) browser.driver().executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scroll")
                        .isTrue();
                browser.screenshot("township-accounts-" + device);
            });
            browser.step("clerk-signs-in-" + device, () -> {
                browser.signIn(new Township.Login(clerk, "a-first-secret"));
                assertThat(browser.path()).isEqualTo("/v/" + village + "/record");
            });
        }
    }

    /** An auditor's account belongs to no village, even when the form's village list was left on one. */
    @Test
    void aTownshipWideAccountBelongsToNoVillage() {
        String village = township.aVillage();
        Township.Login admin = township.aLogin("TOWNSHIP_ADMIN", null);
        Browser browser = township.browser();
        browser.postForm("/login", new LinkedHashMap<>(Map.of("username", admin.username(),
                "password", admin.password(), "_csrf", browser.get("/login").csrfToken())));
        String auditor = "auditor-of-" + village;

        Browser.Page created = browser.postForm("/township/users", new LinkedHashMap<>(Map.of("username", auditor,
                "password", "a-first-secret", "role", "AUDITOR", "village", village, "_csrf", browser.csrf())));

        assertThat(created.status()).as(created.toString()).isEqualTo(302);
        assertThat(browser.get("/township/users").body())
                .containsPattern("<td>" + auditor + "</td><td>审计</td>\\s*<td>—</td>");
        assertThat(township.api().get("/api/township/audit-log?act=user.created&size=200").json().at("/entries")
                .valueStream().filter(entry -> entry.at("/target").asString().equals("user " + auditor))
                .map(entry -> entry.at("/village").isNull() || entry.at("/village").isMissingNode()).toList())
                .containsExactly(true);
        assertThat(township.api().as(auditor, "a-first-secret").get("/api/township/overview").status())
                .isEqualTo(200);
    }

    @Test
    void onlyTheTownshipAdminOpensTheAccountsPage() {
        String village = township.aVillage();
        for (String role : new String[] {"VILLAGE_ADMIN", "STAFF", "AUDITOR"}) {
            Township.Login login = township.aLogin(role, "AUDITOR".equals(role) ? null : village);
            Browser browser = township.browser();
            String token = browser.get("/login").csrfToken();
            assertThat(browser.postForm("/login", new LinkedHashMap<>(Map.of("username", login.username(),
                    "password", login.password(), "_csrf", token))).header("Location")).doesNotContain("error");
            Browser.Page page = browser.get("/township/users");
            assertThat(page.status()).as(role).isEqualTo(403);
            assertThat(page.body()).contains("无权");
            assertThat(browser.postForm("/township/users", new LinkedHashMap<>(Map.of("username", "sneaky-" + role,
                    "password", "a-long-secret", "role", "TOWNSHIP_ADMIN", "_csrf", browser.csrf()))).status())
                    .as(role).isEqualTo(403);
        }
        assertThat(township.api().as("sneaky-STAFF", "a-long-secret").get("/api/villages").status()).isEqualTo(401);
    }
}
