package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in to the pages as a browser does: `/` without a login leads to a Chinese login page (the API still answers
 * JSON 401); each kind of user lands on their own start page; the form's failed logins meet the API's throttle; a
 * form without its anti-forgery token does nothing; a village page of another village is refused with a Chinese page;
 * signing out ends the session.
 */
@AppTest
class SigningInToThePagesIT {

    @Autowired
    Township township;

    /** Every page's icon, asked for by browsers before any login (tryout pages-2 minor 14: it was a 404). */
    @Test
    void theIconLoadsWithoutALogin() {
        Browser.Page icon = township.browser().get("/favicon.ico");

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).isNotNull();
    }

    @Test
    void theStartWithoutALoginIsAChineseLoginPageAndTheApiStillAnswersJson() {
        Browser browser = township.browser();

        Browser.Page start = browser.get("/");
        Browser.Page login = browser.get(start.header("Location").replaceFirst("^https?://[^/]+", ""));
        Browser.Page api = browser.get("/api/villages");

        assertThat(start.status()).isEqualTo(302);
        assertThat(start.header("Location")).endsWith("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Content-Type")).startsWith("text/html");
        assertThat(login.body()).contains("<html lang=\"zh-CN\"").contains("登录").contains("用户名").contains("密码")
                .contains("name=\"_csrf\"").doesNotContain("<script>");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void eachKindOfUserLandsOnTheirOwnStartPage() {
        String village = township.aVillage();
        Map<String, String> starts = Map.of("STAFF", "/v/" + village + "/record", "VILLAGE_ADMIN", "/v/" + village,
                "AUDITOR", "/audit", "TOWNSHIP_ADMIN", "/township");
        starts.forEach((role, start) -> {
            Browser browser = township.browser();
            Township.Login login = township.aLogin(role, role.startsWith("V") || role.equals("STAFF") ? village : null);
            Browser.Page signedIn = signIn(browser, login.username(), login.password());
            assertThat(signedIn.status()).as(role).isEqualTo(302);
            Browser.Page home = browser.get("/");
            assertThat(home.header("Location")).as(role).endsWith(start);
            Browser.Page page = browser.get(start);
            assertThat(page.status()).as(role + " " + page).isEqualTo(200);
            assertThat(page.body()).contains(login.username()).contains("退出登录");
        });
    }

    @Test
    void theLoginFormMeetsTheSameThrottleAsTheApi() {
        Township.Login staff = township.aLogin("STAFF", township.aVillage());
        Browser browser = township.browser();

        for (int i = 0; i < 5; i++) {
            Browser.Page wrong = signIn(browser, staff.username(), "not-the-password");
            assertThat(wrong.header("Location")).as("attempt " + (i + 1)).contains("/login?");
        }
        Browser.Page locked = signIn(browser, staff.username(), staff.password());
        Browser.Page said = browser.get("/login?locked=1");

        assertThat(locked.header("Location")).as("the right password during the lock-out").contains("/login?locked=");
        assertThat(said.body()).contains("登录失败次数过多");
        assertThat(township.api().as(staff.username(), staff.password()).get("/api/villages").status())
                .as("the API shares the lock-out").isEqualTo(429);
    }

    @Test
    void aFormWithoutItsTokenDoesNothingAndAnotherVillagesPageIsRefusedInChinese() {
        String mine = township.aVillage();
        String theirs = township.aVillage();
        Township.Login staff = township.aLogin("STAFF", mine);
        Browser browser = township.browser();
        signIn(browser, staff.username(), staff.password());

        Browser.Page forged = browser.postForm("/v/" + mine + "/group-members", Map.of("name", "冒名", "role", "组长"));
        Browser.Page other = browser.get("/v/" + theirs + "/record");
        Browser.Page missing = browser.get("/no-such-page");
        Browser.Page out = browser.postForm("/logout", Map.of("_csrf", browser.get("/v/" + mine + "/today").csrfToken()));
        Browser.Page after = browser.get("/v/" + mine + "/today");

        assertThat(forged.status()).isEqualTo(302);
        assertThat(forged.header("Location")).contains("/login?expired");
        assertThat(township.api().get("/api/villages/" + mine + "/group-members").body()).doesNotContain("冒名");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("无权查看这一页").doesNotContain("problem+json");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在");
        assertThat(out.header("Location")).endsWith("/login?loggedOut");
        assertThat(after.status()).as("signed out").isEqualTo(302);
    }

    @Test
    void aWrongAddressOrAnUnknownCardIsAChinesePageThatSaysSo() {
        String village = township.aVillage();
        Township.Login staff = township.aLogin("STAFF", village);
        Browser browser = township.browser();
        signIn(browser, staff.username(), staff.password());

        Browser.Page notANumber = browser.get("/v/" + village + "/households/abc/record");
        Browser.Page notAMonth = browser.get("/v/" + village + "/months/2024-13");
        Browser.Page unknownCard = township.browser().get("/h/notarealtoken123");

        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.body()).contains("不是有效的编号").doesNotContain("服务出错了");
        assertThat(notAMonth.status()).isEqualTo(404);
        assertThat(unknownCard.status()).isEqualTo(404);
        assertThat(unknownCard.body()).contains("<title>页面不存在</title>").contains("此二维码无效或已换发新卡")
                .doesNotContain("th:text").doesNotContain("&lt;title");
    }

    private static Browser.Page signIn(Browser browser, String username, String password) {
        String token = browser.get("/login").csrfToken();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", token);
        return browser.postForm("/login", form);
    }
}
