package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The township at a desk: from its dashboard to the typical cases, opens a village's submitted case, shortlists it,
 * publishes it, then chooses that pilot village as the year's demonstration base; every step with who and when.
 */
@AppTest
class TownshipPublishesACaseAndChoosesTheBaseInChromiumIT {

    @Autowired
    Township township;

    @Test
    void theTownshipPublishesACaseAndChoosesTheDemonstrationBase() {
        String village = township.aVillage();
        String name = township.api().get("/api/villages").json().valueStream()
                .filter(v -> v.at("/code").asString().equals(village)).findFirst().orElseThrow().at("/name").asString();
        long household = township.aHouseholdIn(village, "一组", "周美华");
        Api admin = township.aUser("VILLAGE_ADMIN", village);
        Api.Reply submitted = admin.post("/api/villages/" + village + "/cases", json("title", "积分超市带动垃圾分类",
                "text", "村里用积分兑换日用品后，垃圾分类参与率从四成升到九成。", "households", List.of(household),
                "items", List.of("垃圾分类")));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long id = submitted.id("/id");
        List<String> pilots = new ArrayList<>(township.api().get("/api/township/pilot-villages").json()
                .findValuesAsString("village"));
        pilots.add(village);
        String listed = String.join(",", pilots.stream().map(code -> "\"" + code + "\"").toList());
        Api.Reply named = township.api().send("/api/township/pilot-villages", "PUT",
                "{\"villages\":[" + listed + "]}");
        assertThat(named.status()).as(named.toString()).isEqualTo(200);
        Township.Login townshipAdmin = township.aLogin("TOWNSHIP_ADMIN", null);

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.DESK)) {
            browser.step("list", () -> {
                browser.signIn(townshipAdmin);
                browser.click(By.partialLinkText("典型案例审核与发布"));
                browser.waitForText("各村上报的典型案例");
                browser.click(By.partialLinkText("已上报，待镇审核"));
                browser.waitFor(d -> d.getCurrentUrl().contains("status=SUBMITTED"));
                browser.click(By.xpath("//tr[td[text()='" + name + "']]//a[text()='积分超市带动垃圾分类']"));
                browser.waitForText("垃圾分类参与率从四成升到九成");
                assertThat(browser.text()).contains("周美华");
            });
            browser.step("review", () -> {
                browser.click(By.cssSelector("input[name=decision][value=SHORTLIST]"));
                browser.type(By.id("note"), "成效数据扎实");
                browser.click(By.cssSelector("#review button[type=submit]"));
                browser.waitForText("已审核");
                assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("已入围，待发布");
            });
            browser.step("publish", () -> {
                browser.type(By.id("publication-note"), "镇公众号第 12 期");
                browser.click(By.cssSelector("#publication button[type=submit]"));
                browser.driver().switchTo().alert().accept();
                browser.waitForText("已发布。");
                assertThat(browser.find(By.id("case-status")).getText()).isEqualTo("已发布");
                assertThat(browser.find(By.id("steps")).getText()).contains("镇审核：入围").contains("成效数据扎实")
                        .contains("镇发布").contains("镇公众号第 12 期");
                browser.screenshot("township-case-desk");
            });
            browser.step("base", () -> {
                browser.click(By.partialLinkText("全部典型案例"));
                browser.click(By.partialLinkText("示范基地"));
                browser.waitForText("选定本年的示范基地");
                browser.choose(By.id("village"), name + "（已发布案例 1 个）");
                browser.type(By.id("reason"), "积分超市和典型案例成效突出");
                browser.click(By.cssSelector("#select button[type=submit]"));
                browser.waitForText("已选定示范基地");
                assertThat(browser.find(By.cssSelector("#bases tbody tr")).getText()).contains(name)
                        .contains("当前示范基地").contains("积分超市和典型案例成效突出");
                browser.screenshot("township-base-desk");
            });
        }

        JsonNode bases = township.api().get("/api/township/demonstration-base").json();
        assertThat(bases.at("/0/village").asString()).isEqualTo(village);
        assertThat(bases.at("/0/publishedCases").asInt()).isEqualTo(1);
        assertThat(township.api().get("/api/township/cases/" + id).json().at("/status").asString())
                .isEqualTo("PUBLISHED");
    }
}
