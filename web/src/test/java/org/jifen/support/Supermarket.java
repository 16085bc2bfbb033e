package org.jifen.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The states the points supermarket's use cases start from, built through the published API: a village whose
 * households earned points in a finalised July 2024, and a stocked catalogue.
 */
public final class Supermarket {

    /** What each household of {@link #aVillageWithPoints} earned in July: 参加村民大会 2 + 见义勇为 20 + 当月无扣分 10. */
    public static final int JULY_POINTS = 32;

    private final Township township;

    public Supermarket(Township township) {
        this.township = township;
    }

    /** A village on the contract example whose households each earned {@link #JULY_POINTS} in a finalised July. */
    public Village aVillageWithPoints(int households) {
        String code = township.aVillage();
        township.anActivePlan(code, Plans.CONTRACT_EXAMPLE);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < households; i++) {
            long household = township.aHousehold(code);
            township.anEvent(code, household, "参加村民大会", "2024-07-03");
            township.anEvent(code, household, "见义勇为", "2024-07-09");
            ids.add(household);
        }
        township.aFinalisedMonth(code, "2024-07", township.aSelfGovernanceGroup(code));
        return new Village(code, List.copyOf(ids));
    }

    /** A new item in the village's catalogue, added by the township admin; returns its id. */
    public long aReward(String village, String name, int cost, int stock) {
        Api.Reply added = township.api().post("/api/villages/" + village + "/rewards",
                json("name", name, "cost", cost, "stock", stock));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.id("/id");
    }

    public JsonNode balance(String village, long household) {
        Api.Reply balance = township.api().get("/api/villages/" + village + "/households/" + household + "/balance");
        assertThat(balance.status()).as(balance.toString()).isEqualTo(200);
        return balance.json();
    }

    public int stock(String village, long reward) {
        return township.api().get("/api/villages/" + village + "/rewards/" + reward).json().at("/stock").asInt();
    }

    /** A village and its households' ids. */
    public record Village(String code, List<Long> households) {

        public long household(int index) {
            return households.get(index);
        }
    }
}
