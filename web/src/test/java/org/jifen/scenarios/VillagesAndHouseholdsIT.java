package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The township registers its villages, and each village its households with the three eligibility facts. */
@AppTest
class VillagesAndHouseholdsIT {

    @Autowired
    Township township;

    @Test
    void theTownshipRegistersAVillageWithItsGroupsAndCentralVillages() {
        String code = "fengxi-" + System.nanoTime() % 100_000;

        Api.Reply created = township.api().post("/api/villages", json("code", code, "name", "凤溪村",
                "centralVillages", List.of("凤溪中心村"), "groups", List.of("一组", "二组", "三组")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/villages/" + code);
        assertThat(created.text("/name")).isEqualTo("凤溪村");
        assertThat(created.json().at("/groups").size()).isEqualTo(3);
        assertThat(township.api().get("/api/villages").json().findValuesAsString("code")).contains(code);
        assertThat(township.api().post("/api/villages", json("code", code, "name", "又一个")).status()).isEqualTo(409);
        assertThat(township.api().post("/api/villages", json("code", "Not A Slug!", "name", "x")).status())
                .isEqualTo(400);
    }

    @Test
    void aHouseholdIsEligibleOnlyWithLocalHukouAHomesteadAndSomeoneLivingThere() {
        String village = township.aVillage();

        Api.Reply eligible = register(village, "001", true, true, 2);
        Api.Reply nobodyHome = register(village, "002", true, true, 0);
        Api.Reply noHomestead = register(village, "003", true, false, 3);
        Api.Reply notLocal = register(village, "004", false, true, 3);

        assertThat(eligible.status()).isEqualTo(201);
        assertThat(eligible.json().at("/eligible").asBoolean()).isTrue();
        assertThat(eligible.json().at("/tags").findValuesAsString("")).isEmpty();
        assertThat(nobodyHome.json().at("/eligible").asBoolean()).isFalse();
        assertThat(noHomestead.json().at("/eligible").asBoolean()).isFalse();
        assertThat(notLocal.json().at("/eligible").asBoolean()).isFalse();
        Api.Reply read = township.api().get("/api/villages/" + village + "/households/" + eligible.id("/id"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/headName")).isEqualTo("张建国");
        assertThat(read.text("/tags/0")).isEqualTo("党员户");
    }

    @Test
    void householdRefusalsNameTheProblem() {
        String village = township.aVillage();
        register(village, "001", true, true, 2);

        assertThat(register(village, "001", true, true, 2).status()).isEqualTo(409);
        Api.Reply strangeGroup = township.api().post("/api/villages/" + village + "/households", json(
                "householdNo", "009", "headName", "李四", "group", "九组", "localHukou", true, "homestead", true,
                "permanentResidents", 1));
        assertThat(strangeGroup.status()).isEqualTo(422);
        assertThat(strangeGroup.text("/detail")).contains("九组");
        assertThat(township.api().post("/api/villages/" + village + "/households", json("householdNo", "010"))
                .status()).isEqualTo(400);
        assertThat(township.api().get("/api/villages/" + village + "/households/424242").status()).isEqualTo(404);
        assertThat(township.api().get("/api/villages/no-such-village/households/1").status()).isEqualTo(404);
    }

    private Api.Reply register(String village, String no, boolean localHukou, boolean homestead, int residents) {
        return township.api().post("/api/villages/" + village + "/households", json("householdNo", no,
                "headName", "张建国", "group", "二组", "centralVillage", "中心村", "localHukou", localHukou,
                "homestead", homestead, "permanentResidents", residents, "members", 4, "tags", List.of("党员户")));
    }
}
