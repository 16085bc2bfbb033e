package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The village admin at a desk stocks the supermarket: from the village's home to the catalogue, adds an item with a
 * photo (a fractional cost is refused next to its field, the name and stock typed are kept), receives goods into
 * stock, and is refused writing off more than there is, next to the quantity.
 */
@AppTest
class VillageAdminStocksTheCatalogueInChromiumIT {

    @Autowired
    Township township;

    @Test
    void theVillageAdminAddsAnItemWithAPhotoAndReceivesStock() throws Exception {
        String village = township.aVillage();
        Township.Login admin = township.aLogin("VILLAGE_ADMIN", village);
        Path photo = Files.createTempFile("jifen-item-", ".png");
        ImageIO.write(aBottle(), "png", photo.toFile());

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.DESK)) {
            browser.step("catalogue", () -> {
                browser.signIn(admin);
                browser.click(By.partialLinkText("奖品目录与库存"));
                browser.waitForText("积分超市奖品目录");
            });
            browser.step("refused", () -> {
                browser.type(By.id("name"), "洗衣液 2 公斤");
                browser.type(By.id("cost"), "5.5");
                browser.type(By.id("stock"), "4");
                browser.find(By.id("photo")).sendKeys(photo.toString());
                browser.click(By.cssSelector("#add-form button[type=submit]"));
                browser.waitFor(d -> d.findElements(By.id("cost-problem")).size() == 1);
                assertThat(browser.find(By.id("cost-problem")).getText()).contains("整数").contains("5.5");
                assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("洗衣液 2 公斤");
                assertThat(browser.find(By.id("stock")).getAttribute("value")).isEqualTo("4");
                browser.screenshot("catalogue-refused-desk");
            });
            browser.step("add", () -> {
                browser.type(By.id("cost"), "20");
                browser.find(By.id("photo")).sendKeys(photo.toString());
                browser.click(By.cssSelector("#add-form button[type=submit]"));
                browser.waitForText("已上架");
                assertThat(browser.find(By.id("cost-now")).getText()).isEqualTo("20 分");
                assertThat(browser.find(By.id("stock-now")).getText()).isEqualTo("4 件");
                assertThat(browser.driver().executeScript(
                        "var i = document.querySelector('img.photo'); return i != null && i.complete && i.naturalWidth > 0"))
                        .as("the item's photo is shown").isEqualTo(true);
            });
            browser.step("receive", () -> {
                browser.type(By.id("receive-quantity"), "12");
                browser.type(By.id("receive-reason"), "镇供销社采购");
                browser.click(By.cssSelector("#receive button[type=submit]"));
                browser.waitForText("已入库");
                assertThat(browser.find(By.id("stock-now")).getText()).isEqualTo("16 件");
                assertThat(browser.text()).contains("镇供销社采购");
                browser.driver().executeScript("window.scrollTo(0, 0)");
                browser.screenshot("catalogue-item-desk");
            });
            browser.step("write-off refused", () -> {
                browser.type(By.id("writeoff-quantity"), "30");
                browser.type(By.id("writeoff-reason"), "受潮");
                browser.click(By.cssSelector("#write-off button[type=submit]"));
                browser.waitFor(d -> d.findElements(By.id("writeoff-quantity-problem")).size() == 1);
                assertThat(browser.find(By.id("writeoff-reason")).getAttribute("value")).isEqualTo("受潮");
                assertThat(browser.find(By.id("stock-now")).getText()).isEqualTo("16 件");
            });
        }

        JsonNode items = township.api().get("/api/villages/" + village + "/rewards").json();
        assertThat(items.size()).as("one item, nothing half-added by the refused form").isEqualTo(1);
        assertThat(items.at("/0/stock").asInt()).isEqualTo(16);
        assertThat(items.at("/0/cost").asInt()).isEqualTo(20);
        assertThat(items.at("/0/photo").asString()).endsWith("/photo");
    }

    /** A picture of a blue bottle, as the admin's phone would take one. */
    private static BufferedImage aBottle() {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(0xF4F1E8));
        pen.fillRect(0, 0, 240, 160);
        pen.setColor(new Color(0x2C6FB7));
        pen.fillRoundRect(90, 40, 60, 105, 18, 18);
        pen.fillRect(108, 18, 24, 26);
        pen.dispose();
        return image;
    }
}
