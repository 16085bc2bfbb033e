package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A village admin prints a villager group's cards: eight to an A4 sheet, each inside dashed lines to cut along, so
 * ten households take two sheets rather than ten (ADR 0129). Printed by Chromium itself to PDF, as the printer would.
 */
@AppTest
class VillageAdminPrintsAGroupsCardsEightToASheetInChromiumIT {

    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    @Autowired
    Township township;

    @Test
    void tenHouseholdsCardsPrintOnTwoA4Sheets() {
        String village = township.aVillage();
        for (int i = 1; i <= 10; i++) {
            township.aHouseholdIn(village, "一组", "户主" + i);
        }
        Township.Login admin = township.aLogin("VILLAGE_ADMIN", village);

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.DESK)) {
            browser.step("cards", () -> {
                browser.signIn(admin).open("/v/" + village + "/cards?group=一组");
                browser.waitForText("户主10");
                assertThat(browser.driver().findElements(By.cssSelector(".sheet"))).hasSize(2);
                assertThat(browser.driver().findElements(By.cssSelector(".sheet .card"))).hasSize(10);
                assertThat(browser.find(By.cssSelector(".card")).getCssValue("border-top-style")).isEqualTo("dashed");
                browser.screenshot("admin-cards-eight-to-a-sheet");

                PrintOptions a4 = new PrintOptions();
                a4.setPageSize(new PageSize(29.7, 21.0));
                a4.setPageMargin(new PageMargin(0.8, 0.8, 0.8, 0.8));
                byte[] pdf = Base64.getDecoder().decode(browser.driver().print(a4).getContent());
                long pages = PDF_PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().count();
                assertThat(pages).as("ten cards, eight to a sheet").isEqualTo(2);
            });
        }
    }
}
