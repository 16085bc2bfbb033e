package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Statements;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What staff and the township do in one village locks rows of that village only (ADR 0227): recording an event or a
 * batch, putting a plan version in force and finalising a month each lock rows of village-owned tables, never of a
 * township-wide one ({@link TheSchemaIsReadyForCitusIT#TOWNSHIP_WIDE}), which on Citus is a reference table whose
 * row locks are taken on every node and would queue every village behind each other. Read from the statements the
 * service sends, on H2 and PostgreSQL alike.
 */
@AppTest
class AVillagesActsLockOnlyItsOwnRowsIT {

    private static final Pattern LOCKING = Pattern.compile("\\bfor (update|share|no key update|key share)\\b");
    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join)\\s+(\\w+)");

    @Autowired
    Township township;

    @Autowired
    Statements statements;

    @Test
    void eventsActivationsAndFinalisationsLockNoTownshipWideRow() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        List<Long> group = township.aSelfGovernanceGroup(village);
        Api staff = township.aUser("STAFF", village);
        String events = "/api/villages/" + village + "/events";

        Statements.Counted<Api.Reply> activated = statements.count(() -> {
            township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
            return null;
        });
        Statements.Counted<Api.Reply> recorded = statements.count(() -> staff.post(events, json("eventId", "one",
                "householdId", household, "type", "参加村民大会", "occurredOn", "2024-08-05")));
        Statements.Counted<Api.Reply> batch = statements.count(() -> staff.post(events + ":batch", json("events",
                List.of(json("eventId", "two", "householdId", household, "type", "参加村民大会",
                        "occurredOn", "2024-08-06"), json("eventId", "three", "householdId", household,
                        "type", "参加村民大会", "occurredOn", "2024-09-01")))));
        Statements.Counted<Api.Reply> finalised = statements.count(() -> township.aFinalisedMonth(village, "2024-08",
                group));

        assertThat(recorded.result().status()).as(recorded.result().toString()).isEqualTo(201);
        assertThat(batch.result().json().at("/results").findValues("status")).as(batch.result().toString())
                .isEmpty();
        assertThat(locked(recorded)).as("an event locks:" + recorded.listed()).isNotEmpty()
                .doesNotContainAnyElementsOf(TheSchemaIsReadyForCitusIT.TOWNSHIP_WIDE);
        assertThat(locked(batch)).as("a batch locks:" + batch.listed()).isNotEmpty()
                .doesNotContainAnyElementsOf(TheSchemaIsReadyForCitusIT.TOWNSHIP_WIDE);
        assertThat(locked(activated)).as("an upload and activation lock:" + activated.listed()).isNotEmpty()
                .doesNotContainAnyElementsOf(TheSchemaIsReadyForCitusIT.TOWNSHIP_WIDE);
        assertThat(locked(finalised)).as("a finalisation locks:" + finalised.listed()).isNotEmpty()
                .doesNotContainAnyElementsOf(TheSchemaIsReadyForCitusIT.TOWNSHIP_WIDE);
    }

    /** The tables a statement that locks rows reads from (every table it names: PostgreSQL locks the rows of all). */
    private static Set<String> locked(Statements.Counted<?> counted) {
        Set<String> tables = new TreeSet<>();
        for (String sql : counted.sql()) {
            String lower = sql.toLowerCase(Locale.ROOT);
            if (LOCKING.matcher(lower).find()) {
                Matcher table = TABLE.matcher(lower);
                while (table.find()) {
                    tables.add(table.group(1));
                }
            }
        }
        return tables;
    }
}
