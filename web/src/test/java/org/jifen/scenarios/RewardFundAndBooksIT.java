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
 * The village's reward fund: the village admin records where the money comes from (the collective, donations,
 * companies, with the donor) and what was bought with it, goods bought for the supermarket going into its stock;
 * the fund never spends more than it holds; the supermarket's books for a period balance, as JSON, CSV and a page.
 */
@AppTest
class RewardFundAndBooksIT {

    @Autowired
    Township township;

    @Test
    void theVillageAdminRecordsTheFundsSourcesAndPurchasesAndTheBooksBalance() {
        Supermarket supermarket = new Supermarket(township);
        Supermarket.Village village = supermarket.aVillageWithPoints(2);
        String code = village.code();
        Api admin = township.aUser("VILLAGE_ADMIN", code);
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        String fund = "/api/villages/" + code + "/fund";

        Api.Reply collective = admin.post(fund + "/income", json("source", "COLLECTIVE", "amount", 2000,
                "receivedOn", "2024-06-28", "note", "村集体经营收入"));
        Api.Reply company = admin.post(fund + "/income", json("source", "COMPANY", "donor", "上海华新食品有限公司",
                "amount", "5000.50", "receivedOn", "2024-08-15"));
        Api.Reply board = admin.post(fund + "/purchases", json("amount", 300, "supplier", "华新镇供销社",
                "boughtOn", "2024-08-20", "note", "宣传栏"));
        Api.Reply bought = admin.post(fund + "/purchases", json("amount", 300, "supplier", "华新镇供销社",
                "rewardId", soap, "quantity", 60));
        Api.Reply banners = admin.post(fund + "/purchases", json("amount", "120.5", "supplier", "广告公司",
                "note", "红榜展板"));

        assertThat(collective.status()).as(collective.toString()).isEqualTo(201);
        assertThat(collective.text("/sourceLabel")).isEqualTo("村集体收入");
        assertThat(company.status()).as(company.toString()).isEqualTo(201);
        assertThat(company.text("/party")).isEqualTo("上海华新食品有限公司");
        assertThat(company.json().at("/amount").decimalValue()).isEqualByComparingTo("5000.50");
        assertThat(board.status()).as(board.toString()).isEqualTo(201);
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        assertThat(bought.text("/reward")).isEqualTo("肥皂");
        assertThat(banners.status()).isEqualTo(201);
        assertThat(supermarket.stock(code, soap)).as("bought goods are received into stock").isEqualTo(70);
        JsonNode movements = admin.get("/api/villages/" + code + "/rewards/" + soap + "/stock").json();
        assertThat(movements.at("/1/reason").asString()).contains("华新镇供销社", "300.00");
        JsonNode held = admin.get(fund).json();
        assertThat(held.at("/balance").decimalValue()).isEqualByComparingTo("6280.00");
        assertThat(held.at("/received").decimalValue()).isEqualByComparingTo("7000.50");
        assertThat(held.at("/bySource/COMPANY").decimalValue()).isEqualByComparingTo("5000.50");
        assertThat(held.at("/spent").decimalValue()).isEqualByComparingTo("720.50");
        assertThat(held.at("/entries")).hasSize(5);

        for (int i = 0; i < 3; i++) {
            township.api().post("/api/villages/" + code + "/households/" + village.household(i % 2) + "/redemptions",
                    json("redemptionId", "b-" + i, "rewardId", soap));
        }
        township.api().post("/api/villages/" + code + "/redemptions/b-2/cancellation", json("reason", "退回"));

        JsonNode summer = admin.get("/api/villages/" + code + "/books?period=2024-Q3").json();
        assertThat(summer.at("/label").asString()).isEqualTo("2024年第三季度");
        assertThat(summer.at("/fund/opening").decimalValue()).isEqualByComparingTo("2000.00");
        assertThat(summer.at("/fund/receivedTotal").decimalValue()).isEqualByComparingTo("5000.50");
        assertThat(summer.at("/fund/spentTotal").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(summer.at("/fund/closing").decimalValue()).isEqualByComparingTo("6700.50");
        assertThat(summer.at("/goods")).as("no goods moved in 2024").isEmpty();

        String quarter = quarterOfToday();
        JsonNode now = admin.get("/api/villages/" + code + "/books?period=" + quarter).json();
        JsonNode soapLine = now.at("/goods/0");
        assertThat(soapLine.at("/name").asString()).isEqualTo("肥皂");
        assertThat(soapLine.at("/opening").asInt()).isZero();
        assertThat(soapLine.at("/received").asInt()).isEqualTo(70);
        assertThat(soapLine.at("/redeemed").asInt()).isEqualTo(3);
        assertThat(soapLine.at("/returned").asInt()).isEqualTo(1);
        assertThat(soapLine.at("/closing").asInt()).isEqualTo(68).isEqualTo(supermarket.stock(code, soap));
        assertThat(soapLine.at("/pointsRedeemed").asInt()).isEqualTo(15);
        assertThat(soapLine.at("/pointsReturned").asInt()).isEqualTo(5);
        assertThat(now.at("/redemptions/redemptions").asInt()).isEqualTo(3);
        assertThat(now.at("/redemptions/cancellations").asInt()).isEqualTo(1);
        assertThat(now.at("/redemptions/households").asInt()).isEqualTo(2);
        assertThat(now.at("/fund/spentTotal").decimalValue()).as("the soap and the banners, bought today")
                .isEqualByComparingTo("420.50");
        Api.Reply nowCsv = admin.get("/api/villages/" + code + "/books?period=" + quarter, "text/csv");
        Api.Reply nowPage = admin.get("/api/villages/" + code + "/books?period=" + quarter, "text/html");
        assertThat(nowCsv.body()).as("the same points under the same headings in every format")
                .contains("兑换积分,退回积分", "肥皂,5,5,0,70,0,0,3,1,68,15,5", "合计,,,,,,,,,,15,5");
        assertThat(nowPage.body()).contains("<th>兑换积分</th><th>退回积分</th>",
                "<td class=\"n\">68</td><td class=\"n\">15</td><td class=\"n\">5</td>", "实际用去的积分：10 分",
                "共 15 分；撤销 1 笔，退回 5 分");

        Api.Reply csv = admin.get("/api/villages/" + code + "/books?period=2024-Q3", "text/csv");
        Api.Reply page = admin.get("/api/villages/" + code + "/books?period=2024-Q3", "text/html");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF").contains("积分超市台账 2024年第三季度", "期初余额", "2000.00",
                "收入,2024-08-15,企业捐赠,上海华新食品有限公司", "支出,2024-08-20,其他支出,华新镇供销社,,,300.00,宣传栏",
                "期末余额,,,,,,6700.50").contains("\r\n");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("积分超市台账 2024年第三季度", "期末余额", "6700.50", "上海华新食品有限公司",
                "经办人");
        assertThat(page.header("Content-Security-Policy")).contains("'sha256-");
    }

    @Test
    void theFundRefusesWhatItCannotRecordAndNeverSpendsMoreThanItHolds() {
        String code = township.aVillage();
        long rice = new Supermarket(township).aReward(code, "大米", 10, 0);
        String fund = "/api/villages/" + code + "/fund";
        township.api().post(fund + "/income", json("source", "DONATION", "donor", "乡贤张先生", "amount", 100));

        Api.Reply tooMuch = township.api().post(fund + "/purchases", json("amount", "100.01", "supplier", "粮站",
                "rewardId", rice, "quantity", 5));
        Api.Reply noDonor = township.api().post(fund + "/income", json("source", "DONATION", "amount", 50));
        Api.Reply tomorrow = township.api().post(fund + "/income", json("source", "COLLECTIVE", "amount", 50,
                "receivedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString()));
        Api.Reply fen = township.api().post(fund + "/income", json("source", "COLLECTIVE", "amount", "0.001"));
        Api.Reply nothing = township.api().post(fund + "/income", json("source", "COLLECTIVE", "amount", 0));
        Api.Reply itemWithoutQuantity = township.api().post(fund + "/purchases", json("amount", 10,
                "supplier", "粮站", "rewardId", rice));
        Api.Reply unknownItem = township.api().post(fund + "/purchases", json("amount", 10, "supplier", "粮站",
                "rewardId", 999_999_999, "quantity", 1));
        Api.Reply byStaff = township.aUser("STAFF", code).post(fund + "/income", json("source", "COLLECTIVE",
                "amount", 50));
        Api.Reply badPeriod = township.api().get("/api/villages/" + code + "/books?period=2024-Q5");
        Api.Reply future = township.api().get("/api/villages/" + code + "/books?period="
                + (LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1));

        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.text("/type")).endsWith("/fund-insufficient");
        assertThat(tooMuch.text("/detail")).contains("余额不足", "100.01", "100.00");
        assertThat(noDonor.status()).isEqualTo(422);
        assertThat(noDonor.text("/detail")).contains("捐赠人");
        assertThat(tomorrow.status()).isEqualTo(422);
        assertThat(fen.status()).isEqualTo(400);
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(itemWithoutQuantity.status()).isEqualTo(422);
        assertThat(unknownItem.status()).isEqualTo(404);
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.text("/detail")).contains("2024-Q3");
        assertThat(future.status()).as("a period not begun has no books").isEqualTo(422);
        assertThat(future.text("/detail")).contains("还没有开始");
        JsonNode held = township.api().get(fund).json();
        assertThat(held.at("/balance").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(held.at("/entries")).hasSize(1);
        assertThat(new Supermarket(township).stock(code, rice)).isZero();
    }

    @Test
    void aBackDatedPurchaseNeverLeavesAMonthOfTheBooksBelowZeroNorMoneyAndGoodsInDifferentMonths() {
        String code = township.aVillage();
        long rice = new Supermarket(township).aReward(code, "大米", 30, 0);
        String fund = "/api/villages/" + code + "/fund";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate lastMonth = today.withDayOfMonth(1).minusDays(1);
        Api admin = township.aUser("VILLAGE_ADMIN", code);

        Api.Reply typo = admin.post(fund + "/income", json("source", "COLLECTIVE", "amount", 1,
                "receivedOn", "1990-01-01"));
        admin.post(fund + "/income", json("source", "COLLECTIVE", "amount", 100, "receivedOn",
                today.minusDays(60).toString()));
        Api.Reply beforeTheMoney = admin.post(fund + "/purchases", json("amount", 10, "supplier", "供销社",
                "boughtOn", today.minusDays(90).toString()));
        Api.Reply spent = admin.post(fund + "/purchases", json("amount", 80, "supplier", "供销社",
                "boughtOn", today.minusDays(30).toString()));
        Api.Reply wouldGoNegativeLater = admin.post(fund + "/purchases", json("amount", 40, "supplier", "供销社",
                "boughtOn", today.minusDays(45).toString()));
        Api.Reply goodsOfLastMonth = admin.post(fund + "/purchases", json("amount", 20, "supplier", "粮站",
                "boughtOn", lastMonth.toString(), "rewardId", rice, "quantity", 1));
        Api.Reply goodsToday = admin.post(fund + "/purchases", json("amount", 20, "supplier", "粮站",
                "rewardId", rice, "quantity", 1));

        assertThat(typo.status()).as(typo.toString()).isEqualTo(422);
        assertThat(typo.text("/type")).endsWith("/fund-date-implausible");
        assertThat(typo.text("/detail")).contains("1990-01-01", "不合理");
        assertThat(beforeTheMoney.status()).as("the fund held nothing that day").isEqualTo(409);
        assertThat(beforeTheMoney.text("/type")).endsWith("/fund-insufficient");
        assertThat(beforeTheMoney.text("/detail")).contains(today.minusDays(90).toString(), "0.00");
        assertThat(spent.status()).as(spent.toString()).isEqualTo(201);
        assertThat(wouldGoNegativeLater.status()).as("100 held that day, but only 20 after the later purchase")
                .isEqualTo(409);
        assertThat(wouldGoNegativeLater.text("/detail")).contains("20.00", "负数");
        assertThat(goodsOfLastMonth.status()).as(goodsOfLastMonth.toString()).isEqualTo(422);
        assertThat(goodsOfLastMonth.text("/type")).endsWith("/goods-bought-before-this-month");
        assertThat(goodsOfLastMonth.text("/detail")).contains("同一个月");
        assertThat(goodsToday.status()).as(goodsToday.toString()).isEqualTo(201);
        assertThat(new Supermarket(township).stock(code, rice)).isEqualTo(1);
        JsonNode held = admin.get(fund).json();
        assertThat(held.at("/balance").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(held.at("/entries")).hasSize(3);
        for (LocalDate month = today.minusDays(90).withDayOfMonth(1); !month.isAfter(today);
                month = month.plusMonths(1)) {
            JsonNode books = admin.get("/api/villages/" + code + "/books?period=" + month.toString().substring(0, 7))
                    .json();
            assertThat(books.at("/fund/closing").decimalValue()).as("%s closes at or above zero", month)
                    .isGreaterThanOrEqualTo(java.math.BigDecimal.ZERO);
        }
    }

    private static String quarterOfToday() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }
}
