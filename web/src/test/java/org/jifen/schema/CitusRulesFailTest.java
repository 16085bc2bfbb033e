package org.jifen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jifen.schema.Catalog.Column;
import org.jifen.schema.Catalog.ForeignKey;
import org.jifen.schema.Catalog.Table;
import org.jifen.schema.Catalog.UniqueKey;
import org.junit.jupiter.api.Test;

/** Each rule of a schema ready for Citus, shown failing once on purpose on a deliberately wrong table. */
class CitusRulesFailTest {

    private static final CitusRules RULES = new CitusRules(Set.of("village"), Map.of("chain_head", "owner_id"));

    private static final Table VILLAGE = table("village", List.of("id"), List.of(), "id");

    private static final Table HOUSEHOLD = table("household", List.of("id", "village_id"),
            List.of(new ForeignKey("household_village", List.of("village_id"), "village", List.of("id"))),
            "id", "village_id");

    @Test
    void aSchemaThatKeepsTheRulesHasNoViolations() {
        Table award = table("award", List.of("id", "village_id"), List.of(
                new ForeignKey("award_household", List.of("household_id", "village_id"), "household",
                        List.of("id", "village_id"))), "id", "village_id", "household_id");
        Table head = table("chain_head", List.of("chain_name", "owner_id"), List.of(), "chain_name", "owner_id");

        assertThat(RULES.violations(catalog(VILLAGE, HOUSEHOLD, award, head))).isEmpty();
    }

    @Test
    void aVillageOwnedTableWithoutTheVillageKeyIsNamed() {
        Table tag = table("household_tag", List.of("household_id", "tag"), List.of(), "household_id", "tag");

        assertThat(RULES.violations(catalog(VILLAGE, HOUSEHOLD, tag)))
                .containsExactly("household_tag: village-owned but has no village key village_id");
    }

    @Test
    void aPrimaryKeyOrUniqueKeyWithoutTheVillageKeyIsNamed() {
        Table card = new Table("household_card", columns("id", "village_id", "token"), List.of("id"),
                List.of(new UniqueKey("household_card_pkey", List.of("id")),
                        new UniqueKey("card_token_unique", List.of("token"))), List.of());
        Table keyless = table("typical_case", List.of(), List.of(), "id", "village_id");

        assertThat(RULES.violations(catalog(VILLAGE, HOUSEHOLD, card, keyless))).containsExactly(
                "household_card: unique key household_card_pkey [id] lacks village_id",
                "household_card: unique key card_token_unique [token] lacks village_id",
                "typical_case: village-owned but has no primary key");
    }

    @Test
    void aForeignKeyThatCouldPointIntoAnotherVillageIsNamed() {
        Table award = table("award", List.of("id", "village_id"), List.of(
                new ForeignKey("award_household", List.of("household_id"), "household", List.of("id")),
                new ForeignKey("award_village", List.of("village_id"), "village", List.of("id"))),
                "id", "village_id", "household_id");

        assertThat(RULES.violations(catalog(VILLAGE, HOUSEHOLD, award))).containsExactly(
                "award: foreign key award_household [household_id] -> household [id] does not match village_id to"
                        + " village_id");
    }

    @Test
    void aTownshipWideTablePointingAtAVillagesRowIsNamed() {
        Table village = table("village", List.of("id"), List.of(
                new ForeignKey("village_showcase", List.of("showcase_id", "id"), "household",
                        List.of("id", "village_id"))), "id", "showcase_id");

        assertThat(RULES.violations(catalog(village, HOUSEHOLD))).containsExactly(
                "village: township-wide, but its foreign key village_showcase points at village-owned household");
    }

    @Test
    void aVillageKeyOfAnotherTypeOrNullableIsNamed() {
        Map<String, Column> columns = new LinkedHashMap<>(columns("id"));
        columns.put("village_id", new Column("integer", true));
        Table photo = new Table("reward_photo", columns, List.of("id", "village_id"),
                List.of(new UniqueKey("reward_photo_pkey", List.of("id", "village_id"))), List.of());

        assertThat(RULES.violations(catalog(VILLAGE, photo)))
                .containsExactly("reward_photo: its village key village_id is integer null, not bigint not null");
    }

    @Test
    void aTownshipWideTableThatIsGoneIsNamed() {
        assertThat(RULES.violations(catalog(HOUSEHOLD)))
                .containsExactly("village: listed as township-wide but no such table");
    }

    private static Table table(String name, List<String> primaryKey, List<ForeignKey> foreignKeys, String... columns) {
        List<UniqueKey> uniques = primaryKey.isEmpty() ? List.of() : List.of(new UniqueKey(name + "_pkey", primaryKey));
        return new Table(name, columns(columns), primaryKey, uniques, foreignKeys);
    }

    private static Map<String, Column> columns(String... names) {
        Map<String, Column> columns = new LinkedHashMap<>();
        Arrays.stream(names).forEach(name -> columns.put(name, new Column("bigint", false)));
        return columns;
    }

    private static Catalog catalog(Table... tables) {
        Map<String, Table> byName = new TreeMap<>();
        Arrays.stream(tables).forEach(table -> byName.put(table.name(), table));
        return new Catalog(byName);
    }
}
