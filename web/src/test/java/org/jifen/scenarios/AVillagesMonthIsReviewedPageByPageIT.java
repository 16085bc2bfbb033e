package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11: the village admin reviews a month of a village with more households than a page holds, 50 at a time,
 * and a link to one household (as after a rejection) opens the page it is on, with it open.
 */
@AppTest
class AVillagesMonthIsReviewedPageByPageIT {

    private static final Pattern HOUSEHOLD = Pattern.compile("id=\"household-(\\d+)\"");

    @Autowired
    Township township;

    @Test
    void aVillagesMonthIsReviewedPageByPage() {
        String code = township.aVillage();
        for (int i = 0; i < 53; i++) {
            township.aHousehold(code);
        }
        Browser admin = signedIn(township.aLogin("VILLAGE_ADMIN", code));

        Browser.Page first = admin.get("/v/" + code + "/months/2024-07");
        Browser.Page second = admin.get("/v/" + code + "/months/2024-07?page=2");

        assertThat(first.status()).isEqualTo(200);
        assertThat(count(first.body())).isEqualTo(50);
        assertThat(first.body()).contains("共 53 户，这是第 1–50 户（第 1 / 2 页）", "page=2", "下一页");
        assertThat(count(second.body())).isEqualTo(3);
        assertThat(second.body()).contains("第 51–53 户（第 2 / 2 页）", "上一页");
        Matcher onSecond = HOUSEHOLD.matcher(second.body());
        assertThat(onSecond.find()).isTrue();
        String household = onSecond.group(1);
        Browser.Page linked = admin.get("/v/" + code + "/months/2024-07?household=" + household);
        assertThat(linked.body()).contains("第 2 / 2 页", "id=\"household-" + household + "\" open=\"open\"");
    }

    private static int count(String body) {
        Matcher households = HOUSEHOLD.matcher(body);
        int count = 0;
        while (households.find()) {
            count++;
        }
        return count;
    }

    private Browser signedIn(Township.Login login) {
        Browser browser = township.browser();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", login.username());
        fields.put("password", login.password());
        fields.put("_csrf", browser.get("/login").csrfToken());
        Browser.Page done = browser.postForm("/login", fields);
        assertThat(done.status()).as(done.toString()).isEqualTo(302);
        return browser;
    }
}
