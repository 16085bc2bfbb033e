package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.ArrayList;
import java.util.List;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;
import org.jifen.scoring.LedgerVerification;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
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

    @Autowired
    LedgerVerification verification;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Test
    void anUntouchedLedgerVerifies() {
        Village village = aVillageWithFiveEntries();

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).isTrue();
        assertThat(check.at("/entries").asInt()).isEqualTo(5);
        assertThat(check.at("/firstInvalid").isNull()).isTrue();
    }

    /**
     * A check reads the chain's rows, not entities (ADR 0196): a ledger of 400,000 entries once took 700 s to check,
     * each entry loaded as an entity into one persistence context for the whole check.
     */
    @Test
    void aCheckHoldsNoEntryOfTheLedgerAsAnEntity() {
        Village village = aVillageWithFiveEntries();

        long held = transactions.execute(status -> {
            assertThat(verification.verify(village.code).entries()).isEqualTo(5);
            return entityManager.unwrap(SessionImplementor.class).getPersistenceContextInternal().getEntitiesByKey()
                    .keySet().stream().filter(key -> key.getEntityName().endsWith(".Award")).count();
        });

        assertThat(held).as("awards held by the check's persistence context").isZero();
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

    @Test
    void aLedgerLinkedBeforeTheLinkFormatChangedStillVerifiesAndSoDoEntriesLinkedAfterIt() {
        Village village = aVillageWithThreeEntriesLinkedTheOldWay();
        List<Long> awards = new ArrayList<>(village.awards);
        long household = database.queryForObject("select household_id from award where id = ?", Long.class,
                awards.get(0));
        for (int i = 3; i < 5; i++) {
            awards.add(township.api().post("/api/villages/" + village.code + "/events", json("eventId", "n" + i,
                    "householdId", household, "type", "参加村民大会", "occurredOn", "2024-08-1" + i))
                    .id("/awards/0/id"));
        }

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.at("/entries").asInt()).isEqualTo(5);
        assertThat(database.queryForList("select chain_format from award where village_id = "
                + "(select village_id from award where id = ?) order by chain_seq", Integer.class, awards.get(0)))
                .as("three linked the old way, two the new").containsExactly(1, 1, 1, 2, 2);
    }

    @Test
    void tamperingIsFoundInEntriesLinkedTheOldWay() {
        Village village = aVillageWithThreeEntriesLinkedTheOldWay();
        database.update("update award set points = 50 where id = ?", village.awards.get(1));

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).isFalse();
        assertThat(check.at("/firstInvalid/seq").asInt()).isEqualTo(2);
        assertThat(check.at("/firstInvalid/awardId").asLong()).isEqualTo(village.awards.get(1));
    }

    @Test
    void anEntrySaidToBeLinkedTheOldWayWhenItWasNotIsFound() {
        Village village = aVillageWithFiveEntries();
        database.update("update award set chain_format = 1 where id = ?", village.awards.get(3));

        JsonNode check = verify(village.code);

        assertThat(check.at("/valid").asBoolean()).isFalse();
        assertThat(check.at("/firstInvalid/seq").asInt()).isEqualTo(4);
    }

    @Test
    void evidenceAlteredOrRemovedIsFoundWhenTheVillagesLedgerIsVerified() {
        Village village = aVillageWithFiveEntries();
        Api staff = township.aUser("STAFF", village.code);
        for (String note : List.of("现场照片已存档", "已当面告知户主", "户主已签字确认")) {
            Api.Reply added = staff.post("/api/villages/" + village.code + "/events/t1/evidence", json("note", note));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
        }
        assertThat(verify(village.code).at("/valid").asBoolean()).as("evidence joins the chain intact").isTrue();
        long second = database.queryForObject("select id from event_evidence where note = '已当面告知户主'", Long.class);

        database.update("update event_evidence set note = '未告知' where id = ?", second);
        JsonNode altered = verify(village.code);
        database.update("update event_evidence set note = '已当面告知户主' where id = ?", second);
        database.update("delete from event_evidence where id = ?", second);
        JsonNode removed = verify(village.code);

        assertThat(altered.at("/valid").asBoolean()).isFalse();
        assertThat(altered.at("/firstInvalid/entryKind").asString()).isEqualTo("evidence");
        assertThat(altered.at("/firstInvalid/entryId").asLong()).isEqualTo(second);
        assertThat(altered.at("/firstInvalid/seq").asInt()).isEqualTo(2);
        assertThat(altered.at("/entries").asInt()).as("the ledger's own entries").isEqualTo(5);
        assertThat(removed.at("/valid").asBoolean()).isFalse();
        assertThat(removed.at("/firstInvalid/seq").asInt()).isEqualTo(2);
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

    /**
     * A village whose three entries are linked as the service linked them before ADR 0180 (hash and head rewritten
     * here with that encoding, written out again): the previous hash, a NUL, then the position and the fields joined
     * by U+0001, an absent field as the text "null", the cap key only where there is one.
     */
    private Village aVillageWithThreeEntriesLinkedTheOldWay() {
        Village village = aVillageWithFiveEntries();
        long villageId = database.queryForObject("select village_id from award where id = ?", Long.class,
                village.awards.get(0));
        database.update("delete from award where id in (?, ?)", village.awards.get(3), village.awards.get(4));
        String previous = "";
        for (long id : village.awards.subList(0, 3)) {
            java.util.Map<String, Object> row = database.queryForMap("select * from award where id = ?", id);
            List<String> fields = new ArrayList<>();
            for (String column : List.of("chain_seq", "village_id", "household_id", "score_month", "source",
                    "event_row_id", "event_id", "rule_set_id", "rule_set_version", "rule_set_sha256", "rule",
                    "category", "kind", "points", "reverses_award_id", "reason", "recorded_by", "decided_by")) {
                fields.add(String.valueOf(row.get(column)));
            }
            Object at = row.get("created_at");
            fields.add(String.valueOf((at instanceof java.time.OffsetDateTime offset ? offset.toInstant()
                    : ((java.sql.Timestamp) at).toInstant()).toEpochMilli()));
            if (row.get("cap_key") != null) {
                fields.add("capKey=" + row.get("cap_key"));
            }
            previous = org.jifen.integrity.Sha256.hex(previous + "\u0000" + String.join("\u0001", fields));
            database.update("update award set chain_hash = ?, chain_format = 1 where id = ?", previous, id);
        }
        database.update("update chain_head set last_seq = 3, last_hash = ? "
                + "where chain_name = 'ledger' and owner_id = ?", previous, villageId);
        return new Village(village.code, village.awards.subList(0, 3));
    }
}
