package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Supermarket;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Outside tryout F12: an item re-priced during a period. The books give the prices its redemptions were made at,
 * beside the price now, so that price × pieces explains the points redeemed; a purchase of goods shows its unit
 * price. The JSON, the CSV and the printed page say the same.
 */
@AppTest
class TheBooksShowThePricesRedemptionsWereMadeAtIT {

    @Autowired
    Township township;

    @Test
    void theBooksShowThePricesRedemptionsWereMadeAt() {
        Supermarket supermarket = new Supermarket(township);
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        Api admin = township.aUser("VILLAGE_ADMIN", code);
        Api staff = township.aUser("STAFF", code);
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        String redemptions = "/api/villages/" + code + "/households/" + household + "/redemptions";
        admin.post("/api/villages/" + code + "/fund/income", json("source", "COLLECTIVE", "amount", 100));
        Api.Reply bought = admin.post("/api/villages/" + code + "/fund/purchases", json("amount", "25.5",
                "supplier", "供销社", "rewardId", soap, "quantity", 6));

        assertThat(staff.post(redemptions, json("redemptionId", "F12-1", "rewardId", soap, "quantity", 2)).status())
                .isEqualTo(201);
        assertThat(admin.patch("/api/villages/" + code + "/rewards/" + soap, json("cost", 6)).status())
                .isEqualTo(200);
        assertThat(staff.post(redemptions, json("redemptionId", "F12-2", "rewardId", soap, "quantity", 1)).status())
                .isEqualTo(201);

        String books = "/api/villages/" + code + "/books?period="
                + LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        JsonNode line = admin.get(books).json().at("/goods/0");
        assertThat(line.at("/cost").asInt()).as("the price now").isEqualTo(6);
        assertThat(line.at("/costs").toString()).isEqualTo("[5,6]");
        assertThat(line.at("/pointsRedeemed").asInt()).isEqualTo(2 * 5 + 6);
        assertThat(bought.json().at("/unitPrice").decimalValue()).isEqualByComparingTo("4.25");
        String csv = admin.get(books, "text/csv").body();
        assertThat(csv).contains("兑换单价（积分）", "现价（积分）", "肥皂,5、6,6,");
        String page = admin.get(books, "text/html").body();
        assertThat(page).contains("兑换单价（积分）", "5、6", "单价 4.25 元", "兑换积分按兑换时的单价计");
    }
}
