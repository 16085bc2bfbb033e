package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11: a village admin submits a typical case from the village's page (title, story, the households by 户号,
 * the items, photos), through the same service as the API. A mistake (an unknown 户号, a file that is not a photo)
 * brings the page back with the reason next to its field and what was typed kept, and submits nothing.
 */
@AppTest
class AVillageSubmitsATypicalCaseFromItsPageIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @Autowired
    Township township;

    @Test
    void aVillageAdminSubmitsATypicalCaseFromItsPage() {
        String code = township.aVillage();
        long first = township.aHousehold(code);
        long second = township.aHousehold(code);
        String firstNo = township.api().get("/api/villages/" + code + "/households/" + first).text("/householdNo");
        String secondNo = township.api().get("/api/villages/" + code + "/households/" + second).text("/householdNo");
        Browser admin = signedIn(township.aLogin("VILLAGE_ADMIN", code));
        Browser.Page page = admin.get("/v/" + code + "/cases");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("上报一个典型案例", "本村还没有上报典型案例");
        assertThat(admin.get("/v/" + code).body()).contains("/v/" + code + "/cases");

        Browser.Page unknownHousehold = admin.postMultipart("/v/" + code + "/cases",
                form(page, firstNo + "，X-999"), List.of(new Browser.File("photos", "垃圾分类.png", "image/png", PNG)));
        Browser.Page notAPhoto = admin.postMultipart("/v/" + code + "/cases", form(page, firstNo),
                List.of(new Browser.File("photos", "说明.txt", "text/plain", "只是文字".getBytes())));

        assertThat(unknownHousehold.status()).as(unknownHousehold.toString()).isIn(400, 422);
        assertThat(unknownHousehold.body()).contains("本村没有户号为 X-999 的农户", "积分超市带动垃圾分类",
                "村民用积分换日用品");
        assertThat(notAPhoto.status()).as(notAPhoto.toString()).isIn(400, 415, 422);
        assertThat(notAPhoto.body()).contains("id=\"photos-problem\"", "请重新选择照片", "积分超市带动垃圾分类");
        assertThat(township.api().get("/api/villages/" + code + "/cases").json()).as("nothing submitted").isEmpty();

        Browser.Page submitted = admin.postMultipart("/v/" + code + "/cases", form(page, firstNo + " " + secondNo),
                List.of(new Browser.File("photos", "前.png", "image/png", PNG),
                        new Browser.File("photos", "后.png", "image/png", PNG)));

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(302);
        JsonNode cases = township.api().get("/api/villages/" + code + "/cases").json();
        assertThat(cases).hasSize(1);
        assertThat(cases.at("/0/title").asString()).isEqualTo("积分超市带动垃圾分类");
        assertThat(cases.at("/0/households").findValuesAsString("householdNo")).containsExactly(firstNo, secondNo);
        assertThat(cases.at("/0/items").toString()).contains("垃圾分类", "积分超市");
        assertThat(cases.at("/0/photos")).hasSize(2);
        assertThat(cases.at("/0/steps/0/by").asString()).startsWith("village-admin-");
        assertThat(admin.get("/v/" + code + "/cases").body()).contains("积分超市带动垃圾分类", "已上报");
        Browser staff = signedIn(township.aLogin("STAFF", code));
        assertThat(staff.postMultipart("/v/" + code + "/cases", form(staff.get("/v/" + code + "/cases"), firstNo),
                List.of()).status()).isEqualTo(403);
    }

    private static Map<String, String> form(Browser.Page page, String householdNos) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", page.csrfToken());
        fields.put("title", "积分超市带动垃圾分类");
        fields.put("text", "村民用积分换日用品，垃圾分类做得更好了。");
        fields.put("householdNos", householdNos);
        fields.put("items", "垃圾分类\n积分超市");
        return fields;
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
