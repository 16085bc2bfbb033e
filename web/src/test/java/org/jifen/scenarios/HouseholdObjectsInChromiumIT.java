package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jifen.card.QrCodes;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Chromium;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A villager scans the household's card during the quarter's notice period, reads the household's points on the
 * phone and objects to one entry through the page's form: in a real browser, so that the page's security (its CSRF
 * cookie, its Content-Security-Policy, the redirect after posting) is shown to let the form work, not only to refuse.
 */
@AppTest
class HouseholdObjectsInChromiumIT {

    @Autowired
    Township township;

    @Test
    void aVillagerScansTheCardReadsTheHouseholdsPointsAndObjectsOnThePhone() throws InterruptedException {
        String village = township.aVillage();
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        long zhang = township.aHouseholdIn(village, "一组", "张建华");
        long li = township.aHouseholdIn(village, "一组", "李秀兰");
        township.anEvent(village, zhang, "参加村民大会", "2024-07-05");
        long bravery = township.anEvent(village, zhang, "见义勇为", "2024-07-18").id("/awards/0/id");
        township.anEvent(village, li, "参加村民大会", "2024-07-05");
        List<Long> group = township.aSelfGovernanceGroup(village);
        for (String month : List.of("2024-07", "2024-08", "2024-09")) {
            township.aFinalisedMonth(village, month, group);
        }
        Api staff = township.aUser("STAFF", village);
        assertThat(township.aUser("VILLAGE_ADMIN", village).post("/api/villages/" + village
                + "/notices/2024-Q3/publish").status()).isEqualTo(201);
        String link = QrCodes.decode(staff.get("/api/villages/" + village + "/households/" + zhang + "/card").body());

        ChromeDriver phone = Chromium.start();
        try {
            phone.get(link);
            String page = phone.findElement(By.tagName("body")).getText();
            assertThat(page).contains("本户积分").contains("张建华").contains("见义勇为").contains("参加村民大会")
                    .doesNotContain("李秀兰");

            WebElement form = phone.findElement(By.xpath(
                    "//form[input[@name='awardId' and @value='" + bravery + "']]"));
            form.findElement(By.xpath("ancestor::details/summary")).click();
            form.findElement(By.name("reason")).sendKeys("见义勇为事迹不实，当天我不在村里");
            form.findElement(By.tagName("button")).click();
            arrivedAt(phone, link + "?objected");

            assertThat(phone.getCurrentUrl()).as("back on the household's page").isEqualTo(link + "?objected");
            assertThat(phone.findElement(By.tagName("body")).getText()).contains("异议已提交")
                    .contains("见义勇为事迹不实，当天我不在村里");
        } finally {
            phone.quit();
        }

        JsonNode open = staff.get("/api/villages/" + village + "/objections?status=OPEN").json();
        List<JsonNode> objections = open.valueStream().toList();
        assertThat(objections).hasSize(1);
        assertThat(objections.get(0).at("/awardId").asLong()).isEqualTo(bravery);
        assertThat(objections.get(0).at("/reason").asString()).isEqualTo("见义勇为事迹不实，当天我不在村里");
    }

    /**
     * Until the browser shows {@code url}, for at most 15 s: the click posts the form, and on a busy machine it may
     * return before the service's redirect has arrived.
     */
    private static void arrivedAt(ChromeDriver phone, String url) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (!url.equals(phone.getCurrentUrl()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
