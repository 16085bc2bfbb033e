package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import org.jifen.support.AppTest;
import org.jifen.support.Browser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tryout clerk 5, L4: the staff phone listed households of 一组, 三组, 二组; groups come as people count them. */
@AppTest
class StaffSeeTheGroupsInTheirNumbersOrderIT {

    @Autowired
    Township township;

    @Test
    void thePhonesHouseholdListGoesFromGroupOneToGroupTwelve() {
        String village = "groups-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        var created = township.api().post("/api/villages", json("code", village, "name", "盛新村", "centralVillages",
                List.of("中心村"), "groups", List.of("一组", "二组", "三组", "十二组")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        township.aHouseholdIn(village, "三组", "孙丽华");
        township.aHouseholdIn(village, "十二组", "冯玉珍");
        township.aHouseholdIn(village, "二组", "王建军");
        township.aHouseholdIn(village, "一组", "张国强");
        Browser phone = township.browser();
        phone.signIn(township.aLogin("STAFF", village));

        String page = phone.get("/v/" + village + "/record").body();

        assertThat(page).containsSubsequence("张国强", "王建军", "孙丽华", "冯玉珍");
    }
}
