package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Supermarket;
import org.jifen.support.Township;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The supermarket's pages over HTTP, as a browser posts their forms: a redemption submitted twice is recorded once;
 * every refusal of the counter, the catalogue, the fund and the township's cases comes back as the page again, in
 * Chinese, next to its field, with what was typed kept and nothing recorded; the books open to print and as CSV.
 */
@AppTest
class SupermarketPagesRefuseClearlyIT {

    private static final Pattern REDEMPTION_ID = Pattern.compile("name=\"redemptionId\" value=\"([^\"]+)\"");

    @Autowired
    Township township;

    Supermarket supermarket;

    @BeforeEach
    void supermarket() {
        supermarket = new Supermarket(township);
    }

    @Test
    void aRedemptionSubmittedTwiceFromTheCounterIsRecordedOnce() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        Browser clerk = signedIn(township.aLogin("STAFF", code));

        Browser.Page counter = counter(clerk, code, household);
        assertThat(counter.status()).isEqualTo(200);
        Map<String, String> form = redeem(counter, soap, "2");
        Browser.Page first = clerk.postForm("/v/" + code + "/households/" + household + "/redemptions", form);
        Browser.Page again = clerk.postForm("/v/" + code + "/households/" + household + "/redemptions", form);

        assertThat(first.status()).as(first.toString()).isEqualTo(302);
        assertThat(again.status()).as(again.toString()).isEqualTo(302);
        assertThat(again.header("Location")).isEqualTo(first.header("Location")).contains("/receipt");
        Browser.Page receipt = clerk.get(first.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body()).contains("兑换小票").contains("10 分");
        JsonNode balance = supermarket.balance(code, household);
        assertThat(balance.at("/redeemed").asInt()).as("two submissions, one redemption").isEqualTo(10);
        assertThat(supermarket.stock(code, soap)).isEqualTo(8);
        assertThat(township.api().get("/api/villages/" + code + "/households/" + household + "/redemptions")
                .json().size()).isEqualTo(1);
        Browser.Page points = clerk.get("/v/" + code + "/households/" + household + "/points");
        assertThat(points.body()).as("the household's pages show its points and redemptions")
                .contains("可用积分 <b class=\"big-number\">" + (Supermarket.JULY_POINTS - 10) + "</b>")
                .contains("肥皂 ×2");
        assertThat(clerk.get("/v/" + code + "/households/" + household + "/record").body())
                .contains("/v/" + code + "/households/" + household + "/points");
    }

    /** Back after redeeming opens the same visit: its receipt is offered, not a second redemption (pages-2 13). */
    @Test
    void backAfterARedemptionOffersItsReceiptNotASecondRedemption() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        Browser clerk = signedIn(township.aLogin("STAFF", code));

        Browser.Page opened = clerk.get("/v/" + code + "/counter/households/" + household);
        String visit = opened.header("Location").replaceFirst("^https?://[^/]+", "");
        Browser.Page counter = clerk.get(visit);
        Map<String, String> form = redeem(counter, soap, "1");
        Browser.Page redeemed = clerk.postForm("/v/" + code + "/households/" + household + "/redemptions", form);
        Browser.Page back = clerk.get(visit);

        assertThat(opened.status()).isEqualTo(302);
        assertThat(visit).contains("?visit=" + form.get("redemptionId"));
        assertThat(redeemed.status()).as(redeemed.toString()).isEqualTo(302);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("这次打开已经兑换过：兑换单 " + form.get("redemptionId"))
                .contains("查看这张小票").doesNotContain("id=\"redeem-form\"");
        Browser.Page again = counter(clerk, code, household);
        assertThat(again.body()).contains("id=\"redeem-form\"").doesNotContain("这次打开已经兑换过")
                .doesNotContain("value=\"" + form.get("redemptionId") + "\"");
        assertThat(supermarket.balance(code, household).at("/redeemed").asInt()).isEqualTo(5);
    }

    @Test
    void aRedemptionTheHouseholdCannotAffordIsRefusedNextToTheItemWithTheFormKept() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        long rice = supermarket.aReward(code, "大米", 30, 5);
        Browser clerk = signedIn(township.aLogin("STAFF", code));

        Browser.Page counter = counter(clerk, code, household);
        Map<String, String> form = redeem(counter, rice, "2");
        form.put("note", "换两袋米");
        Browser.Page refused = clerk.postForm("/v/" + code + "/households/" + household + "/redemptions", form);
        Map<String, String> noQuantity = redeem(counter, rice, "1.5");
        Browser.Page malformed = clerk.postForm("/v/" + code + "/households/" + household + "/redemptions",
                noQuantity);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"rewardId-problem\"").contains("本户可用积分不足")
                .contains("value=\"换两袋米\"").contains("value=\"" + form.get("redemptionId") + "\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("id=\"quantity-problem\"").contains("数量须是 1 到 1000 之间的整数");
        assertThat(supermarket.balance(code, household).at("/redeemed").asInt()).isZero();
        assertThat(supermarket.stock(code, rice)).isEqualTo(5);
    }

    @Test
    void theCataloguesRefusalsAreShownNextToTheirFieldsAndAddNothing() {
        String code = township.aVillage();
        Browser admin = signedIn(township.aLogin("VILLAGE_ADMIN", code));
        String csrf = admin.get("/v/" + code + "/rewards").csrfToken();

        Browser.Page fractional = admin.postForm("/v/" + code + "/rewards", fields("_csrf", csrf, "name", "酱油",
                "cost", "5.5", "stock", "3", "onSale", "true"));
        supermarket.aReward(code, "食用油", 40, 2);
        Browser.Page taken = admin.postForm("/v/" + code + "/rewards", fields("_csrf", csrf, "name", "食用油",
                "cost", "40", "stock", "0"));

        assertThat(fractional.status()).isEqualTo(400);
        assertThat(fractional.body()).contains("id=\"cost-problem\"").contains("兑换所需积分须是 1 到 100000 之间的整数")
                .contains("value=\"酱油\"").contains("value=\"3\"").doesNotContain("cost 最小");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"name-problem\"").contains("食用油");
        assertThat(township.api().get("/api/villages/" + code + "/rewards").json().size()).isEqualTo(1);
    }

    @Test
    void theFundsRefusalsAreShownNextToTheirFieldsAndRecordNothing() {
        String code = township.aVillage();
        Browser admin = signedIn(township.aLogin("VILLAGE_ADMIN", code));
        String csrf = admin.get("/v/" + code + "/fund").csrfToken();

        Browser.Page noDonor = admin.postForm("/v/" + code + "/fund/income", fields("_csrf", csrf,
                "source", "DONATION", "donor", "", "amount", "500"));
        Browser.Page cents = admin.postForm("/v/" + code + "/fund/income", fields("_csrf", csrf,
                "source", "COLLECTIVE", "amount", "12.345"));
        Browser.Page tooMuch = admin.postForm("/v/" + code + "/fund/purchases", fields("_csrf", csrf,
                "amount", "80", "supplier", "供销社"));
        Browser.Page received = admin.postForm("/v/" + code + "/fund/income", fields("_csrf", csrf,
                "source", "COMPANY", "donor", "爱心企业", "amount", "1,000.50"));

        assertThat(noDonor.status()).isEqualTo(422);
        assertThat(noDonor.body()).contains("id=\"donor-problem\"").contains("value=\"500\"");
        assertThat(cents.status()).isEqualTo(400);
        assertThat(cents.body()).contains("id=\"income-amount-problem\"").contains("最多两位小数");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.body()).contains("id=\"purchase-amount-problem\"").contains("value=\"供销社\"");
        assertThat(received.status()).as(received.toString()).isEqualTo(302);
        JsonNode fund = township.api().get("/api/villages/" + code + "/fund").json();
        assertThat(fund.at("/entries").size()).as("only the good entry").isEqualTo(1);
        assertThat(fund.at("/balance").decimalValue()).isEqualByComparingTo("1000.50");

        Browser.Page books = admin.get("/v/" + code + "/books?period=2024-Q3");
        Browser.Page csv = admin.get("/v/" + code + "/books.csv?period=2024-Q3");
        Browser.Page badPeriod = admin.get("/v/" + code + "/books?period=2024-Q5");
        assertThat(books.status()).isEqualTo(200);
        assertThat(books.body()).contains("积分超市台账").contains("期末余额");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("2024-Q5");
    }

    @Test
    void theTownshipsCaseReviewRefusesAnAuditorAReturnWithoutReasonAndAnEarlyPublication() {
        String code = township.aVillage();
        Api admin = township.aUser("VILLAGE_ADMIN", code);
        long id = admin.post("/api/villages/" + code + "/cases", json("title", "好婆婆评选", "text", "评选带动孝老爱亲。"))
                .id("/id");
        Browser auditor = signedIn(township.aLogin("AUDITOR", null));
        Browser townshipAdmin = signedIn(township.aLogin("TOWNSHIP_ADMIN", null));
        String csrf = townshipAdmin.get("/township/cases/" + id).csrfToken();

        Browser.Page byAuditor = auditor.postForm("/township/cases/" + id + "/review", fields("_csrf",
                auditor.get("/township/cases/" + id).csrfToken(), "decision", "SHORTLIST"));
        Browser.Page noReason = townshipAdmin.postForm("/township/cases/" + id + "/review", fields("_csrf", csrf,
                "decision", "RETURN", "note", ""));
        Browser.Page early = townshipAdmin.postForm("/township/cases/" + id + "/publication", fields("_csrf", csrf,
                "note", "镇公众号"));
        Browser.Page notAPilot = townshipAdmin.postForm("/township/demonstration-base", fields("_csrf", csrf,
                "village", code, "reason", "成效突出"));

        assertThat(byAuditor.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("请填写审核意见");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("class=\"problem\"").contains("入围");
        assertThat(notAPilot.status()).isEqualTo(422);
        assertThat(notAPilot.body()).contains("不是试点村");
        assertThat(township.api().get("/api/township/cases/" + id).json().at("/status").asString())
                .isEqualTo("SUBMITTED");
    }

    /** Issue 11: a refused cancellation shows the receipt again, with the reason in Chinese and what was typed. */
    @Test
    void aRefusedCancellationShowsTheReceiptAgainWithTheReason() {
        Supermarket.Village village = supermarket.aVillageWithPoints(1);
        String code = village.code();
        long household = village.household(0);
        long soap = supermarket.aReward(code, "肥皂", 5, 10);
        assertThat(township.api().post("/api/villages/" + code + "/households/" + household + "/redemptions",
                json("redemptionId", "柜台-撤销-1", "rewardId", soap)).status()).isEqualTo(201);
        Browser clerk = signedIn(township.aLogin("STAFF", code));
        String receiptPath = "/v/" + code + "/redemptions/"
                + java.net.URLEncoder.encode("柜台-撤销-1", java.nio.charset.StandardCharsets.UTF_8) + "/receipt";
        Browser.Page receipt = clerk.get(receiptPath);
        String cancel = receiptPath.replace("/receipt", "/cancellation");

        Browser.Page noReason = clerk.postForm(cancel, fields("_csrf", receipt.csrfToken(), "reason", " "));
        Browser.Page cancelled = clerk.postForm(cancel, fields("_csrf", receipt.csrfToken(), "reason", "户主要求换成大米"));
        Browser.Page twice = clerk.postForm(cancel, fields("_csrf", receipt.csrfToken(), "reason", "再撤销一次"));

        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("兑换小票", "柜台-撤销-1", "没有撤销：", "撤销的原因", "<details open")
                .doesNotContain("未能完成");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(302);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.body()).contains("兑换小票", "没有撤销：", "已经撤销过", "已撤销（");
        assertThat(supermarket.stock(code, soap)).as("returned once").isEqualTo(10);
    }

    private static Map<String, String> redeem(Browser.Page counter, long reward, String quantity) {
        Matcher id = REDEMPTION_ID.matcher(counter.body());
        assertThat(id.find()).as("the counter's form carries a redemption number").isTrue();
        return fields("_csrf", counter.csrfToken(), "redemptionId", id.group(1), "rewardId", String.valueOf(reward),
                "quantity", quantity);
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** The household's counter as a browser opens it: a new visit, with its own redemption number. */
    private static Browser.Page counter(Browser clerk, String code, long household) {
        Browser.Page opened = clerk.get("/v/" + code + "/counter/households/" + household);
        assertThat(opened.status()).isEqualTo(302);
        return clerk.get(opened.header("Location").replaceFirst("^https?://[^/]+", ""));
    }

    private Browser signedIn(Township.Login login) {
        Browser browser = township.browser();
        Browser.Page done = browser.postForm("/login", fields("username", login.username(),
                "password", login.password(), "_csrf", browser.get("/login").csrfToken()));
        assertThat(done.status()).as(done.toString()).isEqualTo(302);
        return browser;
    }
}
