package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Supermarket;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The supermarket's counter on a 360 px phone: the village's clerk signs in, finds the household by its head's name,
 * sees its spendable points, redeems soap, gets the receipt, refreshes it (nothing is redeemed twice), is refused rice
 * the household cannot afford (next to the item, the choice kept), and cancels the soap with a reason.
 */
@AppTest
class CounterClerkRedeemsForAHouseholdInChromiumIT {

    @Autowired
    Township township;

    @Test
    void aCounterClerkRedeemsForAHouseholdOnAPhoneAndItsBalanceDrops() {
        Supermarket supermarket = new Supermarket(township);
        Supermarket.Village village = supermarket.aVillageWithPoints(2);
        String code = village.code();
        long household = village.household(1);
        String head = township.api().get("/api/villages/" + code + "/households/" + household).json()
                .at("/headName").asString();
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        supermarket.aReward(code, "大米", 30, 3);
        Township.Login clerk = township.aLogin("STAFF", code);

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.PHONE)) {
            browser.step("find", () -> {
                browser.signIn(clerk);
                browser.click(By.linkText("兑换柜台"));
                browser.waitForText("积分超市兑换柜台");
                browser.type(By.id("q"), head);
                browser.waitFor(d -> d.findElement(By.id("results")).getText().contains(head)
                        && d.findElements(By.cssSelector("#results li")).size() == 1);
                browser.click(By.partialLinkText(head));
                browser.waitForText("可用积分");
                assertThat(browser.find(By.id("available")).getText())
                        .isEqualTo(String.valueOf(Supermarket.JULY_POINTS));
            });
            browser.step("redeem", () -> {
                browser.click(By.xpath("//label[.//b[text()='肥皂']]"));
                browser.type(By.id("quantity"), "3");
                assertThat(browser.driver().executeScript("return document.documentElement.scrollWidth <= 360"))
                        .as("the counter fits a 360 px phone without scrolling sideways").isEqualTo(true);
                browser.screenshot("counter-household-phone");
                browser.click(By.cssSelector("#redeem-form button[type=submit]"));
                browser.waitForText("兑换小票");
                assertThat(browser.text()).contains("已兑换").contains("肥皂").contains("15 分")
                        .contains("兑换后可用").contains((Supermarket.JULY_POINTS - 15) + " 分");
                browser.screenshot("counter-receipt-phone");
                browser.driver().navigate().refresh();
                browser.waitForText("兑换小票");
            });
            browser.step("balance", () -> {
                browser.click(By.partialLinkText("回到本户的兑换页面"));
                browser.waitForText("兑换记录（1 笔）");
                assertThat(browser.find(By.id("available")).getText())
                        .isEqualTo(String.valueOf(Supermarket.JULY_POINTS - 15));
            });
            browser.step("refused", () -> {
                browser.click(By.xpath("//label[.//b[text()='大米']]"));
                browser.type(By.id("note"), "想换大米");
                browser.click(By.cssSelector("#redeem-form button[type=submit]"));
                browser.waitFor(d -> d.findElements(By.id("rewardId-problem")).size() == 1);
                assertThat(browser.find(By.id("rewardId-problem")).getText()).contains("可用积分不足");
                assertThat(browser.find(By.xpath("//label[.//b[text()='大米']]//input")).isSelected()).isTrue();
                assertThat(browser.find(By.id("note")).getAttribute("value")).isEqualTo("想换大米");
                assertThat(browser.find(By.id("available")).getText())
                        .isEqualTo(String.valueOf(Supermarket.JULY_POINTS - 15));
                browser.screenshot("counter-refused-phone");
            });
            browser.step("cancel", () -> {
                browser.click(By.partialLinkText("肥皂 ×3"));
                browser.waitForText("兑换小票");
                browser.click(By.tagName("summary"));
                browser.type(By.id("reason"), "户主要求换成别的");
                browser.click(By.cssSelector(".counter-actions button[type=submit]"));
                browser.waitForText("已撤销");
                assertThat(browser.text()).contains("户主要求换成别的").contains("积分和物品已退回");
            });
        }

        JsonNode balance = supermarket.balance(code, household);
        assertThat(balance.at("/redeemed").asInt()).as("one redemption, for all the refreshes").isEqualTo(15);
        assertThat(balance.at("/returned").asInt()).isEqualTo(15);
        assertThat(balance.at("/available").asInt()).isEqualTo(Supermarket.JULY_POINTS);
        assertThat(supermarket.stock(code, soap)).isEqualTo(10);
    }
}
