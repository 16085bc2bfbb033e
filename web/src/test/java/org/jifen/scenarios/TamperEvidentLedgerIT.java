package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Points are posted publicly and contested by neighbours: a ledger row altered, deleted or reordered behind the
 * service's back (straight in the database) is found by verification, at the right entry.
 */
@AppTest
class TamperEvidentLedgerIT {

    @Autowired
    Township township;

    @Autowired
    JdbcTemplate database;

    @Test
    void anUntouchedLedgerVerifies() {
        Village village = aVillageWithFiveEntries();

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).isTrue();
        assertThat(check.at("/entries").asInt()).isEqualTo(5);
        assertThat(check.at("/firstInvalid").isNull()).isTrue();
    }

    @Test
    void alteredPointsAreFoundAtTheAlteredEntry() {
        Village village = aVillageWithFiveEntries();
        database.update("update award set points = 50 where id = ?", village.awards.get(2));

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).isFalse();
        assertThat(check.at("/firstInvalid/seq").asInt()).isEqualTo(3);
        assertThat(check.at("/firstInvalid/awardId").asLong()).isEqualTo(village.awards.get(2));
        assertThat(check.at("/entries").asInt()).isEqualTo(2);
    }

    @Test
    void aDeletedEntryIsFoundWhereItWas() {
        Village village = aVillageWithFiveEntries();
        database.update("delete from award where id = ?", village.awards.get(1));

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).isFalse();
        assertThat(check.at("/firstInvalid/seq").asInt()).isEqualTo(2);
    }

    @Test
    void theLastEntryDeletedIsFoundToo() {
        Village village = aVillageWithFiveEntries();
        database.update("delete from award where id = ?", village.awards.get(4));

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).isFalse();
        assertThat(check.at("/firstInvalid/seq").asInt()).isEqualTo(5);
    }

    @Test
    void reorderedEntriesAreFound() {
        Village village = aVillageWithFiveEntries();
        database.update("update award set chain_seq = -1 where id = ?", village.awards.get(3));
        database.update("update award set chain_seq = 4 where id = ?", village.awards.get(4));
        database.update("update award set chain_seq = 5 where id = ?", village.awards.get(3));

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).isFalse();
        assertThat(check.at("/firstInvalid/seq").asInt()).isEqualTo(4);
    }

    private JsonNode verify(String village) {
        Api.Reply reply = township.aUser("AUDITOR", null).get("/api/villages/" + village + "/ledger/verify");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private record Village(String code, List<Long> awards) {
    }

    private Village aVillageWithFiveEntries() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        List<Long> awards = new ArrayList<>();
        String[] types = {"参加村民大会", "宅前屋后乱堆物", "参加村民大会", "见义勇为", "宅前屋后乱堆物"};
        for (int i = 0; i < types.length; i++) {
            awards.add(township.api().post("/api/villages/" + village + "/events", json("eventId", "t" + i,
                    "householdId", household, "type", types[i], "occurredOn", "2024-08-0" + (i + 1)))
                    .id("/awards/0/id"));
        }
        return new Village(village, awards);
    }
}
