package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Supermarket;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A clerk's typing mistakes at the supermarket are refused with the field named in Chinese, never guessed: 5.5
 * points is not rounded to 5, an item's stock is not "set" by PATCH (it moves only by receipts and write-offs), a
 * purchase date under another name is not dropped for today, a source outside the list is named with the list.
 * Nothing is recorded by a refused request.
 */
@AppTest
class ASupermarketClerksTypingMistakesAreRefusedNotGuessedIT {

    @Autowired
    Township township;

    @Test
    void fractionsUnknownFieldsAndWrongChoicesAreRefusedWithTheFieldNamed() {
        String code = township.aVillage();
        Api admin = township.aUser("VILLAGE_ADMIN", code);
        long soap = new Supermarket(township).aReward(code, "肥皂", 5, 1);
        String rewards = "/api/villages/" + code + "/rewards";
        String fund = "/api/villages/" + code + "/fund";
        admin.post(fund + "/income", json("source", "COLLECTIVE", "amount", 100));

        Api.Reply fraction = admin.post(rewards, json("name", "小数", "cost", 5.5, "stock", 1));
        Api.Reply costAsText = admin.post(rewards, json("name", "文字", "cost", "5", "stock", 1));
        Api.Reply quantityAsText = admin.post("/api/villages/" + code + "/households/1/redemptions",
                json("redemptionId", "r-text", "rewardId", soap, "quantity", "2"));
        Api.Reply onSaleAsText = admin.send(rewards + "/" + soap, "PATCH", "{\"onSale\":\"false\"}");
        Api.Reply stockByPatch = admin.send(rewards + "/" + soap, "PATCH", "{\"stock\":100}");
        Api.Reply wrongDateName = admin.post(fund + "/purchases", json("amount", 5, "supplier", "供销社",
                "spentOn", "2027-01-01"));
        Api.Reply noSuchSource = admin.post(fund + "/income", json("source", "BANK", "amount", 5));
        Api.Reply badDate = admin.post(fund + "/income", json("source", "COLLECTIVE", "amount", 5,
                "receivedOn", "2024/07/15"));

        assertThat(fraction.status()).as(fraction.toString()).isEqualTo(400);
        assertThat(fraction.text("/type")).endsWith("/malformed-request");
        assertThat(fraction.text("/detail")).contains("「cost」", "整数");
        assertThat(costAsText.status()).as("a count written as text is not guessed: " + costAsText).isEqualTo(400);
        assertThat(costAsText.text("/detail")).contains("「cost」", "整数");
        assertThat(quantityAsText.status()).as(quantityAsText.toString()).isEqualTo(400);
        assertThat(quantityAsText.text("/detail")).contains("「quantity」", "整数");
        assertThat(onSaleAsText.status()).as(onSaleAsText.toString()).isEqualTo(400);
        assertThat(onSaleAsText.text("/detail")).contains("「onSale」", "true", "false");
        assertThat(stockByPatch.status()).as(stockByPatch.toString()).isEqualTo(400);
        assertThat(stockByPatch.text("/detail")).contains("「stock」", "入库", "报损", "cost");
        assertThat(wrongDateName.status()).as(wrongDateName.toString()).isEqualTo(400);
        assertThat(wrongDateName.text("/detail")).contains("「spentOn」", "boughtOn");
        assertThat(noSuchSource.status()).isEqualTo(400);
        assertThat(noSuchSource.text("/detail")).contains("「source」", "COLLECTIVE", "DONATION", "COMPANY");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text("/detail")).contains("「receivedOn」", "2024-07-15");

        JsonNode catalogue = admin.get(rewards).json();
        assertThat(catalogue.findValuesAsString("name")).containsExactly("肥皂");
        assertThat(new Supermarket(township).stock(code, soap)).isEqualTo(1);
        assertThat(admin.get(fund).json().at("/entries")).as("only the first income").hasSize(1);
    }
}
