package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.PageBrowser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The village admin on a phone corrects a mistyped head of household and renews the household's lost card (tryout
 * pages-2 minor 2): from the register to the household's page; an over-long name and a word for a number are refused
 * next to their fields, then more residents than members next to the residents, with what was typed kept; the
 * corrected name is saved with its reason in the household's history; 补办新卡 asks first, then shows the new card,
 * whose code opens the household while the old one opens nothing. Staff and auditors are refused the change (403).
 */
@AppTest
class VillageAdminCorrectsAHouseholdAndRenewsItsCardInChromiumIT {

    private static final Pattern LINK = Pattern.compile("/h/[A-Za-z0-9_-]+");

    @Autowired
    Township township;

    @Test
    void theAdminCorrectsTheHeadsNameAndRenewsTheCardAndTheOldCodeStopsWorking() {
        String village = township.aVillage();
        long household = township.aHouseholdIn(village, "一组", "赵国庆");
        Township.Login admin = township.aLogin("VILLAGE_ADMIN", village);
        String oldCard = link(township.aUser("STAFF", village)
                .get("/api/villages/" + village + "/households/" + household + "/card").body());
        String[] newCard = new String[1];

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.PHONE)) {
            browser.step("household", () -> {
                browser.signIn(admin).open("/v/" + village + "/households");
                browser.click(By.xpath("//tr[td[normalize-space(.)='赵国庆']]/td[1]/a"));
                browser.waitFor(d -> d.getCurrentUrl().endsWith("/households/" + household));
                assertThat(browser.find(By.id("now-headName")).getText()).isEqualTo("赵国庆");
            });
            browser.step("refused", () -> {
                browser.type(By.id("headName"), "赵".repeat(45));
                browser.type(By.id("permanentResidents"), "两人");
                browser.type(By.id("reason"), "户主姓名录入有误");
                browser.click(By.cssSelector("#edit button[type=submit]"));
                browser.waitFor(d -> d.findElements(By.id("headName-problem")).size() == 1);
                assertThat(browser.find(By.id("headName-problem")).getText()).contains("最多 40 个字");
                assertThat(browser.find(By.id("permanentResidents-problem")).getText()).contains("整数")
                        .contains("两人");
                assertThat(browser.find(By.id("reason")).getAttribute("value")).isEqualTo("户主姓名录入有误");
                assertThat(browser.find(By.id("headName")).getAttribute("value")).isEqualTo("赵".repeat(45));
                browser.screenshot("household-edit-refused-phone");
            });
            browser.step("refused by the register", () -> {
                browser.type(By.id("headName"), "赵国清");
                browser.type(By.id("permanentResidents"), "5");
                browser.type(By.id("members"), "2");
                browser.click(By.cssSelector("#edit button[type=submit]"));
                // The page before still shows the residents' earlier problem: wait for the new one's words.
                browser.waitFor(d -> d.findElement(By.id("permanentResidents-problem")).getText().contains("常住人口"));
                assertThat(browser.find(By.id("headName")).getAttribute("value")).isEqualTo("赵国清");
                assertThat(browser.find(By.id("now-headName")).getText()).as("nothing changed yet")
                        .isEqualTo("赵国庆");
            });
            browser.step("saved", () -> {
                browser.type(By.id("permanentResidents"), "2");
                browser.click(By.cssSelector("#edit button[type=submit]"));
                browser.waitForText("已保存修改");
                assertThat(browser.find(By.id("now-headName")).getText()).isEqualTo("赵国清");
                assertThat(browser.find(By.id("change-list")).getText()).contains("户主姓名").contains("赵国庆")
                        .contains("赵国清").contains("户主姓名录入有误");
                browser.screenshot("household-corrected-phone");
            });
            browser.step("renew", () -> {
                assertThat(browser.find(By.id("renew-card")).getAttribute("data-confirm")).contains("旧卡的二维码会立即失效");
                browser.click(By.id("renew-card"));
                assertThat(browser.driver().switchTo().alert().getText()).contains("赵国清");
                browser.driver().switchTo().alert().accept();
                browser.waitFor(d -> d.getCurrentUrl().endsWith("/households/" + household + "/card"));
                browser.waitForText("赵国清");
                newCard[0] = link(browser.driver().getPageSource());
                browser.screenshot("household-card-renewed-phone");
            });
        }

        assertThat(newCard[0]).isNotEqualTo(oldCard);
        Browser villager = township.browser();
        Browser.Page old = villager.get(oldCard);
        assertThat(old.status()).as("the old card's code opens nothing").isEqualTo(404);
        assertThat(old.body()).contains("此二维码无效或已换发新卡").doesNotContain("赵国");
        Browser.Page current = villager.get(newCard[0]);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.body()).contains("赵国清");

        JsonNode changes = township.api()
                .get("/api/villages/" + village + "/households/" + household + "/changes").json();
        assertThat(changes.findValuesAsString("label")).contains("户主姓名");
        assertThat(changes.findValuesAsString("newValue")).contains("赵国清");
        assertThat(changes.findValuesAsString("changedBy")).containsOnly(admin.username());

        Map<String, String> edit = new LinkedHashMap<>(Map.of("householdNo", "X1", "headName", "冒名",
                "group", "一组", "permanentResidents", "1", "members", "1"));
        for (String role : new String[] {"STAFF", "AUDITOR"}) {
            Browser other = signedIn(township.aLogin(role, "STAFF".equals(role) ? village : null));
            edit.put("_csrf", other.csrf());
            Browser.Page refused = other.postForm("/v/" + village + "/households/" + household, edit);
            assertThat(refused.status()).as(role + " changing a household").isEqualTo(403);
            Browser.Page renew = other.postForm("/v/" + village + "/households/" + household + "/card/renew",
                    Map.of("_csrf", other.csrf()));
            assertThat(renew.status()).as(role + " renewing a card").isEqualTo(403);
        }
        assertThat(township.api().get("/api/villages/" + village + "/households/" + household).text("/headName"))
                .isEqualTo("赵国清");
        assertThat(villager.get(newCard[0]).status()).as("the refused renewals revoked nothing").isEqualTo(200);
    }

    private static String link(String page) {
        Matcher found = LINK.matcher(page);
        assertThat(found.find()).as("a card's link on the page").isTrue();
        return found.group();
    }

    private Browser signedIn(Township.Login login) {
        Browser browser = township.browser();
        browser.postForm("/login", new LinkedHashMap<>(Map.of("username", login.username(),
                "password", login.password(), "_csrf", browser.get("/login").csrfToken())));
        return browser;
    }
}
