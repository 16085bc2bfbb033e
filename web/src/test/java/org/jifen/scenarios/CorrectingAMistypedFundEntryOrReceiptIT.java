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
 * Outside tryout F5: a village admin who typed 50000 for 5000, or received 200 pieces for 20, corrects it by a
 * reversing entry (冲红) with who and why; nothing is edited or deleted, the fund, the item's movements and the books
 * show both entries, and what cannot be reversed (money already spent, goods already redeemed, a reversal, twice)
 * is refused in Chinese, changing nothing.
 */
@AppTest
class CorrectingAMistypedFundEntryOrReceiptIT {

    @Autowired
    Township township;

    @Test
    void aMistypedFundEntryIsReversedAndTheBooksShowBoth() {
        Supermarket supermarket = new Supermarket(township);
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        Api admin = township.aUser("VILLAGE_ADMIN", code);
        String fund = "/api/villages/" + code + "/fund";
        long rice = supermarket.aReward(code, "大米", 50, 0);
        long mistyped = admin.post(fund + "/income", json("source", "COMPANY", "donor", "华新食品公司",
                "amount", 50000)).id("/id");
        long bought = admin.post(fund + "/purchases", json("amount", 300, "supplier", "供销社", "rewardId", rice,
                "quantity", 10)).id("/id");
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);

        // 300 of the 50000 were spent: the real 5000 is entered first, so that the fund never goes below zero.
        long real = admin.post(fund + "/income", json("source", "COMPANY", "donor", "华新食品公司", "amount", 5000))
                .id("/id");
        Api.Reply byStaff = township.aUser("STAFF", code).post(fund + "/entries/" + mistyped + "/reversal",
                json("reason", "金额录错"));
        Api.Reply withoutReason = admin.post(fund + "/entries/" + mistyped + "/reversal", json());
        Api.Reply reversed = admin.post(fund + "/entries/" + mistyped + "/reversal",
                json("reason", "金额录错，实收 5000 元"));
        Api.Reply twice = admin.post(fund + "/entries/" + mistyped + "/reversal", json("reason", "再冲一次"));
        Api.Reply ofTheReversal = admin.post(fund + "/entries/" + reversed.id("/id") + "/reversal",
                json("reason", "冲红的冲红"));
        Api.Reply unknown = admin.post(fund + "/entries/999999999/reversal", json("reason", "没有这笔"));

        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(reversed.status()).as(reversed.toString()).isEqualTo(201);
        assertThat(reversed.json().at("/amount").decimalValue()).isEqualByComparingTo("-50000.00");
        assertThat(reversed.json().at("/reverses").asLong()).isEqualTo(mistyped);
        assertThat(reversed.text("/label")).isEqualTo("冲红：资金收入");
        assertThat(reversed.text("/note")).isEqualTo("金额录错，实收 5000 元");
        assertThat(reversed.text("/recordedBy")).startsWith("village-admin-");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/type")).endsWith("/fund-entry-already-reversed");
        assertThat(twice.text("/detail")).contains("已由记录", "冲红过");
        assertThat(ofTheReversal.status()).isEqualTo(422);
        assertThat(ofTheReversal.text("/type")).endsWith("/fund-entry-is-reversing");
        assertThat(unknown.status()).isEqualTo(404);

        JsonNode held = admin.get(fund).json();
        assertThat(held.at("/balance").decimalValue()).as("5000 in, 300 spent").isEqualByComparingTo("4700.00");
        assertThat(held.at("/received").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(held.at("/entries").findValuesAsString("label")).containsExactly("资金收入", "购买物品",
                "资金收入", "冲红：资金收入");
        assertThat(held.at("/entries/0/reversedBy").asLong()).isEqualTo(reversed.id("/id"));
        JsonNode books = admin.get("/api/villages/" + code + "/books?period=" + month).json();
        assertThat(books.at("/fund/received").findValuesAsString("amount")).hasSize(3);
        assertThat(books.at("/fund/receivedTotal").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(books.at("/fund/closing").decimalValue()).isEqualByComparingTo("4700.00");
        String csv = admin.get("/api/villages/" + code + "/books?period=" + month, "text/csv").body();
        assertThat(csv).contains("冲红：企业捐赠", "-50000.00", "金额录错，实收 5000 元", "（已冲红）");
        String page = admin.get("/api/villages/" + code + "/books?period=" + month, "text/html").body();
        assertThat(page).contains("冲红：收入（企业捐赠）", "-50000.00");

        // Money spent cannot be taken back: reversing the 5000 now would leave 700 - 5000.
        admin.post(fund + "/purchases", json("amount", 4000, "supplier", "供销社", "note", "展板"));
        Api.Reply overdraws = admin.post(fund + "/entries/" + real + "/reversal", json("reason", "捐赠退回"));
        assertThat(overdraws.status()).isEqualTo(409);
        assertThat(overdraws.text("/type")).endsWith("/fund-reversal-overdraws");
        assertThat(overdraws.text("/detail")).contains("余额会变成负数", "700.00");
        assertThat(admin.get(fund).json().at("/balance").decimalValue()).isEqualByComparingTo("700.00");

        // A purchase of goods is reversed with its goods, and only while they are in stock.
        Api.Reply purchaseReversed = admin.post(fund + "/entries/" + bought + "/reversal",
                json("reason", "供销社开错发票，整单退货"));
        assertThat(purchaseReversed.status()).as(purchaseReversed.toString()).isEqualTo(201);
        assertThat(purchaseReversed.json().at("/amount").decimalValue()).isEqualByComparingTo("-300.00");
        assertThat(supermarket.stock(code, rice)).isZero();
        JsonNode movements = admin.get("/api/villages/" + code + "/rewards/" + rice + "/stock").json();
        assertThat(movements.findValuesAsString("kind")).containsExactly("RECEIVED", "REVERSED");
        assertThat(movements.at("/0/fundEntry").asLong()).isEqualTo(bought);
        assertThat(admin.get(fund).json().at("/balance").decimalValue()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aVillageAdminReversesAMistypedEntryOnTheFundPage() {
        String code = township.aVillage();
        Api.Reply mistyped = township.api().post("/api/villages/" + code + "/fund/income",
                json("source", "COLLECTIVE", "amount", 8000));
        assertThat(mistyped.status()).isEqualTo(201);
        Township.Login login = township.aLogin("VILLAGE_ADMIN", code);
        org.jifen.support.Browser admin = township.browser();
        assertThat(admin.postForm("/login", java.util.Map.of("username", login.username(), "password",
                login.password(), "_csrf", admin.get("/login").csrfToken())).status()).isEqualTo(302);
        org.jifen.support.Browser.Page page = admin.get("/v/" + code + "/fund");
        assertThat(page.body()).contains("录错了，冲红");
        String reverse = "/v/" + code + "/fund/entries/" + mistyped.id("/id") + "/reversal";

        org.jifen.support.Browser.Page noReason = admin.postForm(reverse,
                java.util.Map.of("_csrf", page.csrfToken(), "reason", " "));
        org.jifen.support.Browser.Page reversed = admin.postForm(reverse,
                java.util.Map.of("_csrf", page.csrfToken(), "reason", "金额多打了一个 0"));
        org.jifen.support.Browser.Page twice = admin.postForm(reverse,
                java.util.Map.of("_csrf", page.csrfToken(), "reason", "再冲一次"));

        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("没有冲红：", "冲红原因", "收支明细");
        assertThat(reversed.status()).as(reversed.toString()).isEqualTo(302);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("没有冲红：", "已由记录");
        assertThat(admin.get("/v/" + code + "/fund").body()).contains("（已冲红）", "冲红：资金收入", "-8000.00",
                "金额多打了一个 0");
    }

    @Test
    void aMistypedReceiptOfGoodsIsReversedWhileTheGoodsAreThere() {
        Supermarket supermarket = new Supermarket(township);
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        Api admin = township.aUser("VILLAGE_ADMIN", code);
        Api staff = township.aUser("STAFF", code);
        long soap = supermarket.aReward(code, "肥皂", 5, 0);
        String item = "/api/villages/" + code + "/rewards/" + soap;
        long mistyped = staff.post(item + "/stock:receive", json("quantity", 200, "reason", "镇供销社送货"))
                .id("/id");
        String month = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);

        Api.Reply byStaff = staff.post(item + "/stock/" + mistyped + "/reversal", json("reason", "多打了一个 0"));
        Api.Reply reversed = admin.post(item + "/stock/" + mistyped + "/reversal", json("reason", "多打了一个 0，实收 20 件"));
        Api.Reply twice = admin.post(item + "/stock/" + mistyped + "/reversal", json("reason", "再冲"));
        Api.Reply ofTheReversal = admin.post(item + "/stock/" + reversed.id("/id") + "/reversal",
                json("reason", "冲红的冲红"));

        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(reversed.status()).as(reversed.toString()).isEqualTo(201);
        assertThat(reversed.text("/kind")).isEqualTo("REVERSED");
        assertThat(reversed.text("/label")).isEqualTo("冲红入库");
        assertThat(reversed.json().at("/reverses").asLong()).isEqualTo(mistyped);
        assertThat(reversed.json().at("/stockAfter").asInt()).isZero();
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/type")).endsWith("/receipt-already-reversed");
        assertThat(ofTheReversal.status()).isEqualTo(422);
        assertThat(ofTheReversal.text("/detail")).contains("冲红入库", "只有入库可以冲红");

        long real = staff.post(item + "/stock:receive", json("quantity", 20, "reason", "镇供销社送货")).id("/id");
        Api.Reply redeemed = staff.post("/api/villages/" + code + "/households/" + household + "/redemptions",
                json("redemptionId", "F5-1", "rewardId", soap, "quantity", 2));
        assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(201);
        Api.Reply goodsGone = admin.post(item + "/stock/" + real + "/reversal", json("reason", "录错"));
        long redemptionMovement = admin.get(item + "/stock").json().findValues("kind").size() == 4
                ? admin.get(item + "/stock").json().at("/3/id").asLong() : -1;
        Api.Reply aRedemption = admin.post(item + "/stock/" + redemptionMovement + "/reversal",
                json("reason", "录错"));

        assertThat(goodsGone.status()).isEqualTo(409);
        assertThat(goodsGone.text("/type")).endsWith("/received-goods-already-gone");
        assertThat(goodsGone.text("/detail")).contains("现有库存 18 件", "不能整笔冲红");
        assertThat(aRedemption.status()).isEqualTo(422);
        assertThat(aRedemption.text("/detail")).contains("兑换请撤销兑换");
        assertThat(supermarket.stock(code, soap)).isEqualTo(18);
        JsonNode books = admin.get("/api/villages/" + code + "/books?period=" + month).json();
        assertThat(books.at("/goods/0/received").asInt()).isEqualTo(220);
        assertThat(books.at("/goods/0/receiptsReversed").asInt()).isEqualTo(200);
        assertThat(books.at("/goods/0/closing").asInt()).isEqualTo(18);
    }
}
