package org.jifen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.support.Api.json;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jifen.scoring.ActivePlan;
import org.jifen.scoring.ActivePlans;
import org.jifen.scoring.Ledger;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Plans;
import org.jifen.support.Statements;
import org.jifen.support.Township;
import org.jifen.village.Village;
import org.jifen.village.Villages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A village's month-end reads its month once, before any lock, and each part written under the ledger's head takes
 * what was read and fired, unless the month gained an event or an entry of its own since (ADR 0202). Counted at the
 * data source and checked on the month's stand, not timed.
 */
@AppTest
class AMonthEndWritesWhatItReadUnlessTheMonthChangedIT {

    private static final YearMonth JULY = YearMonth.of(2024, 7);

    @Autowired
    Township township;

    @Autowired
    Statements statements;

    @Autowired
    HouseholdMonthEnds monthEnds;

    @Autowired
    Villages villages;

    @Autowired
    ActivePlans activePlans;

    @Autowired
    Ledger ledger;

    @Autowired
    PlatformTransactionManager transactionManager;

    private int sequence;

    @Test
    void aQuietVillagesMonthEndSendsTheSameStatementsForFourTimesTheHouseholds() {
        Statements.Counted<Api.Reply> few = evaluated(10);
        Statements.Counted<Api.Reply> many = evaluated(40);

        assertThat(many.result().json().at("/awardsAdded").asInt()).as(many.result().toString()).isEqualTo(40);
        assertThat(many.statements()).as("statements to evaluate 40 households, against %d for 10", few.statements())
                .isLessThanOrEqualTo(few.statements() + 2);
    }

    @Test
    void aMonthThatGainedAnEventIsNoLongerAsReadAndAnotherMonthsEntriesLeaveItSo() {
        String village = township.aVillage();
        long household = township.aHousehold(village);
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        township.anEvent(village, household, "参加村民大会", "2024-07-02");
        HouseholdMonthEnds.Stand read = inTransaction(() -> monthEnds.readVillage(village(village), JULY,
                plan(village)).stand());

        assertThat(underTheHead(village, read)).as("nothing happened since the month was read").isEqualTo(read);

        township.anEvent(village, household, "参加村民大会", "2024-08-02");
        HouseholdMonthEnds.Stand august = underTheHead(village, read);
        assertThat(august).as("an entry of August moved the ledger, not July").isNotNull();
        assertThat(august.lastPosition()).isGreaterThan(read.lastPosition());

        township.anEvent(village, household, "一件没有规则计分的事", "2024-07-03");
        assertThat(underTheHead(village, august)).as("an event of July that no rule scores").isNull();

        HouseholdMonthEnds.Stand again = inTransaction(() -> monthEnds.readVillage(village(village), JULY,
                plan(village)).stand());
        township.anEvent(village, household, "宅前屋后乱堆物", "2024-07-04");
        assertThat(underTheHead(village, again)).as("an event of July with its entry").isNull();
    }

    /** A village's July of one meeting per household, evaluated: what the evaluation cost. */
    private Statements.Counted<Api.Reply> evaluated(int households) {
        String village = township.aVillage();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            events.add(json("eventId", "quiet-" + ++sequence, "householdId", township.aHousehold(village),
                    "type", "参加村民大会", "occurredOn", "2024-07-01"));
        }
        township.anActivePlan(village, Plans.CONTRACT_EXAMPLE);
        Api.Reply recorded = township.api().post("/api/villages/" + village + "/events:batch", json("events", events));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        Statements.Counted<Api.Reply> evaluated = statements.count(() -> township.api().post("/api/villages/"
                + village + "/months/2024-07/evaluate"));
        assertThat(evaluated.result().status()).as(evaluated.result().toString()).isEqualTo(200);
        return evaluated;
    }

    /** The stand found under the village's ledger head, as a part of a month-end finds it. */
    private HouseholdMonthEnds.Stand underTheHead(String code, HouseholdMonthEnds.Stand before) {
        return inTransaction(() -> {
            Village village = village(code);
            return monthEnds.unchangedSince(before, village, JULY, plan(code), ledger.holdHead(village.id()));
        });
    }

    private Village village(String code) {
        return villages.findByCode(code).orElseThrow();
    }

    private ActivePlan plan(String code) {
        return activePlans.of(village(code), JULY);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }
}
