package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Supermarket;
import org.jifen.support.Township;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The points supermarket (积分超市): the village admin stocks the catalogue, staff exchange a household's points for
 * goods at the counter; the household's balance, the item's stock and the ledger's chain follow, a repeat of the
 * same redemption changes nothing, and every refusal is a Chinese problem that leaves everything as it was.
 */
@AppTest
class PointsSupermarketIT {

    @Autowired
    Township township;

    Supermarket supermarket;

    @BeforeEach
    void supermarket() {
        supermarket = new Supermarket(township);
    }

    @Test
    void aVillageAdminStocksTheCatalogueAndStaffRedeemAHouseholdsPointsAtTheCounter() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        Api admin = township.aUser("VILLAGE_ADMIN", code);
        Api staff = township.aUser("STAFF", code);

        Api.Reply soap = admin.post("/api/villages/" + code + "/rewards", json("name", "肥皂", "cost", 5, "stock", 40));
        Api.Reply byStaff = staff.post("/api/villages/" + code + "/rewards", json("name", "洗衣液", "cost", 20,
                "stock", 10));
        assertThat(soap.status()).as(soap.toString()).isEqualTo(201);
        assertThat(soap.json().at("/name").asString()).isEqualTo("肥皂");
        assertThat(soap.json().at("/cost").asInt()).isEqualTo(5);
        assertThat(soap.json().at("/stock").asInt()).isEqualTo(40);
        assertThat(soap.location()).endsWith("/rewards/" + soap.id("/id"));
        assertThat(byStaff.status()).as("staff do not manage the catalogue").isEqualTo(403);
        assertThat(staff.get("/api/villages/" + code + "/rewards").json().findValuesAsString("name"))
                .containsExactly("肥皂");

        JsonNode before = supermarket.balance(code, household);
        assertThat(before.at("/earned").asInt()).isEqualTo(Supermarket.JULY_POINTS);
        assertThat(before.at("/spent").asInt()).isZero();
        assertThat(before.at("/available").asInt()).isEqualTo(Supermarket.JULY_POINTS);

        String path = "/api/villages/" + code + "/households/" + household + "/redemptions";
        var request = json("redemptionId", "柜台-0001", "rewardId", soap.id("/id"), "quantity", 3);
        Api.Reply redeemed = staff.post(path, request);
        Api.Reply repeated = staff.post(path, request);

        assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(201);
        assertThat(redeemed.json().at("/points").asInt()).isEqualTo(15);
        assertThat(redeemed.json().at("/availableAfter").asInt()).isEqualTo(Supermarket.JULY_POINTS - 15);
        assertThat(redeemed.json().at("/recordedBy").asString()).startsWith("staff-");
        assertThat(redeemed.location()).contains("/redemptions/");
        assertThat(repeated.status()).as("the same redemptionId again").isEqualTo(200);
        assertThat(repeated.json().at("/id").asLong()).isEqualTo(redeemed.json().at("/id").asLong());
        JsonNode after = supermarket.balance(code, household);
        assertThat(after.at("/spent").asInt()).isEqualTo(15);
        assertThat(after.at("/available").asInt()).isEqualTo(Supermarket.JULY_POINTS - 15);
        assertThat(after.at("/available").asInt()).isEqualTo(after.at("/earned").asInt()
                - after.at("/spent").asInt() - after.at("/expired").asInt());
        assertThat(after.at("/honour").asInt()).as("honour points count what was earned").isEqualTo(32);
        assertThat(after.at("/entries/0/kind").asString()).isEqualTo("SPENT");
        assertThat(after.at("/entries/0/reason").asString()).contains("肥皂", "柜台-0001");
        assertThat(supermarket.stock(code, soap.id("/id"))).isEqualTo(37);
        assertThat(staff.get("/api/villages/" + code + "/households/" + household + "/redemptions").json())
                .hasSize(1);
        JsonNode chain = township.api().get("/api/villages/" + code + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).as(chain.toString()).isTrue();
        assertThat(chain.at("/entries").asInt()).as("3 awards and one spending").isEqualTo(4);
    }

    @Test
    void aRedemptionBeyondTheAvailablePointsOrTheStockIsRefusedAndChangesNothing() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        long oil = supermarket.aReward(code, "食用油", 30, 5);
        long rice = supermarket.aReward(code, "大米", 10, 2);
        String path = "/api/villages/" + code + "/households/" + household + "/redemptions";

        Api.Reply twoBarrels = township.api().post(path, json("redemptionId", "r-1", "rewardId", oil, "quantity", 2));
        Api.Reply threeBags = township.api().post(path, json("redemptionId", "r-2", "rewardId", rice, "quantity", 3));

        assertThat(twoBarrels.status()).as(twoBarrels.toString()).isEqualTo(409);
        assertThat(twoBarrels.text("/type")).endsWith("/not-enough-points");
        assertThat(twoBarrels.text("/detail")).contains("可用积分不足", "60", "32");
        assertThat(twoBarrels.json().at("/available").asInt()).isEqualTo(32);
        assertThat(threeBags.status()).as(threeBags.toString()).isEqualTo(409);
        assertThat(threeBags.text("/type")).endsWith("/not-enough-stock");
        assertThat(threeBags.text("/detail")).contains("库存不足");
        assertThat(supermarket.balance(code, household).at("/available").asInt()).isEqualTo(32);
        assertThat(supermarket.stock(code, oil)).isEqualTo(5);
        assertThat(supermarket.stock(code, rice)).isEqualTo(2);
        assertThat(township.api().get("/api/villages/" + code + "/redemptions/r-1").status()).isEqualTo(404);
        Api.Reply allOfIt = township.api().post(path, json("redemptionId", "r-3", "rewardId", oil));
        assertThat(allOfIt.status()).as("exactly what is available: %s", allOfIt).isEqualTo(201);
        assertThat(supermarket.balance(code, household).at("/available").asInt()).isEqualTo(2);
    }

    @Test
    void pointsOfAMonthNotYetFinalisedCannotBeSpent() {
        String code = township.aVillage();
        township.anActivePlan(code, org.jifen.support.Plans.CONTRACT_EXAMPLE);
        long household = township.aHousehold(code);
        township.anEvent(code, household, "见义勇为", "2024-08-09");
        long soap = supermarket.aReward(code, "肥皂", 5, 10);

        JsonNode balance = supermarket.balance(code, household);
        Api.Reply refused = township.api().post("/api/villages/" + code + "/households/" + household + "/redemptions",
                json("redemptionId", "early", "rewardId", soap));

        assertThat(balance.at("/earned").asInt()).isZero();
        assertThat(balance.at("/available").asInt()).isZero();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/detail")).contains("已定稿月份的积分才可使用");
    }

    @Test
    void theSameRedemptionIdWithAnotherBodyIsRefused() {
        Supermarket.Village village = supermarket.aVillageWithPoints(2);
        String code = village.code();
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        String first = "/api/villages/" + code + "/households/" + village.household(0) + "/redemptions";
        String second = "/api/villages/" + code + "/households/" + village.household(1) + "/redemptions";

        assertThat(township.api().post(first, json("redemptionId", "r-1", "rewardId", soap)).status()).isEqualTo(201);
        Api.Reply moreSoap = township.api().post(first, json("redemptionId", "r-1", "rewardId", soap, "quantity", 2));
        Api.Reply otherHousehold = township.api().post(second, json("redemptionId", "r-1", "rewardId", soap));

        assertThat(moreSoap.status()).isEqualTo(409);
        assertThat(moreSoap.text("/type")).endsWith("/redemption-id-reused");
        assertThat(otherHousehold.status()).isEqualTo(409);
        assertThat(otherHousehold.text("/detail")).contains("r-1", "新的单号");
        assertThat(supermarket.stock(code, soap)).isEqualTo(9);
        assertThat(supermarket.balance(code, village.household(1)).at("/spent").asInt()).isZero();
    }

    @Test
    void cancellingARedemptionReturnsItsPointsAndGoodsAsNewEntriesOnce() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        long oil = supermarket.aReward(code, "食用油", 30, 3);
        Api staff = township.aUser("STAFF", code);
        assertThat(staff.post("/api/villages/" + code + "/households/" + household + "/redemptions",
                json("redemptionId", "油-01", "rewardId", oil)).status()).isEqualTo(201);

        Api.Reply cancelled = staff.post("/api/villages/" + code + "/redemptions/油-01/cancellation",
                json("reason", "户主要求换成大米"));
        Api.Reply twice = staff.post("/api/villages/" + code + "/redemptions/油-01/cancellation",
                json("reason", "再撤一次"));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(201);
        assertThat(cancelled.json().at("/cancelled/reason").asString()).isEqualTo("户主要求换成大米");
        assertThat(cancelled.json().at("/cancelled/by").asString()).startsWith("staff-");
        assertThat(cancelled.json().at("/availableAfter").asInt()).as("as it was after the redemption").isEqualTo(2);
        assertThat(cancelled.json().at("/cancelled/availableAfter").asInt()).as("what the household has now")
                .isEqualTo(32);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("/type")).endsWith("/redemption-already-cancelled");
        JsonNode balance = supermarket.balance(code, household);
        assertThat(balance.at("/redeemed").asInt()).isEqualTo(30);
        assertThat(balance.at("/returned").asInt()).isEqualTo(30);
        assertThat(balance.at("/spent").asInt()).isZero();
        assertThat(balance.at("/available").asInt()).isEqualTo(32);
        assertThat(balance.at("/entries").findValuesAsString("kind")).containsExactly("RETURNED", "SPENT");
        assertThat(supermarket.stock(code, oil)).isEqualTo(3);
        JsonNode movements = township.api().get("/api/villages/" + code + "/rewards/" + oil + "/stock").json();
        assertThat(movements.findValuesAsString("kind")).containsExactly("RECEIVED", "REDEEMED", "RETURNED");
        assertThat(movements.at("/2/reason").asString()).contains("户主要求换成大米");
        assertThat(movements.at("/1/redemptionId").asString()).isEqualTo("油-01");
        JsonNode chain = township.api().get("/api/villages/" + code + "/ledger/verify").json();
        assertThat(chain.at("/valid").asBoolean()).isTrue();
        assertThat(chain.at("/entries").asInt()).isEqualTo(5);
        JsonNode audit = township.api().get("/api/villages/" + code + "/audit-log?act=redemption.cancelled").json();
        assertThat(audit.toString()).contains("DONE", "REFUSED");
    }

    @Test
    void aReceiptPrintsTheRedemptionAndItsCancellation() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long soap = supermarket.aReward(code, "肥皂<b>", 5, 10);
        township.api().post("/api/villages/" + code + "/households/" + village.household(0) + "/redemptions",
                json("redemptionId", "小票-1", "rewardId", soap, "quantity", 2, "note", "代领：儿子"));

        Api.Reply receipt = township.api().get("/api/villages/" + code + "/redemptions/小票-1", "text/html");
        township.api().post("/api/villages/" + code + "/redemptions/小票-1/cancellation", json("reason", "拿错了"));
        Api.Reply cancelled = township.api().get("/api/villages/" + code + "/redemptions/小票-1", "text/html");

        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("text/html");
        assertThat(receipt.body()).contains("兑换小票", "小票-1", "肥皂&lt;b&gt;", "扣减积分", "10 分", "代领：儿子",
                "兑换后可用", "22 分").doesNotContain("<b>\"", "<script");
        assertThat(receipt.header("Content-Security-Policy")).contains("'sha256-");
        assertThat(cancelled.body()).contains("已撤销", "拿错了", "撤销退回后可用", "32 分");
    }

    @Test
    void goodsAreReceivedAndWrittenOffWithWhoAndWhyNeverBelowZero() {
        String code = township.aVillage();
        long rice = supermarket.aReward(code, "大米", 10, 4);
        Api staff = township.aUser("STAFF", code);

        Api.Reply received = staff.post("/api/villages/" + code + "/rewards/" + rice + "/stock:receive",
                json("quantity", 20, "reason", "村集体采购，镇粮站送货"));
        Api.Reply writeOffByStaff = staff.post("/api/villages/" + code + "/rewards/" + rice + "/stock:write-off",
                json("quantity", 1, "reason", "受潮"));
        Api.Reply writtenOff = township.api().post("/api/villages/" + code + "/rewards/" + rice + "/stock:write-off",
                json("quantity", 2, "reason", "受潮发霉"));
        Api.Reply tooMany = township.api().post("/api/villages/" + code + "/rewards/" + rice + "/stock:write-off",
                json("quantity", 23, "reason", "盘点"));
        Api.Reply withoutReason = township.api().post("/api/villages/" + code + "/rewards/" + rice + "/stock:receive",
                json("quantity", 1));

        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        assertThat(received.json().at("/stockAfter").asInt()).isEqualTo(24);
        assertThat(received.json().at("/recordedBy").asString()).startsWith("staff-");
        assertThat(writeOffByStaff.status()).as("write-offs are the village admin's").isEqualTo(403);
        assertThat(writtenOff.status()).isEqualTo(201);
        assertThat(writtenOff.json().at("/stockAfter").asInt()).isEqualTo(22);
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.text("/type")).endsWith("/not-enough-stock");
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(supermarket.stock(code, rice)).isEqualTo(22);
        JsonNode movements = staff.get("/api/villages/" + code + "/rewards/" + rice + "/stock").json();
        assertThat(movements.findValuesAsString("kind")).containsExactly("RECEIVED", "RECEIVED", "WRITTEN_OFF");
        assertThat(movements.findValuesAsString("reason")).containsExactly("建档入库", "村集体采购，镇粮站送货", "受潮发霉");
    }

    @Test
    void aVillageAdminGivesAnItemAPhotoTheCatalogueShows() {
        String code = township.aVillage();
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        byte[] newer = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 4, 5, 6};
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        String path = "/api/villages/" + code + "/rewards/" + soap + "/photo";
        Api admin = township.aUser("VILLAGE_ADMIN", code);

        Api.Reply none = township.api().get(path);
        Api.Reply byStaff = township.aUser("STAFF", code).multipart(path,
                List.of(Api.Part.file("file", "肥皂.png", "image/png", png)));
        Api.Reply notAPhoto = admin.multipart(path,
                List.of(Api.Part.file("file", "肥皂.png", "image/png", "<svg/>".getBytes(StandardCharsets.UTF_8))));
        Api.Reply aPdf = admin.multipart(path, List.of(Api.Part.file("file", "肥皂.pdf", "application/pdf", pdf)));
        Api.Reply noFile = admin.multipart(path, List.of(Api.Part.text("note", "肥皂")));
        Api.Reply noItem = admin.multipart("/api/villages/" + code + "/rewards/999999/photo",
                List.of(Api.Part.file("file", "肥皂.png", "image/png", png)));
        assertThat(township.api().get("/api/villages/" + code + "/rewards/" + soap).json().get("photo").isNull())
                .as("nothing refused was kept").isTrue();
        Api.Reply added = admin.multipart(path, List.of(Api.Part.file("file", "肥皂.png", "image/png", png)));
        Api.Download first = township.api().fetch(path);
        admin.multipart(path, List.of(Api.Part.file("file", "新肥皂.png", "image/png", newer)));

        assertThat(none.status()).isEqualTo(404);
        assertThat(none.text("/type")).endsWith("/reward-photo-not-found");
        assertThat(none.text("/detail")).contains("还没有照片");
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(notAPhoto.status()).isEqualTo(415);
        assertThat(notAPhoto.text("/type")).endsWith("/reward-photo-not-an-image");
        assertThat(notAPhoto.text("/detail")).as("an item's photo is never a PDF").doesNotContain("PDF");
        assertThat(aPdf.status()).isEqualTo(415);
        assertThat(aPdf.text("/type")).endsWith("/reward-photo-not-an-image");
        assertThat(aPdf.text("/detail")).contains("肥皂.pdf", "JPEG、PNG 或 WebP");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.text("/detail")).contains("字段 file");
        assertThat(noItem.status()).isEqualTo(404);
        assertThat(noItem.text("/type")).endsWith("/reward-not-found");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.text("/photo")).isEqualTo(path);
        assertThat(added.header("Location")).endsWith(path);
        assertThat(first.body()).isEqualTo(png);
        assertThat(first.header("Content-Type")).startsWith("image/png");
        assertThat(first.header("Content-Security-Policy")).contains("sandbox");
        assertThat(first.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(township.api().get("/api/villages/" + code + "/rewards").json().at("/0/photo").asString())
                .isEqualTo(path);
        assertThat(township.api().fetch(path).body()).as("the newest photo is shown").isEqualTo(newer);
    }

    @Test
    void anItemOffSaleCannotBeRedeemedAndTheCatalogueRefusesWhatItCannotKeep() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        String path = "/api/villages/" + code + "/households/" + village.household(0) + "/redemptions";

        Api.Reply offSale = township.api().patch("/api/villages/" + code + "/rewards/" + soap, json("onSale", false));
        Api.Reply refused = township.api().post(path, json("redemptionId", "r-1", "rewardId", soap));
        Api.Reply sameName = township.api().post("/api/villages/" + code + "/rewards", json("name", "肥皂", "cost", 6));
        Api.Reply free = township.api().post("/api/villages/" + code + "/rewards", json("name", "白送", "cost", 0));
        Api.Reply unknownReward = township.api().post(path, json("redemptionId", "r-2", "rewardId", 999_999_999));
        Api.Reply unknownHousehold = township.api().post("/api/villages/" + code + "/households/999999999/redemptions",
                json("redemptionId", "r-3", "rewardId", soap));
        Api.Reply noId = township.api().post(path, json("rewardId", soap));
        Api.Reply emptyHousehold = township.api().post("/api/villages/" + code + "/households//redemptions",
                json("redemptionId", "r-5", "rewardId", soap));
        Api.Reply otherVillage = township.aUser("STAFF", township.aVillage()).post(path,
                json("redemptionId", "r-4", "rewardId", soap));

        assertThat(offSale.status()).isEqualTo(200);
        assertThat(offSale.json().at("/onSale").asBoolean()).isFalse();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("/type")).endsWith("/reward-not-on-sale");
        assertThat(refused.text("/detail")).contains("已下架");
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.text("/type")).endsWith("/reward-name-taken");
        assertThat(free.status()).isEqualTo(400);
        assertThat(unknownReward.status()).isEqualTo(404);
        assertThat(unknownReward.text("/detail")).contains("兑换物品");
        assertThat(unknownHousehold.status()).isEqualTo(404);
        assertThat(noId.status()).isEqualTo(400);
        assertThat(emptyHousehold.status()).isEqualTo(400);
        assertThat(emptyHousehold.contentType()).startsWith("application/problem+json");
        assertThat(emptyHousehold.text("/detail")).contains("请求地址不正确");
        assertThat(otherVillage.status()).isEqualTo(403);
        assertThat(supermarket.balance(code, village.household(0)).at("/spent").asInt()).isZero();
        assertThat(supermarket.stock(code, soap)).isEqualTo(10);
    }
}
